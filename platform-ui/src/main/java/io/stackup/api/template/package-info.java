@NullMarked
package io.stackup.api.template;

import org.jspecify.annotations.NullMarked;
