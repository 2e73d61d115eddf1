package io.stackup.core.template.scoring;

import static io.stackup.core.template.scoring.Answers.answers;
import static io.stackup.core.template.scoring.Scores.capability;
import static io.stackup.core.template.scoring.Scores.score;
import static io.stackup.core.template.scoring.TestConditions.answered;
import static io.stackup.core.template.scoring.TestConditions.anyOf;
import static io.stackup.core.template.scoring.TestConditions.not;
import static org.assertj.core.api.Assertions.assertThat;

import io.stackup.core.template.Template;
import io.stackup.core.template.scoring.Result.Evidence;
import io.stackup.core.template.scoring.TemplateBuilder.Q;
import org.junit.jupiter.api.Test;

/** showIf: a hidden question's answer is kept but counts nowhere; hidden questions are never "answered". */
class VisibilityTest {

    /** gate → detail (shown when gate is yes) → follow-up (shown when detail is answered). */
    private final Template chain = TemplateBuilder.gated()
            .capability("cap")
            .question(Q.yesNo("gate").of("cap").requires("standardized"))
            .question(Q.single("detail").of("cap").showIf(anyOf("gate", "yes")).option("low", "standardized"))
            .question(Q.yesNo("follow-up").of("cap").showIf(answered("detail")).requires("dynamic"))
            .question(Q.yesNo("fallback").of("cap").showIf(not(answered("detail"))))
            .build();

    @Test
    void a_question_whose_show_if_holds_counts() {
        Result r = score(chain, answers().choice("gate", "yes").choice("detail", "low"));

        assertThat(capability(r, "cap").evidence())
                .containsExactly(new Evidence("gate", "dynamic", null), new Evidence("detail", "standardized", null));
    }

    @Test
    void a_hidden_question_never_counts() {
        Result r = score(chain, answers().choice("gate", "no").choice("detail", "low"));

        assertThat(capability(r, "cap").evidence()).containsExactly(new Evidence("gate", "basic", null));
    }

    @Test
    void a_question_shown_only_when_a_hidden_question_is_answered_is_hidden_too() {
        Result r = score(
                chain, answers().choice("gate", "no").choice("detail", "low").choice("follow-up", "no"));

        assertThat(capability(r, "cap").evidence())
                .extracting(Evidence::question)
                .containsExactly("gate");
    }

    @Test
    void a_question_shown_when_a_hidden_question_is_not_answered_is_visible() {
        Result r = score(
                chain, answers().choice("gate", "no").choice("detail", "low").choice("fallback", "yes"));

        assertThat(capability(r, "cap").evidence())
                .extracting(Evidence::question)
                .containsExactly("gate", "fallback");
    }

    @Test
    void show_if_on_an_unanswered_or_note_only_question_hides() {
        assertThat(capability(score(chain, answers().choice("detail", "low")), "cap")
                        .level())
                .isNull();
        assertThat(capability(score(chain, answers().note("gate").choice("detail", "low")), "cap")
                        .level())
                .isNull();
    }

    @Test
    void a_hidden_questions_answer_counts_nowhere_in_qualification_either() {
        Template t = TemplateBuilder.gated()
                .capability("cap")
                .question(Q.yesNo("consent"))
                .question(Q.yesNo("budget").showIf(anyOf("consent", "yes")))
                .rule(anyOf("budget", "yes"), 1, "budget")
                .rule(answered("budget"), 1, "asked")
                .rule(not(answered("budget")), 1, "not asked")
                .build();

        Result r = score(t, answers().choice("consent", "no").choice("budget", "yes"));

        assertThat(r.qualification().rules()).containsExactly("not asked");
    }
}
