package io.stackup.tenantadmin.operator;

import io.stackup.core.tenancy.Tenant;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One tenant in the operators' list.
 *
 * @param lastActivity the latest login, interview change or audit record, or {@code null} when there was none
 * @param suspensionReason why it is suspended, or {@code null} (active, or suspended without one)
 */
public record TenantOverview(
        Tenant tenant,
        long members,
        long interviews,
        @Nullable Instant lastActivity,
        @Nullable String suspensionReason) {}
