package io.stackup.core.tenancy;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What the platform's operators may know of a tenant's use: counts and a time, never its content.
 *
 * @param lastActivity the latest login, interview change or audit record; {@code null} when there was none
 */
public record TenantActivity(
        TenantId tenant,
        long members,
        long interviews,
        @Nullable Instant lastActivity) {}
