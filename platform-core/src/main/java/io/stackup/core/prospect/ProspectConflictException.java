package io.stackup.core.prospect;

import java.time.Instant;

/**
 * Someone else saved the prospect since the caller read it. The message says who, when (in UTC) and what to do;
 * {@link #changedBy()} and {@link #changedAt()} let a view say it in the user's words, locale and time zone.
 */
public final class ProspectConflictException extends RuntimeException {

    private final String changedBy;
    private final Instant changedAt;

    ProspectConflictException(String changedBy, Instant changedAt) {
        super("This prospect was saved by " + changedBy + " at " + changedAt
                + " after you opened it. Reload it to see the changes; nothing was overwritten.");
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    /** Who saved first, by name and email. */
    public String changedBy() {
        return changedBy;
    }

    /** When the other save happened. */
    public Instant changedAt() {
        return changedAt;
    }
}
