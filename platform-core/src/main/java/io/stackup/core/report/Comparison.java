package io.stackup.core.report;

import io.stackup.core.interview.InterviewId;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A re-assessment: the same prospect interviewed twice, capability by capability. Capabilities are matched by key
 * across template versions; one that exists in only one of them is listed as such ({@link Presence}). Movement is read
 * from the scores, which both scoring modes put in [0, 1] whatever the scale, so two versions with different scales
 * still compare.
 *
 * @param capabilities every capability of the later interview's template in document order, then those only the
 *     earlier one had, in its document order
 */
public record Comparison(
        Side before, Side after, Standing overallBefore, Standing overallAfter, List<CapabilityChange> capabilities) {

    public Comparison {
        capabilities = List.copyOf(capabilities);
    }

    /** How the overall level moved, read from the overall scores as a capability's movement is. */
    public Movement overallMovement() {
        return Comparisons.movement(overallBefore, overallAfter);
    }

    /** One of the two interviews. */
    public record Side(
            InterviewId interview,
            String templateName,
            String templateVersion,
            @Nullable Instant completedAt) {}

    /** A level by key and name with its score; all three {@code null} when nothing is assessed. */
    public record Standing(
            @Nullable String level,
            @Nullable String levelName,
            @Nullable Double score) {}

    public enum Presence {
        BOTH,
        ONLY_BEFORE,
        ONLY_AFTER
    }

    public enum Movement {
        UP,
        DOWN,
        SAME,
        /** Not assessed in one of the two, or present in only one. */
        NOT_COMPARABLE
    }

    /**
     * One capability before and after.
     *
     * @param area the name of its area in the later template (the earlier one's when only it has the capability)
     * @param target the later interview's target for it (a level key), {@code null} when only the earlier one has it
     * @param targetName that level's name
     * @param gapAfter the later gap, {@code null} when not assessed there or absent
     * @param blockers what still stands between the later level and the target: the titles of the later roadmap's next
     *     step for this capability, process (no-spend) first; empty when the target is reached
     */
    public record CapabilityChange(
            String key,
            String name,
            String area,
            Presence presence,
            Standing before,
            Standing after,
            Movement movement,
            @Nullable String target,
            @Nullable String targetName,
            @Nullable Integer gapAfter,
            List<String> blockers) {

        public CapabilityChange {
            blockers = List.copyOf(blockers);
        }
    }
}
