package io.stackup.core.template.scoring;

import io.stackup.core.template.Condition;
import io.stackup.core.template.QuestionType;
import io.stackup.core.template.Scale;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A {@link Condition} with its keys resolved to indexes, evaluated against one scoring run. The question forms read
 * only the {@link AnswerSheet}; the other forms also read the {@link Standings}, which is {@code null} while
 * visibility is being worked out (where only question forms are allowed).
 */
sealed interface CompiledCondition {

    boolean holds(AnswerSheet sheet, @Nullable Standings standings);

    /** k is visible and answered with one of the options (multi: any chosen). */
    record AnyOf(int question, long options) implements CompiledCondition {
        @Override
        public boolean holds(AnswerSheet sheet, @Nullable Standings standings) {
            return sheet.counts(question) && (sheet.chosen[question] & options) != 0;
        }
    }

    /**
     * k is visible, answered, and every listed option is chosen; on a single choice the chosen set has one element,
     * so this holds only when the list names exactly the chosen option.
     */
    record AllOf(int question, long options) implements CompiledCondition {
        @Override
        public boolean holds(AnswerSheet sheet, @Nullable Standings standings) {
            return sheet.counts(question) && (sheet.chosen[question] & options) == options;
        }
    }

    /** k is a visible, answered number with min ≤ x ≤ max (a missing bound is infinite). */
    record NumberRange(int question, double min, double max) implements CompiledCondition {
        @Override
        public boolean holds(AnswerSheet sheet, @Nullable Standings standings) {
            if (!sheet.counts(question)) {
                return false;
            }
            double x = sheet.number[question];
            return min <= x && x <= max;
        }
    }

    record Answered(int question) implements CompiledCondition {
        @Override
        public boolean holds(AnswerSheet sheet, @Nullable Standings standings) {
            return sheet.counts(question);
        }
    }

    /** The capability is assessed and atLeast ≤ level ≤ atMost (missing bounds are the scale's ends). */
    record CapabilityLevel(int capability, int atLeast, int atMost) implements CompiledCondition {
        @Override
        public boolean holds(AnswerSheet sheet, @Nullable Standings standings) {
            int level = required(standings).capabilityLevel[capability];
            return level != Standings.NOT_ASSESSED && atLeast <= level && level <= atMost;
        }
    }

    record AreaGap(int area, double gapAtLeast) implements CompiledCondition {
        @Override
        public boolean holds(AnswerSheet sheet, @Nullable Standings standings) {
            return required(standings).areaGap[area] >= gapAtLeast;
        }
    }

    record OverallLevel(int atLeast, int atMost) implements CompiledCondition {
        @Override
        public boolean holds(AnswerSheet sheet, @Nullable Standings standings) {
            int level = required(standings).overallLevel;
            return level != Standings.NOT_ASSESSED && atLeast <= level && level <= atMost;
        }
    }

    record TotalGap(double gapAtLeast) implements CompiledCondition {
        @Override
        public boolean holds(AnswerSheet sheet, @Nullable Standings standings) {
            return required(standings).totalGap >= gapAtLeast;
        }
    }

    record All(CompiledCondition[] conditions) implements CompiledCondition {
        @Override
        public boolean holds(AnswerSheet sheet, @Nullable Standings standings) {
            for (CompiledCondition c : conditions) {
                if (!c.holds(sheet, standings)) {
                    return false;
                }
            }
            return true;
        }
    }

    record Any(CompiledCondition[] conditions) implements CompiledCondition {
        @Override
        public boolean holds(AnswerSheet sheet, @Nullable Standings standings) {
            for (CompiledCondition c : conditions) {
                if (c.holds(sheet, standings)) {
                    return true;
                }
            }
            return false;
        }
    }

    record Not(CompiledCondition condition) implements CompiledCondition {
        @Override
        public boolean holds(AnswerSheet sheet, @Nullable Standings standings) {
            return !condition.holds(sheet, standings);
        }
    }

    private static Standings required(@Nullable Standings standings) {
        if (standings == null) {
            throw new IllegalStateException("only question forms can be evaluated before capabilities are scored");
        }
        return standings;
    }

    /**
     * Resolves a condition's keys.
     *
     * @param questions the questions a condition may name (for {@code showIf}: only the earlier ones)
     * @throws IllegalArgumentException for a key that names nothing
     */
    static CompiledCondition compile(
            Condition condition,
            Function<String, @Nullable CompiledQuestion> questions,
            Map<String, Integer> capabilities,
            Map<String, Integer> areas,
            Scale scale) {
        Function<Condition, CompiledCondition> inner = c -> compile(c, questions, capabilities, areas, scale);
        int highest = scale.levels().size() - 1;
        return switch (condition) {
            case Condition.AnyOf c -> {
                CompiledQuestion q = question(questions, c.question());
                yield new AnyOf(q.index, q.mask(c.options()));
            }
            case Condition.AllOf c -> {
                CompiledQuestion q = question(questions, c.question());
                yield new AllOf(q.index, q.mask(c.options()));
            }
            case Condition.NumberRange c ->
                new NumberRange(
                        number(question(questions, c.question())),
                        c.min() == null ? Double.NEGATIVE_INFINITY : c.min(),
                        c.max() == null ? Double.POSITIVE_INFINITY : c.max());
            case Condition.Answered c -> new Answered(question(questions, c.question()).index);
            case Condition.CapabilityLevel c ->
                new CapabilityLevel(
                        index(capabilities, c.capability(), "capability"),
                        c.atLeast() == null ? 0 : level(scale, c.atLeast()),
                        c.atMost() == null ? highest : level(scale, c.atMost()));
            case Condition.AreaGap c -> new AreaGap(index(areas, c.area(), "area"), c.gapAtLeast());
            case Condition.OverallLevel c ->
                new OverallLevel(
                        c.atLeast() == null ? 0 : level(scale, c.atLeast()),
                        c.atMost() == null ? highest : level(scale, c.atMost()));
            case Condition.TotalGap c -> new TotalGap(c.gapAtLeast());
            case Condition.All c -> new All(c.conditions().stream().map(inner).toArray(CompiledCondition[]::new));
            case Condition.Any c -> new Any(c.conditions().stream().map(inner).toArray(CompiledCondition[]::new));
            case Condition.Not c -> new Not(inner.apply(c.condition()));
        };
    }

    private static CompiledQuestion question(Function<String, @Nullable CompiledQuestion> questions, String key) {
        CompiledQuestion q = questions.apply(key);
        if (q == null) {
            throw new IllegalArgumentException("condition names unknown or later question '" + key + "'");
        }
        return q;
    }

    private static int number(CompiledQuestion q) {
        if (q.type != QuestionType.NUMBER) {
            throw new IllegalArgumentException("min/max condition on question '" + q.key + "', which is not a number");
        }
        return q.index;
    }

    private static int index(Map<String, Integer> keys, String key, String what) {
        Integer i = keys.get(key);
        if (i == null) {
            throw new IllegalArgumentException("condition names unknown " + what + " '" + key + "'");
        }
        return i;
    }

    private static int level(Scale scale, String key) {
        int i = scale.indexOf(key);
        if (i < 0) {
            throw new IllegalArgumentException("condition names unknown level '" + key + "'");
        }
        return i;
    }
}
