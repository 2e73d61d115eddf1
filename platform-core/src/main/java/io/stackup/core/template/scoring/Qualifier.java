package io.stackup.core.template.scoring;

import io.stackup.core.template.Condition;
import io.stackup.core.template.Qualification;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Lead qualification: the score is the sum of the points of the rules that hold (in template order); the lead is
 * qualified when every requirement holds and the score reaches the threshold. Without a qualification section every
 * lead qualifies with score 0 and no rules.
 */
final class Qualifier {

    private static final Result.QualificationResult ABSENT = new Result.QualificationResult(0, true, List.of());

    private final boolean present;
    private final double threshold;
    private final CompiledCondition[] rules;
    private final double[] points;
    /** Each rule's name in the result: its label, or its zero-based index. */
    private final Object[] names;

    private final CompiledCondition[] require;

    private Qualifier(@Nullable Qualification qualification, Function<Condition, CompiledCondition> compiler) {
        present = qualification != null;
        if (qualification == null) {
            threshold = 0;
            rules = new CompiledCondition[0];
            points = new double[0];
            names = new Object[0];
            require = new CompiledCondition[0];
            return;
        }
        threshold = qualification.threshold();
        int n = qualification.rules().size();
        rules = new CompiledCondition[n];
        points = new double[n];
        names = new Object[n];
        for (int i = 0; i < n; i++) {
            Qualification.Rule rule = qualification.rules().get(i);
            rules[i] = compiler.apply(rule.when());
            points[i] = rule.points();
            names[i] = rule.label() != null ? rule.label() : Integer.valueOf(i);
        }
        require = qualification.require().stream().map(compiler).toArray(CompiledCondition[]::new);
    }

    static Qualifier of(@Nullable Qualification qualification, Function<Condition, CompiledCondition> compiler) {
        return new Qualifier(qualification, compiler);
    }

    Result.QualificationResult evaluate(AnswerSheet sheet, Standings standings) {
        if (!present) {
            return ABSENT;
        }
        double score = 0;
        List<Object> held = new ArrayList<>();
        for (int i = 0; i < rules.length; i++) {
            if (rules[i].holds(sheet, standings)) {
                score += points[i];
                held.add(names[i]);
            }
        }
        boolean qualified = score >= threshold;
        for (CompiledCondition r : require) {
            qualified &= r.holds(sheet, standings);
        }
        return new Result.QualificationResult(score, qualified, held);
    }
}
