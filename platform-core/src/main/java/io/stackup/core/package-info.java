/** Stackup's domain and services. Features live in sub-packages; each feature's root package is its API. */
@NullMarked
package io.stackup.core;

import org.jspecify.annotations.NullMarked;
