/** The audit log's reads for the admins' screen, the API and the CSV export. */
@NullMarked
package io.stackup.core.audit.query;

import org.jspecify.annotations.NullMarked;
