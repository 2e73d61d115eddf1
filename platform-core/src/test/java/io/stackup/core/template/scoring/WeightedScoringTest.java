package io.stackup.core.template.scoring;

import static io.stackup.core.template.scoring.Answers.answers;
import static io.stackup.core.template.scoring.Scores.capability;
import static io.stackup.core.template.scoring.Scores.score;
import static org.assertj.core.api.Assertions.assertThat;

import io.stackup.core.template.Template;
import io.stackup.core.template.scoring.Result.Evidence;
import io.stackup.core.template.scoring.TemplateBuilder.Q;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Weighted mode: ratios per question type, denominators, the weighted mean and thresholds. */
class WeightedScoringTest {

    private static Result.CapabilityResult cap(Template template, Answers answers) {
        return capability(score(template, answers), "cap");
    }

    private static Double ratio(Template template, Answers answers) {
        List<Evidence> evidence = cap(template, answers).evidence();
        assertThat(evidence).hasSize(1);
        assertThat(evidence.getFirst().level()).isNull();
        return evidence.getFirst().ratio();
    }

    @Nested
    class SingleChoice {

        private final Template t = TemplateBuilder.weighted()
                .capability("cap")
                .question(Q.single("q")
                        .of("cap")
                        .points("none", 0)
                        .points("some", 2)
                        .points("all", 4)
                        .points("worse", -3)
                        .option("leveled", "high"))
                .build();

        @ParameterizedTest
        @CsvSource({"none, 0", "some, 0.5", "all, 1", "leveled, 0"})
        void gives_the_chosen_points_over_the_most_points_of_any_option(String option, double ratio) {
            assertThat(ratio(t, answers().choice("q", option))).isEqualTo(ratio);
        }

        @Test
        void negative_points_clamp_to_zero() {
            assertThat(ratio(t, answers().choice("q", "worse"))).isZero();
        }

        @Test
        void a_yes_no_without_options_gives_one_for_yes_and_zero_for_no() {
            Template yn = TemplateBuilder.weighted()
                    .capability("cap")
                    .question(Q.yesNo("q").of("cap").requires("mid"))
                    .build();

            assertThat(ratio(yn, answers().choice("q", "yes"))).isEqualTo(1.0);
            assertThat(ratio(yn, answers().choice("q", "no"))).isZero();
        }

        @Test
        void a_question_whose_options_have_no_positive_points_does_not_contribute() {
            Template zero = TemplateBuilder.weighted()
                    .capability("cap")
                    .question(Q.scale("q").of("cap").points("a", 0).points("b", -1))
                    .build();

            Result.CapabilityResult c = cap(zero, answers().choice("q", "a"));
            assertThat(c.level()).isNull();
            assertThat(c.score()).isNull();
            assertThat(c.evidence()).isEmpty();
        }
    }

    @Nested
    class Checklist {

        private final Template t = TemplateBuilder.weighted()
                .capability("cap")
                .question(Q.multi("q")
                        .of("cap")
                        .points("a", 1)
                        .points("b", 3)
                        .points("free", 0)
                        .points("bad", -2))
                .build();

        @ParameterizedTest
        @CsvSource({"'a', 0.25", "'b', 0.75", "'a,b', 1", "'a,b,free', 1", "'b,bad', 0.25", "'a,bad', 0"})
        void gives_the_chosen_points_over_the_sum_of_positive_points_clamped(String chosen, double ratio) {
            assertThat(ratio(t, answers().choices("q", chosen.split(",")))).isEqualTo(ratio);
        }

        @Test
        void an_empty_answer_contributes_a_zero_ratio() {
            Result.CapabilityResult c = cap(t, answers().choices("q"));

            assertThat(c.evidence()).containsExactly(new Evidence("q", null, 0.0));
            assertThat(c.level()).isEqualTo("low");
            assertThat(c.score()).isZero();
        }

        @Test
        void a_checklist_without_positive_points_does_not_contribute() {
            Template none = TemplateBuilder.weighted()
                    .capability("cap")
                    .question(Q.multi("q").of("cap").option("a", "high").points("b", -1))
                    .build();

            assertThat(cap(none, answers().choices("q", "a")).level()).isNull();
        }
    }

    @Nested
    class Number {

        private final Template t = TemplateBuilder.weighted()
                .capability("cap")
                .question(Q.number("q")
                        .of("cap")
                        .band(null, 0.0, null, -5)
                        .band(0.0, 10.0, null, 2)
                        .band(10.0, null, "low", 8))
                .build();

        @ParameterizedTest
        @CsvSource({"-1, 0", "0, 0.25", "9.5, 0.25", "10, 1", "1e12, 1"})
        void gives_the_band_points_over_the_most_points_of_any_band(double x, double ratio) {
            assertThat(ratio(t, answers().number("q", x))).isEqualTo(ratio);
        }

