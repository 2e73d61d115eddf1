package io.stackup.tenantadmin.offboarding;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import io.stackup.core.audit.AuditEntry;
import io.stackup.core.audit.AuditLog;
import io.stackup.core.offboarding.TenantData;
import io.stackup.core.offboarding.TenantExport;
import io.stackup.core.offboarding.TenantExportNotFoundException;
import io.stackup.core.offboarding.TenantExports;
import io.stackup.core.tenancy.Roles;
import io.stackup.core.tenancy.Tenant;
import io.stackup.core.tenancy.TenantContext;
import io.stackup.core.tenancy.TenantDirectory;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A tenant admin's export of all of the tenant's data, in two forms, both only for the tenant's admins and both
 * recorded as {@code tenant.export_requested} in the audit log, in the transaction that accepts the request:
 *
 * <ul>
 *   <li>in the background ({@link #start()}): an export row, queued, and its task ({@link TenantExportTask}) in the
 *       same transaction; the task writes the archive, recording its progress, and stores it in the database, where
 *       {@link #archive(UUID)} reads it back until the retention period ends. This is what the Data screen uses;
 *   <li>at once ({@link #prepare()}): the {@link TenantArchive} it returns writes the ZIP to a stream, for the
 *       synchronous {@code GET /api/v1/export}.
 * </ul>
 *
 * Either way the archive reads every tenant-owned table in one read-only REPEATABLE READ transaction, row by row.
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
    private final TenantExports exports;
    private final SchedulerClient scheduler;
    private final OneTimeTask<TenantExportTask.Export> build;
    private final TenantExportRunner runner;

    TenantExportService(
            TenantDirectory directory,
            AuditLog audit,
            TenantData data,
            PlatformTransactionManager transactions,
            TenantExports exports,
            SchedulerClient scheduler,
            @Qualifier("buildExportTask") OneTimeTask<TenantExportTask.Export> build,
            TenantExportRunner runner) {
        this.directory = directory;
        this.audit = audit;
        this.data = data;
        this.exports = exports;
        this.scheduler = scheduler;
        this.build = build;
        this.runner = runner;
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
        Tenant tenant = tenant();
        String actor = TenantContext.currentUser().orElse(AuditLog.SYSTEM);
        var now = clock.instant();
        audit.record(AuditEntry.ofTenant("tenant.export_requested", "Exported all of the tenant's data")
                .with("format", TenantArchive.FORMAT + "/" + TenantArchive.FORMAT_VERSION));
        return new TenantArchive(tenant, actor, now, fileName(tenant, now), data, snapshot);
    }

    /**
     * Starts a background export of the bound tenant: records it (queued), its task and {@code tenant.export_requested}
     * in one transaction. While an export of the tenant is queued or running, that one is returned instead and nothing
     * is recorded: a second click does not start a second export.
     */
    @RolesAllowed(Roles.TENANT_ADMIN)
    @Transactional
    public TenantExport start() {
        Tenant tenant = tenant();
        Optional<TenantExport> active = exports.active(tenant.id());
        if (active.isPresent()) {
            return active.get();
        }
        String actor = TenantContext.currentUser().orElse(AuditLog.SYSTEM);
        UUID id = UUID.randomUUID();
        TenantExport export = exports.create(tenant.id(), id, fileName(tenant, clock.instant()), actor);
        scheduler.schedule(
                build.instance(
                        id.toString(), new TenantExportTask.Export(tenant.id().value(), id)),
                clock.instant());
        audit.record(
                AuditEntry.of("tenant.export_requested", "export", id, "Started an export of all of the tenant's data")
                        .with("format", TenantArchive.FORMAT + "/" + TenantArchive.FORMAT_VERSION)
                        .with("retention", runner.retention()));
        return export;
    }

    /**
     * The bound tenant's export {@code id}.
     *
     * @throws TenantExportNotFoundException when the tenant has none of that id (or it expired)
     */
    @RolesAllowed(Roles.TENANT_ADMIN)
    @Transactional(readOnly = true)
    public TenantExport find(UUID id) {
        return exports.find(TenantContext.requireTenant(), id)
                .orElseThrow(() -> new TenantExportNotFoundException(id.toString()));
    }

    /** The bound tenant's exports, newest first, that are not expired. */
    @RolesAllowed(Roles.TENANT_ADMIN)
    @Transactional(readOnly = true)
    public List<TenantExport> recent(int offset, int limit) {
        return exports.list(TenantContext.requireTenant(), offset, limit);
    }

    @RolesAllowed(Roles.TENANT_ADMIN)
    @Transactional(readOnly = true)
    public int count() {
        return exports.count(TenantContext.requireTenant());
    }

    /** How long a finished export and its archive are kept. */
    public Duration retention() {
        return runner.retention();
    }

    /**
     * The archive of the bound tenant's done export {@code id}, to be written to a stream chunk by chunk.
     *
     * @throws TenantExportNotFoundException when the tenant has no export of that id (or it expired)
     * @throws ExportNotReadyException when it is not done (still running, or failed)
     */
    @RolesAllowed(Roles.TENANT_ADMIN)
    @Transactional(readOnly = true)
    public StoredArchive archive(UUID id) {
        TenantExport export = find(id);
        if (export.status() != TenantExport.Status.DONE || export.sizeBytes() == null) {
            throw new ExportNotReadyException(export);
        }
        return new StoredArchive(TenantContext.requireTenant(), export, exports);
    }

    private Tenant tenant() {
        return directory
                .findById(TenantContext.requireTenant())
                .orElseThrow(() -> new IllegalStateException("The bound tenant is not registered"));
    }

    private static String fileName(Tenant tenant, Instant at) {
        return "stackup-" + tenant.slug() + "-" + STAMP.format(at) + ".zip";
    }
}
