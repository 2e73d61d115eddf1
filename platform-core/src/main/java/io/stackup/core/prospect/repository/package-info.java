/** Storage of prospects. Only the prospect feature uses this package. */
@NullMarked
package io.stackup.core.prospect.repository;

import org.jspecify.annotations.NullMarked;
