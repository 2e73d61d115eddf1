package io.stackup.core.lead;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a lead's history.
 *
 * @param from the status before, for a change of status; {@code null} for {@code created} and {@code note}
 * @param to the status after, for a change of status and {@code created}; {@code null} for {@code note}
 * @param holderEmail the expert it was claimed by, reassigned to or released by
 * @param note the note, or the reason given (lost, overridden, reassigned, released)
 * @param actor who did it, as "Display Name (email)" where they are a member, else their id
 */
public record LeadEvent(
        LeadEventKind kind,
        @Nullable LeadStatus from,
        @Nullable LeadStatus to,
        @Nullable String holderEmail,
        @Nullable String note,
        String actor,
        Instant at) {}
