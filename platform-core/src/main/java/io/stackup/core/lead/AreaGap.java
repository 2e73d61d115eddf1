package io.stackup.core.lead;

/**
 * How far an area of the prospect stands below its targets: the sum of the gaps (in levels) of its assessed
 * capabilities. A lead lists only areas with a gap, so {@code gap} is at least 1.
 *
 * @param area the area's key in the interview's template
 */
public record AreaGap(String area, int gap) {}
