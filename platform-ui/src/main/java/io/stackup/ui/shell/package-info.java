@NullMarked
package io.stackup.ui.shell;

import org.jspecify.annotations.NullMarked;
