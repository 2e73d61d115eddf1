/**
 * The tenant's audit log: who changed what, when. A feature records an {@link io.stackup.core.audit.AuditEntry}
 * through {@link io.stackup.core.audit.AuditLog} inside the transaction of the change, so the record and the change
 * commit together or not at all; the log is append-only (the application's database role cannot update or delete a
 * record). Tenant admins read it through {@link io.stackup.core.audit.AuditService} (filters, pages, the CSV export of
 * {@link io.stackup.core.audit.AuditCsv}). This package's API: {@code AuditLog}, {@code AuditEntry},
 * {@code AuditService}, {@code AuditFilter}, {@code AuditRecord}, {@code AuditCsv} and {@code AuditActions}.
 */
@NullMarked
package io.stackup.core.audit;

import org.jspecify.annotations.NullMarked;
