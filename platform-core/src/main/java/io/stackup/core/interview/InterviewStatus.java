package io.stackup.core.interview;

import java.util.Locale;

/** assigned → in_progress (first answer) → completed; assigned or in_progress → cancelled. */
public enum InterviewStatus {
    ASSIGNED,
    IN_PROGRESS,
    COMPLETED,
    CANCELLED;

    /** As docs/spec/api.md and the database write it: {@code assigned}, {@code in_progress}, … */
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws IllegalArgumentException for anything but a status's {@link #json()} */
    public static InterviewStatus fromJson(String value) {
        for (InterviewStatus status : values()) {
            if (status.json().equals(value)) {
                return status;
            }
        }
        throw new IllegalArgumentException("unknown interview status '" + value + "'");
    }

    /** Whether answers may still change. */
    public boolean isOpen() {
        return this == ASSIGNED || this == IN_PROGRESS;
    }
}
