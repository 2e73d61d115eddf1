/** Writes of leads, their history and the areas experts cover. Only the lead feature uses this package. */
@NullMarked
package io.stackup.core.lead.repository;

import org.jspecify.annotations.NullMarked;
