package io.stackup.core.template.scoring;

import io.stackup.core.template.Condition;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Short names for conditions in tests. */
final class TestConditions {

    private TestConditions() {}

    static Condition anyOf(String question, String... options) {
        return new Condition.AnyOf(question, List.of(options));
    }

    static Condition allOf(String question, String... options) {
        return new Condition.AllOf(question, List.of(options));
    }

    static Condition range(String question, @Nullable Double min, @Nullable Double max) {
        return new Condition.NumberRange(question, min, max);
    }

    static Condition answered(String question) {
        return new Condition.Answered(question);
    }

    static Condition capability(String capability, @Nullable String atLeast, @Nullable String atMost) {
        return new Condition.CapabilityLevel(capability, atMost, atLeast);
    }

    static Condition areaGap(String area, double atLeast) {
        return new Condition.AreaGap(area, atLeast);
    }

    static Condition overall(@Nullable String atLeast, @Nullable String atMost) {
        return new Condition.OverallLevel(atMost, atLeast);
    }

    static Condition totalGap(double atLeast) {
        return new Condition.TotalGap(atLeast);
    }

    static Condition all(Condition... conditions) {
        return new Condition.All(List.of(conditions));
    }

    static Condition any(Condition... conditions) {
        return new Condition.Any(List.of(conditions));
    }

    static Condition not(Condition condition) {
        return new Condition.Not(condition);
    }
}
