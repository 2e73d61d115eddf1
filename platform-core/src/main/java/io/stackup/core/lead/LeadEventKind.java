package io.stackup.core.lead;

import java.util.Locale;

/**
 * What the history of a lead records. {@link #STATUS_CHANGED}: contacted, proposal, won or lost; {@link #RELEASED}:
 * back to qualified, held by nobody; {@link #OVERRIDDEN}: a tenant admin made a disqualified lead qualified;
 * {@link #NOTE}: a note, no change of status.
 */
public enum LeadEventKind {
    CREATED,
    CLAIMED,
    RELEASED,
    STATUS_CHANGED,
    REASSIGNED,
    OVERRIDDEN,
    NOTE,
    /** The check found the qualified lead unclaimed past the tenant's time to pick up; its admins were told. */
    OVERDUE;

    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static LeadEventKind fromJson(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
