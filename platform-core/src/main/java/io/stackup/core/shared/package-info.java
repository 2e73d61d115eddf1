/** Small helpers every feature may use; this package depends on no feature. */
@NullMarked
package io.stackup.core.shared;

import org.jspecify.annotations.NullMarked;
