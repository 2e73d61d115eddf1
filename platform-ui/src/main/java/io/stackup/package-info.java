/** The Stackup application. */
@NullMarked
package io.stackup;

import org.jspecify.annotations.NullMarked;
