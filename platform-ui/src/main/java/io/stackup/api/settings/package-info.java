@NullMarked
package io.stackup.api.settings;

import org.jspecify.annotations.NullMarked;
