package io.stackup.core.lead;

import io.stackup.core.tenancy.TenantId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A lead's status changed (claimed, released, contacted, …, an override included), published inside the changing
 * transaction. Not published for the lead's creation ({@link LeadQualified} and the lead's {@code created} event say
 * that).
 *
 * @param holderEmail who holds it after the change; {@code null} when nobody does
 * @param actor the Keycloak user id of who changed it
 */
public record LeadStatusChanged(
        TenantId tenant,
        LeadId lead,
        LeadStatus from,
        LeadStatus to,
        @Nullable String holderEmail,
        String actor,
        Instant at) {}
