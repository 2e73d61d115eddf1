package io.stackup.core.tenancy;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A partner organisation using Stackup, bound to one Keycloak organization.
 *
 * @param deletionDueAt when the tenant's requested deletion runs; {@code null} when none is pending (the offboarding
 *     feature owns the request, {@code TenantDeletions}; it is here because every request reads this row anyway)
 */
public record Tenant(
        TenantId id,
        String slug,
        String name,
        TenantStatus status,
        String keycloakOrganizationId,
        Instant createdAt,
        @Nullable Instant deletionDueAt) {

    public boolean isActive() {
        return status == TenantStatus.ACTIVE;
    }

    /** Whether a deletion of the tenant is pending: it is then suspended but for export and cancelling. */
    public boolean deletionPending() {
        return deletionDueAt != null;
    }
}
