@NullMarked
package io.stackup.ui.prospect;

import org.jspecify.annotations.NullMarked;
