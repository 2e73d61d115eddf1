@NullMarked
package io.stackup.ui.interview;

import org.jspecify.annotations.NullMarked;
