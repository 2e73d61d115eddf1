package io.stackup.core.template.scoring;

import java.util.List;

/**
 * Weighted mode: each contributing answer gives a ratio in [0, 1]; a capability's score is their question-weighted
 * mean, and every level (capability, area, overall) is the highest level whose threshold the score reaches.
 */
final class WeightedScorer implements ModeScorer {

    /** A score less than this below a threshold counts as reaching it. */
    static final double TOLERANCE = 1e-9;

    /** By level index; the first level's threshold is 0. */
    private final double[] thresholds;

    WeightedScorer(double[] thresholds) {
        this.thresholds = thresholds;
    }

    @Override
    public void score(
            CompiledCapability capability,
            CompiledQuestion[] questions,
            AnswerSheet sheet,
            Standings standings,
            List<Result.Evidence> evidence) {
        double weighted = 0;
        double weights = 0;
        for (int i : capability.questions()) {
            if (!sheet.counts(i)) {
                continue;
            }
            CompiledQuestion q = questions[i];
            double ratio = ratio(q, sheet);
            if (!Double.isNaN(ratio)) {
                evidence.add(new Result.Evidence(q.key, null, ratio));
                weighted += q.weight * ratio;
                weights += q.weight;
            }
        }
        if (weights > 0) {
            double score = weighted / weights;
            standings.capabilityScore[capability.index()] = score;
            standings.capabilityLevel[capability.index()] = levelOf(score);
        }
    }

    @Override
    public int aggregateLevel(int lowestLevel, double score) {
        return levelOf(score);
    }

    /** The highest level whose threshold is at most the score, allowing {@link #TOLERANCE}. */
    int levelOf(double score) {
        for (int level = thresholds.length - 1; level > 0; level--) {
            if (thresholds[level] - score < TOLERANCE) {
                return level;
            }
        }
        return 0;
    }

    /** The ratio an answered question gives, clamped to [0, 1]; {@code NaN} when it gives none. */
    static double ratio(CompiledQuestion q, AnswerSheet sheet) {
        if (!(q.denominator > 0)) {
            return Double.NaN;
        }
        long chosen = sheet.chosen[q.index];
        double points = switch (q.type) {
            case YES_NO, SINGLE, SCALE -> q.optionPoints[Long.numberOfTrailingZeros(chosen)];
            case MULTI -> {
                double sum = 0;
                for (long rest = chosen; rest != 0; rest &= rest - 1) {
                    sum += q.optionPoints[Long.numberOfTrailingZeros(rest)];
                }
                yield sum;
            }
            case NUMBER -> {
                int band = q.band(sheet.number[q.index]);
                yield band == CompiledQuestion.NONE ? Double.NaN : q.bands[band].points();
            }
            case TEXT -> Double.NaN;
        };
        return Double.isNaN(points) ? Double.NaN : Math.clamp(points / q.denominator, 0.0, 1.0);
    }
}
