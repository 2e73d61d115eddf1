package io.stackup.core.template.scoring;

import static io.stackup.core.template.scoring.Answers.answers;
import static io.stackup.core.template.scoring.TestConditions.all;
import static io.stackup.core.template.scoring.TestConditions.allOf;
import static io.stackup.core.template.scoring.TestConditions.answered;
import static io.stackup.core.template.scoring.TestConditions.any;
import static io.stackup.core.template.scoring.TestConditions.anyOf;
import static io.stackup.core.template.scoring.TestConditions.areaGap;
import static io.stackup.core.template.scoring.TestConditions.capability;
import static io.stackup.core.template.scoring.TestConditions.not;
import static io.stackup.core.template.scoring.TestConditions.overall;
import static io.stackup.core.template.scoring.TestConditions.range;
import static io.stackup.core.template.scoring.TestConditions.totalGap;
import static org.assertj.core.api.Assertions.assertThat;

import io.stackup.core.template.Condition;
import io.stackup.core.template.Template;
import io.stackup.core.template.scoring.TemplateBuilder.Q;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Every condition form, evaluated as a qualification rule labelled "it". */
class ConditionTest {

    /**
     * Questions: gate (yes_no), pick (single a/b/c), check (multi a/b/c), count (number), note (text), hidden
     * (number, shown when gate is yes). Area io: cap1 (scored by lvl1), cap2 (lvl2), never (not scored); area other:
     * cap3 (lvl3). Levels basic..dynamic, targets dynamic.
     */
    private static Template with(Condition condition) {
        return TemplateBuilder.gated()
                .area("io")
                .capability("cap1")
                .capability("cap2")
                .capability("never")
                .area("other")
                .capability("cap3")
                .question(Q.yesNo("gate"))
                .question(Q.single("pick").option("a", null).option("b", null).option("c", null))
                .question(Q.multi("check").option("a", null).option("b", null).option("c", null))
                .question(Q.number("count"))
                .question(Q.text("note"))
                .question(Q.number("hidden").showIf(anyOf("gate", "yes")))
                .question(Q.single("lvl1")
                        .of("cap1")
                        .option("basic", "basic")
                        .option("standardized", "standardized")
                        .option("rationalized", "rationalized")
                        .option("dynamic", "dynamic"))
                .question(Q.single("lvl2").of("cap2").option("basic", "basic").option("dynamic", "dynamic"))
                .question(Q.single("lvl3").of("cap3").option("basic", "basic").option("dynamic", "dynamic"))
                .rule(condition, 1, "it")
                .build();
    }

    private static boolean holds(Condition condition, Answers answers) {
        return !Scores.score(with(condition), answers).qualification().rules().isEmpty();
    }

    @Nested
    class AnyOf {

        @Test
        void holds_on_a_single_answered_with_one_of_the_options() {
            assertThat(holds(anyOf("pick", "a", "b"), answers().choice("pick", "b")))
                    .isTrue();
            assertThat(holds(anyOf("pick", "a", "b"), answers().choice("pick", "c")))
                    .isFalse();
        }

        @Test
        void holds_on_a_multi_when_any_listed_option_is_chosen() {
            assertThat(holds(anyOf("check", "a", "b"), answers().choices("check", "b", "c")))
                    .isTrue();
            assertThat(holds(anyOf("check", "a", "b"), answers().choices("check", "c")))
                    .isFalse();
            assertThat(holds(anyOf("check", "a"), answers().choices("check"))).isFalse();
        }

        @Test
        void works_on_the_implicit_options_of_a_yes_no() {
            assertThat(holds(anyOf("gate", "yes"), answers().choice("gate", "yes")))
                    .isTrue();
            assertThat(holds(anyOf("gate", "yes"), answers().choice("gate", "no")))
                    .isFalse();
        }

        @Test
        void does_not_hold_when_unanswered() {
            assertThat(holds(anyOf("pick", "a"), answers())).isFalse();
            assertThat(holds(anyOf("pick", "a"), answers().note("pick"))).isFalse();
        }
    }

    @Nested
    class AllOf {

        @Test
        void holds_on_a_multi_when_every_listed_option_is_chosen() {
            assertThat(holds(allOf("check", "a", "b"), answers().choices("check", "a", "b", "c")))
                    .isTrue();
            assertThat(holds(allOf("check", "a", "b"), answers().choices("check", "a", "c")))
                    .isFalse();
            assertThat(holds(allOf("check", "a"), answers().choices("check"))).isFalse();
        }

        @Test
        void holds_on_a_single_only_when_the_one_listed_option_is_the_chosen_one() {
            assertThat(holds(allOf("pick", "a"), answers().choice("pick", "a"))).isTrue();
            assertThat(holds(allOf("pick", "a"), answers().choice("pick", "b"))).isFalse();
        }

        @Test
        void never_holds_on_a_single_when_two_options_are_listed() {
            assertThat(holds(allOf("pick", "a", "b"), answers().choice("pick", "a")))
                    .isFalse();
            assertThat(holds(allOf("pick", "a", "b"), answers().choice("pick", "b")))
                    .isFalse();
        }
    }

    @Nested
    class NumberRange {

        @Test
        void bounds_are_inclusive() {
            Condition c = range("count", 10.0, 20.0);

            assertThat(holds(c, answers().number("count", 10))).isTrue();
            assertThat(holds(c, answers().number("count", 20))).isTrue();
            assertThat(holds(c, answers().number("count", 9.999))).isFalse();
            assertThat(holds(c, answers().number("count", 20.001))).isFalse();
        }

