package io.stackup.core.template.scoring;

import static io.stackup.core.template.scoring.Answers.answers;
import static io.stackup.core.template.scoring.TestConditions.answered;
import static io.stackup.core.template.scoring.TestConditions.anyOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.stackup.core.template.Template;
import io.stackup.core.template.scoring.Result.QualificationResult;
import io.stackup.core.template.scoring.TemplateBuilder.Q;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Lead score, qualified, and the rules that held. */
class QualificationTest {

    private static TemplateBuilder questions() {
        return TemplateBuilder.gated()
                .capability("cap")
                .question(Q.yesNo("budget"))
                .question(Q.yesNo("authority"))
                .question(Q.yesNo("consent"));
    }

    @Test
    void without_a_qualification_every_lead_qualifies_with_score_zero_and_no_rules() {
        Template t = questions().build();

        assertThat(Scores.score(t, answers()).qualification()).isEqualTo(new QualificationResult(0, true, List.of()));
        assertThat(new ScoringEngine()
                        .score(t, answers().map(), Map.of(), "i", true)
                        .qualification())
                .isEqualTo(new QualificationResult(0, true, List.of()));
    }

    @Test
    void rules_that_held_are_named_by_label_or_zero_based_index_in_template_order() {
        Template t = questions()
                .threshold(1)
                .rule(anyOf("authority", "yes"), 2)
                .rule(anyOf("budget", "yes"), 3, "budget")
                .rule(anyOf("budget", "no"), 5, "no budget")
                .rule(answered("consent"), 0)
                .build();

        QualificationResult q = Scores.score(
                        t,
                        answers()
                                .choice("consent", "no")
                                .choice("budget", "yes")
                                .choice("authority", "yes"))
                .qualification();

        assertThat(q.rules()).containsExactly(0, "budget", 3);
        assertThat(q.rules().getFirst()).isInstanceOf(Integer.class);
        assertThat(q.score()).isEqualTo(5);
    }

    @Test
    void negative_points_lower_the_score() {
        Template t = questions()
                .threshold(0)
                .rule(anyOf("budget", "yes"), 3)
                .rule(anyOf("authority", "no"), -4)
                .build();

        QualificationResult q = Scores.score(
                        t, answers().choice("budget", "yes").choice("authority", "no"))
                .qualification();

        assertThat(q.score()).isEqualTo(-1);
        assertThat(q.qualified()).isFalse();
    }

    @Test
    void a_score_equal_to_the_threshold_qualifies() {
        Template t = questions().threshold(3).rule(anyOf("budget", "yes"), 3).build();

        assertThat(Scores.score(t, answers().choice("budget", "yes"))
                        .qualification()
                        .qualified())
                .isTrue();
        assertThat(Scores.score(t, answers().choice("budget", "no"))
                        .qualification()
                        .qualified())
                .isFalse();
    }

    @Test
    void a_failed_requirement_disqualifies_whatever_the_score() {
        Template t = questions()
                .threshold(0)
                .rule(anyOf("budget", "yes"), 10, "budget")
                .require(anyOf("consent", "yes"))
                .require(answered("budget"))
                .build();

        assertThat(Scores.score(t, answers().choice("budget", "yes").choice("consent", "no"))
                        .qualification())
                .isEqualTo(new QualificationResult(10, false, List.of("budget")));
        assertThat(Scores.score(t, answers().choice("budget", "yes").choice("consent", "yes"))
                        .qualification())
                .isEqualTo(new QualificationResult(10, true, List.of("budget")));
    }

    @Test
    void with_no_rules_the_score_is_zero_and_a_zero_threshold_qualifies() {
        Template t = questions().threshold(0).build();

        assertThat(Scores.score(t, answers()).qualification()).isEqualTo(new QualificationResult(0, true, List.of()));
    }
}
