package io.stackup.core.template.scoring;

import io.stackup.core.template.Template;
import java.util.Map;

/** Scoring shortcuts for tests. */
final class Scores {

    private static final ScoringEngine ENGINE = new ScoringEngine();

    private Scores() {}

    static Result score(Template template, Answers answers) {
        return ENGINE.score(template, answers.map(), Map.of(), null, false);
    }

    static Result score(Template template, Answers answers, Map<String, String> targets) {
        return ENGINE.score(template, answers.map(), targets, null, false);
    }

    static Result.CapabilityResult capability(Result result, String key) {
        return result.capabilities().stream()
                .filter(c -> c.key().equals(key))
                .findFirst()
                .orElseThrow();
    }

    static Result.AreaResult area(Result result, String key) {
        return result.areas().stream()
                .filter(a -> a.key().equals(key))
                .findFirst()
                .orElseThrow();
    }
}
