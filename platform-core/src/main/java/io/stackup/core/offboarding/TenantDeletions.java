package io.stackup.core.offboarding;

import io.stackup.core.offboarding.repository.TenantDeletionRepository;
import io.stackup.core.tenancy.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A tenant's deletion in the database: the pending request on the tenant row, and the purge of every row of the tenant
 * once it is due. For tenant-admin's offboarding services, which check who asks and schedule the work; the tenant
 * passed must be the one bound to the work (row-level security, and the purge refuses any other).
 */
@Service
@Transactional
public class TenantDeletions {

    private final TenantDeletionRepository repository;

    TenantDeletions(TenantDeletionRepository repository) {
        this.repository = repository;
    }

    /**
     * The tenant's pending deletion, if any. One statement on the tenant row, which is the platform's and has no
     * row-level security, so it opens no transaction of its own (see {@code TenantDirectory.findByOrganizationIds}); it
     * joins a running one. (An API request reads it from the tenant row it was bound with instead.)
     */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public Optional<PendingDeletion> pending(TenantId tenant) {
        return repository.pending(tenant);
    }

    /** Records a request due at {@code due}; false when one is pending already (which stays as it was). */
    public boolean request(TenantId tenant, String requestedBy, Instant at, Instant due) {
        return repository.request(tenant, requestedBy, at, due);
    }

    /**
     * Makes the deletion of a tenant that is still {@code pending} (its sign-up never verified) due at {@code at}, so
     * that {@link #purge} may run; a request recorded earlier stays. False, and nothing changed, when the tenant is no
     * longer pending or gone.
     */
    public boolean dueIfPending(TenantId tenant, String requestedBy, Instant at) {
        return repository.dueIfPending(tenant, requestedBy, at);
    }

    /** Clears the pending request; false when there was none. */
    public boolean cancel(TenantId tenant) {
        return repository.cancel(tenant);
    }

    /** The Keycloak user ids of the tenant's members, active or not. */
    @Transactional(readOnly = true)
    public List<String> memberUserIds(TenantId tenant) {
        return repository.memberUserIds(tenant);
    }

    /**
     * Deletes every row of the tenant from every tenant-owned table, its scheduled work and the tenant row, in one
     * transaction. Refused (by the database) unless the tenant is the one bound and its deletion is due.
     *
     * @return the number of tenant-owned rows deleted
     */
    public long purge(TenantId tenant) {
        return repository.purge(tenant);
    }
}
