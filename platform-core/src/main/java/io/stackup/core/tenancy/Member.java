package io.stackup.core.tenancy;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A person working in one tenant, with their roles in that tenant. The same person in two tenants is two members, each
 * with its own roles.
 */
public record Member(
        UUID id,
        TenantId tenantId,
        String keycloakUserId,
        String email,
        String displayName,
        Set<String> roles,
        boolean active,
        @Nullable Instant lastLoginAt) {

    /**
     * Whether this member may work in their tenant: active, with at least one role. A person without such a member
     * row has no access to the tenant, whatever Keycloak says of them (docs/adr/0014-roles-per-tenant.md).
     */
    public boolean hasAccess() {
        return active && !roles.isEmpty();
    }
}