        @Test
        void a_missing_bound_is_unbounded() {
            assertThat(holds(range("count", 10.0, null), answers().number("count", 1e300)))
                    .isTrue();
            assertThat(holds(range("count", null, 10.0), answers().number("count", -1e300)))
                    .isTrue();
        }

        @Test
        void does_not_hold_when_unanswered_or_hidden() {
            assertThat(holds(range("count", null, 10.0), answers())).isFalse();
            assertThat(holds(
                            range("hidden", null, 10.0),
                            answers().choice("gate", "no").number("hidden", 1)))
                    .isFalse();
            assertThat(holds(
                            range("hidden", null, 10.0),
                            answers().choice("gate", "yes").number("hidden", 1)))
                    .isTrue();
        }
    }

    @Nested
    class Answered {

        @Test
        void holds_for_any_real_answer_including_text_and_an_empty_checklist() {
            assertThat(holds(answered("note"), answers().text("note", "x"))).isTrue();
            assertThat(holds(answered("check"), answers().choices("check"))).isTrue();
        }

        @Test
        void a_note_alone_or_a_hidden_question_is_not_answered() {
            assertThat(holds(answered("note"), answers().note("note"))).isFalse();
            assertThat(holds(answered("hidden"), answers().number("hidden", 3))).isFalse();
        }
    }

    @Nested
    class CapabilityLevel {

        @Test
        void bounds_are_inclusive() {
            Condition c = capability("cap1", "standardized", "rationalized");

            assertThat(holds(c, answers().choice("lvl1", "basic"))).isFalse();
            assertThat(holds(c, answers().choice("lvl1", "standardized"))).isTrue();
            assertThat(holds(c, answers().choice("lvl1", "rationalized"))).isTrue();
            assertThat(holds(c, answers().choice("lvl1", "dynamic"))).isFalse();
        }

        @Test
        void one_bound_is_enough() {
            assertThat(holds(capability("cap1", null, "standardized"), answers().choice("lvl1", "basic")))
                    .isTrue();
            assertThat(holds(capability("cap1", "standardized", null), answers().choice("lvl1", "dynamic")))
                    .isTrue();
        }

        @Test
        void an_unassessed_capability_is_never_within_bounds() {
            assertThat(holds(capability("cap1", null, "dynamic"), answers())).isFalse();
            assertThat(holds(capability("cap1", "basic", null), answers())).isFalse();
        }
    }

    @Nested
    class AreaGap {

        @Test
        void sums_the_gaps_of_the_areas_assessed_capabilities() {
            Answers gaps = answers()
                    .choice("lvl1", "standardized")
                    .choice("lvl2", "dynamic")
                    .choice("lvl3", "basic");

            assertThat(holds(areaGap("io", 2), gaps)).isTrue();
            assertThat(holds(areaGap("io", 2.5), gaps)).isFalse();
            assertThat(holds(areaGap("other", 3), gaps)).isTrue();
        }

        @Test
        void an_area_with_nothing_assessed_has_gap_zero() {
            assertThat(holds(areaGap("io", 0), answers())).isTrue();
            assertThat(holds(areaGap("io", 1), answers())).isFalse();
        }
    }

    @Nested
    class Overall {

        @Test
        void the_overall_level_is_within_the_bounds() {
            Answers answers = answers().choice("lvl1", "rationalized").choice("lvl3", "dynamic");

            assertThat(holds(overall("rationalized", "rationalized"), answers)).isTrue();
            assertThat(holds(overall("dynamic", null), answers)).isFalse();
            assertThat(holds(overall(null, "standardized"), answers)).isFalse();
        }

        @Test
        void never_holds_when_nothing_is_assessed() {
            assertThat(holds(overall(null, "dynamic"), answers())).isFalse();
            assertThat(holds(overall("basic", null), answers())).isFalse();
        }
    }

    @Test
    void total_gap_sums_every_assessed_capabilitys_gap() {
        Answers answers = answers().choice("lvl1", "rationalized").choice("lvl3", "basic");

        assertThat(holds(totalGap(4), answers)).isTrue();
        assertThat(holds(totalGap(5), answers)).isFalse();
        assertThat(holds(totalGap(0), answers())).isTrue();
    }

    @Nested
    class Logic {

        private final Condition yes = anyOf("gate", "yes");
        private final Condition pickA = anyOf("pick", "a");

        @Test
        void all_needs_every_condition() {
            assertThat(holds(all(yes, pickA), answers().choice("gate", "yes").choice("pick", "a")))
                    .isTrue();
            assertThat(holds(all(yes, pickA), answers().choice("gate", "yes").choice("pick", "b")))
                    .isFalse();
        }

        @Test
        void any_needs_one_condition() {
            assertThat(holds(any(yes, pickA), answers().choice("pick", "a"))).isTrue();
            assertThat(holds(any(yes, pickA), answers().choice("pick", "b"))).isFalse();
        }

        @Test
        void not_simply_negates() {
            assertThat(holds(not(yes), answers().choice("gate", "no"))).isTrue();
            assertThat(holds(not(yes), answers().choice("gate", "yes"))).isFalse();
        }

        @Test
        void not_of_a_question_form_holds_when_the_question_is_unanswered_or_hidden() {
            assertThat(holds(not(yes), answers())).isTrue();
            assertThat(holds(not(range("hidden", 0.0, 10.0)), answers().number("hidden", 5)))
                    .isTrue();
            assertThat(holds(
                            not(answered("hidden")),
                            answers().choice("gate", "no").number("hidden", 5)))
                    .isTrue();
        }

        @Test
        void not_of_an_unassessed_capability_bound_holds() {
            assertThat(holds(not(capability("never", "basic", null)), answers()))
                    .isTrue();
        }
    }
}
