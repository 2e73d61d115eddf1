@NullMarked
package io.stackup.ui.lead;

import org.jspecify.annotations.NullMarked;
