package io.stackup.core.interview;

import java.util.Locale;

/** What the history of an interview records. */
public enum InterviewEventKind {
    ASSIGNED,
    REASSIGNED,
    CANCELLED,
    COMPLETED;

    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static InterviewEventKind fromJson(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
