package io.stackup.core.template;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The request contradicts the templates' current state; the message says what to do instead. When another save came
 * first, {@link #changedBy()} and {@link #changedAt()} say whose and when, so a view can say it in the user's words,
 * locale and time zone; otherwise both are {@code null}.
 */
public final class TemplateConflictException extends RuntimeException {

    private final @Nullable String changedBy;
    private final @Nullable Instant changedAt;

    public TemplateConflictException(String message) {
        this(message, null, null);
    }

    TemplateConflictException(String message, @Nullable String changedBy, @Nullable Instant changedAt) {
        super(message);
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    /** Who saved first, by name and email; {@code null} unless another save came first. */
    public @Nullable String changedBy() {
        return changedBy;
    }

    /** When the other save happened; {@code null} unless another save came first. */
    public @Nullable Instant changedAt() {
        return changedAt;
    }
}
