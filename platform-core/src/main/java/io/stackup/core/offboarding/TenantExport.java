package io.stackup.core.offboarding;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A tenant admin's export, built in the background: its state, its progress ({@code itemsDone} of {@code itemsTotal}
 * rows, templates and results, in {@code phase}), and once done the archive's size. {@code error} is set exactly when
 * it failed, {@code sizeBytes} exactly when it is done. {@code expiresAt} is when it (and its archive) is deleted.
 */
public record TenantExport(
        UUID id,
        Status status,
        @Nullable String phase,
        long itemsDone,
        long itemsTotal,
        String fileName,
        @Nullable Long sizeBytes,
        @Nullable String error,
        String requestedBy,
        int attempts,
        Instant createdAt,
        @Nullable Instant startedAt,
        @Nullable Instant finishedAt,
        @Nullable Instant expiresAt) {

    /** The export's state; {@link #wire()} is how the API and the database name it. */
    public enum Status {
        QUEUED,
        RUNNING,
        DONE,
        FAILED;

        public String wire() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Whether it is still to finish (queued or running). */
    public boolean active() {
        return status == Status.QUEUED || status == Status.RUNNING;
    }

    /** 0..100: 100 once done; while running the share of items written, at most 99 until it is stored. */
    public int percent() {
        if (status == Status.DONE) {
            return 100;
        }
        if (itemsTotal <= 0) {
            return 0;
        }
        return (int) Math.min(99, itemsDone * 100 / itemsTotal);
    }
}
