package io.stackup.core.report;

import org.jspecify.annotations.Nullable;

/**
 * How a report writes its numbers for people, the same in every chart, on the screen and in the PDF, so the text next
 * to a picture never disagrees with it.
 */
public final class ReportNumbers {

    /** What a score that does not exist (nothing assessed) reads as. */
    public static final String NONE = "–";

    private ReportNumbers() {}

    /**
     * A score in [0, 1] as a whole percentage, rounded down, e.g. {@code 2/3 → "66%"}; {@link #NONE} for {@code null}.
     * Rounded down (with the scoring's tolerance of 10⁻⁹) so that a score just below a threshold such as 0.5 never
     * reads as the threshold ("50%") next to the level below it.
     */
    public static String percent(@Nullable Double score) {
        return score == null ? NONE : (long) Math.floor((score + 1e-9) * 100) + "%";
    }
}
