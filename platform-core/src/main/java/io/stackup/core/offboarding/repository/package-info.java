/** A tenant's pending deletion (columns of the tenant row) and the purge of all its rows. */
@NullMarked
package io.stackup.core.offboarding.repository;

import org.jspecify.annotations.NullMarked;
