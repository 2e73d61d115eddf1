package io.stackup.core.tenancy;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A person working in one tenant. The same person in two tenants is two members. */
public record Member(
        UUID id,
        TenantId tenantId,
        String keycloakUserId,
        String email,
        String displayName,
        Set<String> roles,
        boolean active,
        @Nullable Instant lastLoginAt) {}
