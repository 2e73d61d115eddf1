@NullMarked
package io.stackup.api.interview;

import org.jspecify.annotations.NullMarked;
