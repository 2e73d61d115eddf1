package io.stackup.core.dashboard;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An interviewer's interviews completed in the period ({@code done}) and how many of their leads qualified at
 * completion (an admin's later override is not the interviewer's doing).
 */
public record InterviewerActivity(UUID member, String name, long done, long qualified) {

    /** qualified / done; {@code null} when none was done. */
    public @Nullable Double qualificationRate() {
        return done == 0 ? null : (double) qualified / done;
    }
}
