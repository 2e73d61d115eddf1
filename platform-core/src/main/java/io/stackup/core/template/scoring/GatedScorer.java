package io.stackup.core.template.scoring;

import java.util.List;

/**
 * Gated mode: each contributing answer gives a level (its evidence); a capability stands at the lowest of them, and
 * an area (or the whole) at the lowest of its assessed capabilities.
 */
final class GatedScorer implements ModeScorer {

    private final String[] levelKeys;
    private final int highest;

    GatedScorer(String[] levelKeys) {
        this.levelKeys = levelKeys;
        this.highest = levelKeys.length - 1;
    }

    @Override
    public void score(
            CompiledCapability capability,
            CompiledQuestion[] questions,
            AnswerSheet sheet,
            Standings standings,
            List<Result.Evidence> evidence) {
        int level = Integer.MAX_VALUE;
        for (int i : capability.questions()) {
            if (!sheet.counts(i)) {
                continue;
            }
            int given = evidence(questions[i], sheet);
            if (given != CompiledQuestion.NONE) {
                evidence.add(new Result.Evidence(questions[i].key, levelKeys[given], null));
                level = Math.min(level, given);
            }
        }
        if (level != Integer.MAX_VALUE) {
            standings.capabilityLevel[capability.index()] = level;
            standings.capabilityScore[capability.index()] = (double) level / highest;
        }
    }

    @Override
    public int aggregateLevel(int lowestLevel, double score) {
        return lowestLevel;
    }

    /** The level an answered question gives, or {@link CompiledQuestion#NONE}. */
    int evidence(CompiledQuestion q, AnswerSheet sheet) {
        long chosen = sheet.chosen[q.index];
        return switch (q.type) {
            case YES_NO, SINGLE, SCALE -> q.optionLevel[Long.numberOfTrailingZeros(chosen)];
            case MULTI -> checklist(q, chosen);
            case NUMBER -> {
                int band = q.band(sheet.number[q.index]);
                yield band == CompiledQuestion.NONE ? CompiledQuestion.NONE : q.bandLevel[band];
            }
            case TEXT -> CompiledQuestion.NONE;
        };
    }

    /**
     * The level just below the lowest level with an unchosen requirement (the first level if that is the first
     * level); the highest level when every requirement is chosen.
     */
    private int checklist(CompiledQuestion q, long chosen) {
        if (!q.hasRequirements) {
            return CompiledQuestion.NONE;
        }
        for (int level = 0; level < q.requirements.length; level++) {
            if ((q.requirements[level] & ~chosen) != 0) {
                return Math.max(0, level - 1);
            }
        }
        return highest;
    }
}
