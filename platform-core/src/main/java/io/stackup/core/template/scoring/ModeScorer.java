package io.stackup.core.template.scoring;

import java.util.List;

/** What differs between {@code gated} and {@code weighted} mode: how a capability is scored and how aggregates get a level. */
sealed interface ModeScorer permits GatedScorer, WeightedScorer {

    /**
     * Scores one capability from its contributing questions: sets its level and score in {@code standings} (left
     * not assessed when no question contributes) and adds one evidence item per contributing question, in document
     * order.
     */
    void score(
            CompiledCapability capability,
            CompiledQuestion[] questions,
            AnswerSheet sheet,
            Standings standings,
            List<Result.Evidence> evidence);

    /**
     * The level of an area or of the whole, given the lowest level and the weighted mean score of its assessed
     * capabilities.
     */
    int aggregateLevel(int lowestLevel, double score);
}
