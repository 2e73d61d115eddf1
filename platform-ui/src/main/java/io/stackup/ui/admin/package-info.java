@NullMarked
package io.stackup.ui.admin;

import org.jspecify.annotations.NullMarked;
