@NullMarked
package io.stackup.api.platform;

import org.jspecify.annotations.NullMarked;
