/** Reads a tenant's rows, table by table, as JSON, for the export archive. */
@NullMarked
package io.stackup.core.offboarding.query;

import org.jspecify.annotations.NullMarked;
