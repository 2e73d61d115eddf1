package io.stackup.core.lead;

import io.stackup.core.audit.AuditEntry;
import org.jspecify.annotations.Nullable;

/**
 * The audit log's records of lead transitions ({@code lead.claimed}, {@code lead.released}, {@code lead.status_changed},
 * {@code lead.reassigned}, {@code lead.overridden}), each with the status and holder before and after and the note or
 * reason given. Kept apart from {@link LeadService}, which records them in the transaction of the change.
 */
final class LeadAudit {

    private LeadAudit() {}

    /**
     * A transition of {@code lead} (as it stands after it) from status {@code from}, held by {@code holderBefore}
     * (e-mail; {@code null} when nobody held it).
     */
    static AuditEntry moved(
            LeadEventKind kind, LeadStatus from, @Nullable String holderBefore, Lead lead, @Nullable String note) {
        String action = switch (kind) {
            case CLAIMED -> "lead.claimed";
            case RELEASED -> "lead.released";
            case OVERRIDDEN -> "lead.overridden";
            case REASSIGNED -> "lead.reassigned";
            default -> "lead.status_changed";
        };
        String summary = switch (kind) {
            case CLAIMED -> "Claimed the lead of " + lead.prospectName();
            case RELEASED -> "Released the lead of " + lead.prospectName() + " back to the queue";
            case OVERRIDDEN -> "Overrode the disqualification of the lead of " + lead.prospectName();
            case REASSIGNED -> "Reassigned the lead of " + lead.prospectName() + " to " + holder(lead);
            default ->
                "Moved the lead of " + lead.prospectName() + " from " + from.json() + " to "
                        + lead.status().json();
        };
        return AuditEntry.of(action, "lead", lead.id(), summary)
                .with("prospect", lead.prospectName())
                .with("statusBefore", from.json())
                .with("statusAfter", lead.status().json())
                .with("holderBefore", holderBefore)
                .with("holderAfter", lead.holderEmail())
                .with(kind == LeadEventKind.REASSIGNED || kind == LeadEventKind.OVERRIDDEN ? "reason" : "note", note);
    }

    private static String holder(Lead lead) {
        return lead.holderName() + " (" + lead.holderEmail() + ")";
    }
}
