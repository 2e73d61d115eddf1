package io.stackup.tenantadmin.offboarding;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import io.stackup.core.audit.AuditEntry;
import io.stackup.core.audit.AuditLog;
import io.stackup.core.offboarding.PendingDeletion;
import io.stackup.core.offboarding.TenantDeletions;
import io.stackup.core.tenancy.Roles;
import io.stackup.core.tenancy.Tenant;
import io.stackup.core.tenancy.TenantContext;
import io.stackup.core.tenancy.TenantDirectory;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A tenant admin's request to delete the tenant, and its cancellation. The request must name the tenant's short name
 * (slug) as confirmation; it records the request on the tenant row, schedules the deletion ({@link TenantDeletionTask})
 * at the end of the grace period ({@code stackup.offboarding.deletion-grace}, 7 days by default) and records
 * {@code tenant.deletion_requested}, all in one transaction. Until it runs, an admin may cancel it.
 */
@Service
public class TenantDeletionService {

    private final TenantDirectory directory;
    private final TenantDeletions deletions;
    private final AuditLog audit;
    private final SchedulerClient scheduler;
    private final OneTimeTask<TenantDeletionTask.Deletion> task;
    private final Duration grace;
    private final Clock clock = Clock.systemUTC();

    TenantDeletionService(
            TenantDirectory directory,
            TenantDeletions deletions,
            AuditLog audit,
            SchedulerClient scheduler,
            OneTimeTask<TenantDeletionTask.Deletion> task,
            @Value("${stackup.offboarding.deletion-grace:P7D}") Duration grace) {
        this.directory = directory;
        this.deletions = deletions;
        this.audit = audit;
        this.scheduler = scheduler;
        this.task = task;
        this.grace = grace;
    }

    /** How long after a request the deletion runs. */
    public Duration grace() {
        return grace;
    }

    /** The bound tenant's pending deletion, if any. */
    @RolesAllowed(Roles.TENANT_ADMIN)
    @Transactional(readOnly = true)
    public Optional<PendingDeletion> pending() {
        return deletions.pending(TenantContext.requireTenant());
    }

    /**
     * Requests the bound tenant's deletion. A pending request stays as it is and is returned.
     *
     * @param confirmation must be the tenant's short name (surrounding spaces ignored)
     * @throws DeletionConfirmationException when it is not
     */
    @RolesAllowed(Roles.TENANT_ADMIN)
    @Transactional
    public PendingDeletion request(String confirmation) {
        Tenant tenant = tenant();
        if (!tenant.slug().equals(confirmation.strip())) {
            throw new DeletionConfirmationException(tenant.slug());
        }
        Optional<PendingDeletion> pending = deletions.pending(tenant.id());
        if (pending.isPresent()) {
            return pending.get();
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS); // as PostgreSQL keeps it
        Instant due = now.plus(grace);
        String actor = TenantContext.currentUser().orElse(AuditLog.SYSTEM);
        deletions.request(tenant.id(), actor, now, due);
        TaskInstance<TenantDeletionTask.Deletion> instance = task.instance(
                tenant.id().toString(),
                new TenantDeletionTask.Deletion(tenant.id().value()));
        if (scheduler.getScheduledExecution(instance).isPresent()) {
            scheduler.reschedule(instance, due);
        } else {
            scheduler.schedule(instance, due);
        }
        audit.record(AuditEntry.ofTenant(
                        "tenant.deletion_requested", "Requested the deletion of the tenant and all of its data")
                .with("due", due));
        return new PendingDeletion(now, actor, due);
    }

    /** Cancels the bound tenant's pending deletion; false when none was pending. */
    @RolesAllowed(Roles.TENANT_ADMIN)
    @Transactional
    public boolean cancel() {
        Tenant tenant = tenant();
        Optional<PendingDeletion> pending = deletions.pending(tenant.id());
        if (pending.isEmpty() || !deletions.cancel(tenant.id())) {
            return false;
        }
        TaskInstance<TenantDeletionTask.Deletion> instance = task.instance(
                tenant.id().toString(),
                new TenantDeletionTask.Deletion(tenant.id().value()));
        if (scheduler.getScheduledExecution(instance).isPresent()) {
            scheduler.cancel(instance);
        }
        audit.record(AuditEntry.ofTenant("tenant.deletion_cancelled", "Cancelled the deletion of the tenant")
                .with("due", pending.get().dueAt()));
        return true;
    }

    private Tenant tenant() {
        return directory
                .findById(TenantContext.requireTenant())
                .orElseThrow(() -> new IllegalStateException("The bound tenant is not registered"));
    }
}
