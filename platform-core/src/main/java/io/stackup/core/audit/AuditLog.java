package io.stackup.core.audit;

import io.stackup.core.audit.repository.AuditRepository;
import io.stackup.core.tenancy.MemberService;
import io.stackup.core.tenancy.TenantContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records changes in the audit log of the tenant bound to the running work ({@link TenantContext}), by the user bound
 * to it ({@code system} for background work). Must be called inside the transaction of the change itself (it refuses
 * to run without one), so that a change is never committed without its record, nor a record without its change.
 */
@Service
public class AuditLog {

    /** The actor of work no person started: scheduled tasks, the platform itself. */
    public static final String SYSTEM = "system";

    private final AuditRepository repository;
    private final MemberService members;

    AuditLog(AuditRepository repository, MemberService members) {
        this.repository = repository;
        this.members = members;
    }

    /** Records {@code entry} as done now by the current user in the current tenant. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AuditEntry entry) {
        String actor = TenantContext.currentUser().orElse(SYSTEM);
        repository.insert(TenantContext.requireTenant(), actor, members.describe(actor), entry);
    }

    /**
     * Records {@code entry} as done by {@code actor}, named {@code actorLabel}: for changes made by someone who is no
     * member of the tenant (a platform operator suspending it, a stranger signing up).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String actor, String actorLabel, AuditEntry entry) {
        repository.insert(TenantContext.requireTenant(), actor, actorLabel, entry);
    }
}
