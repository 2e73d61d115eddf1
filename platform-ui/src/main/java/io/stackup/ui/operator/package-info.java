@NullMarked
package io.stackup.ui.operator;

import org.jspecify.annotations.NullMarked;
