package io.stackup.core.interview;

import java.util.Locale;

/**
 * What the history of an interview records. {@link #TARGETS_CHANGED}: a target override of one capability was set or
 * removed; the entry's detail says which, from what to what.
 */
public enum InterviewEventKind {
    ASSIGNED,
    REASSIGNED,
    CANCELLED,
    COMPLETED,
    TARGETS_CHANGED;

    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static InterviewEventKind fromJson(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
