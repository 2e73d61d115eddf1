package io.stackup.core.template.scoring;

import java.util.Arrays;

/**
 * One scoring run's numbers, by index: capability levels, scores, targets and gaps, area and overall standings and
 * the gap sums the conditions read. {@link #NOT_ASSESSED} marks a level (and gap) that is absent; an absent score is
 * {@code NaN}.
 */
final class Standings {

    static final int NOT_ASSESSED = -1;

    final int[] capabilityLevel;
    final double[] capabilityScore;
    final int[] target;
    final int[] gap;
    final int[] areaLevel;
    final double[] areaScore;
    /** Sum of the gaps of the area's assessed capabilities; 0 when none is assessed. */
    final int[] areaGap;

    int overallLevel = NOT_ASSESSED;
    double overallScore = Double.NaN;
    int totalGap;

    Standings(int capabilities, int areas) {
        capabilityLevel = new int[capabilities];
        capabilityScore = new double[capabilities];
        target = new int[capabilities];
        gap = new int[capabilities];
        areaLevel = new int[areas];
        areaScore = new double[areas];
        areaGap = new int[areas];
        Arrays.fill(capabilityLevel, NOT_ASSESSED);
        Arrays.fill(gap, NOT_ASSESSED);
        Arrays.fill(capabilityScore, Double.NaN);
        Arrays.fill(areaLevel, NOT_ASSESSED);
        Arrays.fill(areaScore, Double.NaN);
    }

    boolean assessed(int capability) {
        return capabilityLevel[capability] != NOT_ASSESSED;
    }
}
