@NullMarked
package io.stackup.ui.result;

import org.jspecify.annotations.NullMarked;
