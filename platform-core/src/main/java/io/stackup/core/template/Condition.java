package io.stackup.core.template;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A condition of {@code showIf} (question forms only), of qualification rules and of requirements. */
public sealed interface Condition {

    /** {@code k} is visible and answered with one of the options ({@code multi}: any chosen). */
    record AnyOf(String question, List<String> options) implements Condition {
        public AnyOf {
            options = List.copyOf(options);
        }
    }

    /** {@code k} is visible and every listed option is chosen ({@code multi}) or is the one chosen. */
    record AllOf(String question, List<String> options) implements Condition {
        public AllOf {
            options = List.copyOf(options);
        }
    }

    /** {@code k} is a visible, answered {@code number} with {@code min ≤ answer ≤ max} (at least one bound). */
    record NumberRange(
            String question, @Nullable Double min, @Nullable Double max) implements Condition {}

    /** {@code k} is visible and answered. */
    record Answered(String question) implements Condition {}

    /** The capability is assessed and its level is within the bounds (inclusive; at least one). */
    record CapabilityLevel(
            String capability,
            @Nullable String atMost,
            @Nullable String atLeast) implements Condition {}

    /** The gaps of the area's assessed capabilities sum to at least {@code gapAtLeast} (an empty sum is 0). */
    record AreaGap(String area, double gapAtLeast) implements Condition {}

    /** Something is assessed and the overall level is within the bounds. */
    record OverallLevel(@Nullable String atMost, @Nullable String atLeast) implements Condition {}

    /** All gaps sum to at least {@code gapAtLeast}. */
    record TotalGap(double gapAtLeast) implements Condition {}

    record All(List<Condition> conditions) implements Condition {
        public All {
            conditions = List.copyOf(conditions);
        }
    }

    record Any(List<Condition> conditions) implements Condition {
        public Any {
            conditions = List.copyOf(conditions);
        }
    }

    /** Simply negates: {@code not} of a question form holds when the question is hidden or unanswered. */
    record Not(Condition condition) implements Condition {}

    /** Whether this is one of the forms {@code showIf} allows. */
    default boolean isQuestionForm() {
        return switch (this) {
            case AnyOf a -> true;
            case AllOf a -> true;
            case NumberRange n -> true;
            case Answered a -> true;
            case All all -> all.conditions().stream().allMatch(Condition::isQuestionForm);
            case Any any -> any.conditions().stream().allMatch(Condition::isQuestionForm);
            case Not not -> not.condition().isQuestionForm();
            default -> false;
        };
    }
}
