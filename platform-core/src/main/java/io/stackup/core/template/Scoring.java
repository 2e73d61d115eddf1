package io.stackup.core.template;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How answers become levels.
 *
 * @param thresholds weighted mode only: a threshold in (0, 1] for every level but the first, strictly increasing in
 *     level order; empty in gated mode
 */
public record Scoring(ScoringMode mode, Map<String, Double> thresholds) {

    public Scoring {
        thresholds = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(thresholds));
    }

    public static Scoring gated() {
        return new Scoring(ScoringMode.GATED, Map.of());
    }
}
