/** Writes and reads of the tenancy tables. Only the tenancy feature uses this package. */
@NullMarked
package io.stackup.core.tenancy.repository;

import org.jspecify.annotations.NullMarked;
