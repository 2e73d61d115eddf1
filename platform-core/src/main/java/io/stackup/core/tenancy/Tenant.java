package io.stackup.core.tenancy;

import java.time.Instant;

/** A partner organisation using Stackup, bound to one Keycloak organization. */
public record Tenant(
        TenantId id, String slug, String name, TenantStatus status, String keycloakOrganizationId, Instant createdAt) {

    public boolean isActive() {
        return status == TenantStatus.ACTIVE;
    }
}
