package io.stackup.core.dashboard;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What became of the interviews assigned in a period (a cohort: each stage counts those interviews, whenever they
 * reached it). {@code started}: begun or completed; {@code qualified}: their lead qualified at completion or by an
 * admin's override (not disqualified); {@code claimed}: their lead is held by an expert now, whatever its status
 * (released leads are not); {@code won}: their lead was won. Cancelled interviews count as assigned only.
 */
public record Funnel(long assigned, long started, long completed, long qualified, long claimed, long won) {

    /** A stage of the funnel. */
    public enum Stage {
        ASSIGNED,
        STARTED,
        COMPLETED,
        QUALIFIED,
        CLAIMED,
        WON
    }

    /**
     * One stage with its count and its conversion from the stage before.
     *
     * @param conversion count / the previous stage's count, in [0, 1]; {@code null} for the first stage and when the
     *     previous stage is empty
     */
    public record Step(Stage stage, long count, @Nullable Double conversion) {}

    /** The stages in order. Never null. */
    public List<Step> steps() {
        long[] counts = {assigned, started, completed, qualified, claimed, won};
        Stage[] stages = Stage.values();
        Step[] steps = new Step[stages.length];
        for (int i = 0; i < stages.length; i++) {
            Double conversion = i == 0 || counts[i - 1] == 0 ? null : (double) counts[i] / counts[i - 1];
            steps[i] = new Step(stages[i], counts[i], conversion);
        }
        return List.of(steps);
    }

    /** Whether nothing was assigned in the period. */
    public boolean isEmpty() {
        return assigned == 0;
    }
}
