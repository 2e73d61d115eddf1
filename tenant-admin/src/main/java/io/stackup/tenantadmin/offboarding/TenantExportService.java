package io.stackup.tenantadmin.offboarding;

import io.stackup.core.audit.AuditEntry;
import io.stackup.core.audit.AuditLog;
import io.stackup.core.offboarding.TenantData;
import io.stackup.core.tenancy.Roles;
import io.stackup.core.tenancy.Tenant;
import io.stackup.core.tenancy.TenantContext;
import io.stackup.core.tenancy.TenantDirectory;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A tenant admin's export of all of the tenant's data. {@link #prepare()} checks the caller's role and records
 * {@code tenant.export_requested} in the audit log (committed before the archive is written, so an export that fails
 * half-way is still on record); the {@link TenantArchive} it returns then writes the ZIP archive to a stream, reading
 * every tenant-owned table in one read-only REPEATABLE READ transaction, row by row.
 */
@Service
public class TenantExportService {

    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final TenantDirectory directory;
    private final AuditLog audit;
    private final TenantData data;
    private final TransactionTemplate snapshot;
    private final Clock clock;

    TenantExportService(
            TenantDirectory directory, AuditLog audit, TenantData data, PlatformTransactionManager transactions) {
        this.directory = directory;
        this.audit = audit;
        this.data = data;
        this.snapshot = new TransactionTemplate(transactions);
        this.snapshot.setReadOnly(true);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.snapshot.setName("tenant-export");
        this.clock = Clock.systemUTC();
    }

    /** Records the request and returns the archive of the bound tenant, ready to be written. */
    @RolesAllowed(Roles.TENANT_ADMIN)
    @Transactional
    public TenantArchive prepare() {
        Tenant tenant = directory
                .findById(TenantContext.requireTenant())
                .orElseThrow(() -> new IllegalStateException("The bound tenant is not registered"));
        String actor = TenantContext.currentUser().orElse(AuditLog.SYSTEM);
        var now = clock.instant();
        audit.record(AuditEntry.ofTenant("tenant.export_requested", "Exported all of the tenant's data")
                .with("format", TenantArchive.FORMAT + "/" + TenantArchive.FORMAT_VERSION));
        String fileName = "stackup-" + tenant.slug() + "-" + STAMP.format(now) + ".zip";
        return new TenantArchive(tenant, actor, now, fileName, data, snapshot);
    }
}
