@NullMarked
package io.stackup.api.me;

import org.jspecify.annotations.NullMarked;
