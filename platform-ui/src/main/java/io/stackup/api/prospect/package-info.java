@NullMarked
package io.stackup.api.prospect;

import org.jspecify.annotations.NullMarked;