        @Test
        void no_matching_band_gives_no_ratio() {
            Template gap = TemplateBuilder.weighted()
                    .capability("cap")
                    .question(Q.number("q").of("cap").band(0.0, 10.0, null, 1))
                    .build();

            assertThat(cap(gap, answers().number("q", 10)).level()).isNull();
        }

        @Test
        void bands_without_positive_points_do_not_contribute() {
            Template zero = TemplateBuilder.weighted()
                    .capability("cap")
                    .question(Q.number("q").of("cap").band(null, null, "high", 0))
                    .build();

            assertThat(cap(zero, answers().number("q", 1)).level()).isNull();
        }
    }

    @Test
    void a_text_answer_gives_no_ratio() {
        Template t = TemplateBuilder.weighted()
                .capability("cap")
                .question(Q.text("q").of("cap"))
                .build();

        assertThat(cap(t, answers().text("q", "x")).level()).isNull();
    }

    @Test
    void capability_score_is_the_question_weighted_mean_of_the_ratios() {
        Template t = TemplateBuilder.weighted()
                .capability("cap")
                .question(Q.yesNo("q1").of("cap").weight(3))
                .question(Q.single("q2").of("cap").weight(1).points("a", 1).points("b", 4))
                .question(Q.yesNo("unanswered").of("cap").weight(50))
                .build();

        Result.CapabilityResult c = cap(t, answers().choice("q1", "yes").choice("q2", "a"));

        assertThat(c.score()).isEqualTo((3 * 1.0 + 0.25) / 4);
        assertThat(c.level()).isEqualTo("high");
        assertThat(c.evidence()).containsExactly(new Evidence("q1", null, 1.0), new Evidence("q2", null, 0.25));
    }

    @Nested
    class Thresholds {

        private Template withRatio(double points) {
            return TemplateBuilder.weighted()
                    .capability("cap")
                    .question(Q.single("q").of("cap").points("p", points).points("max", 1))
                    .build();
        }

        @ParameterizedTest
        @CsvSource({
            "0, low",
            "0.4999, low",
            "0.5, mid",
            "0.799999998, mid",
            "0.8, high",
            "1, high",
        })
        void the_level_is_the_highest_whose_threshold_the_score_reaches(double score, String level) {
            assertThat(cap(withRatio(score), answers().choice("q", "p")).level())
                    .isEqualTo(level);
        }

        @Test
        void a_score_less_than_1e_9_below_a_threshold_reaches_it() {
            assertThat(cap(withRatio(0.5 - 0.9e-9), answers().choice("q", "p")).level())
                    .isEqualTo("mid");
            assertThat(cap(withRatio(0.8 - 0.5e-9), answers().choice("q", "p")).level())
                    .isEqualTo("high");
        }

        @Test
        void a_score_more_than_1e_9_below_a_threshold_does_not_reach_it() {
            assertThat(cap(withRatio(0.5 - 1.1e-9), answers().choice("q", "p")).level())
                    .isEqualTo("low");
        }

        @Test
        void a_mean_that_rounding_leaves_just_below_a_threshold_still_reaches_it() {
            Template t = TemplateBuilder.weighted(List.of("low", "high"), 0.6)
                    .capability("cap")
                    .question(Q.single("q1").of("cap").points("a", 0.5).points("max", 1))
                    .question(Q.single("q2").of("cap").points("a", 0.9).points("max", 1))
                    .question(Q.single("q3").of("cap").points("a", 0.7).points("max", 1))
                    .question(Q.single("q4").of("cap").points("a", 0.3).points("max", 1))
                    .build();

            Result.CapabilityResult c = cap(
                    t,
                    answers()
                            .choice("q1", "a")
                            .choice("q2", "a")
                            .choice("q3", "a")
                            .choice("q4", "a"));

            assertThat(c.score()).isLessThan(0.6);
            assertThat(c.level()).isEqualTo("high");
        }
    }

    @Test
    void area_and_overall_levels_come_from_the_thresholds_of_their_scores_not_the_minimum() {
        Template t = TemplateBuilder.weighted()
                .area("a1")
                .capability("c1", 1)
                .capability("c2", 1)
                .capability("c3", 2)
                .question(Q.single("q1").of("c1").points("p", 0.9).points("max", 1))
                .question(Q.single("q2").of("c2").points("p", 0.2).points("max", 1))
                .build();

        Result r = score(t, answers().choice("q1", "p").choice("q2", "p"));

        assertThat(capability(r, "c1").level()).isEqualTo("high");
        assertThat(capability(r, "c2").level()).isEqualTo("low");
        assertThat(capability(r, "c3").level()).isNull();
        assertThat(r.areas()).containsExactly(new Result.AreaResult("a1", "mid", (0.9 + 0.2) / 2));
        assertThat(r.overall()).isEqualTo(new Result.Standing("mid", (0.9 + 0.2) / 2));
    }
}
