package io.stackup.core.lead;

import io.stackup.core.tenancy.TenantId;
import java.time.Duration;
import java.time.Instant;

/**
 * A qualified lead was found unclaimed past the tenant's time to pick up, and marked overdue; published once per lead,
 * inside the marking transaction (the mark is set once, so the event comes once).
 *
 * @param waitingSince when it became qualified
 * @param pickupTime the tenant's time to pick up that it exceeded
 */
public record LeadOverdue(
        TenantId tenant, LeadId lead, String prospectName, Instant waitingSince, Duration pickupTime) {}
