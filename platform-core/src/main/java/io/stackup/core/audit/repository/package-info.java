/** The audit log's storage: inserts, never updates or deletes. */
@NullMarked
package io.stackup.core.audit.repository;

import org.jspecify.annotations.NullMarked;
