package io.stackup.core.template.scoring;

import static io.stackup.core.template.scoring.Answers.answers;
import static io.stackup.core.template.scoring.Scores.capability;
import static io.stackup.core.template.scoring.Scores.score;
import static org.assertj.core.api.Assertions.assertThat;

import io.stackup.core.template.Template;
import io.stackup.core.template.scoring.Result.Evidence;
import io.stackup.core.template.scoring.TemplateBuilder.Q;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Gated mode: evidence per question type, the capability minimum, and the ladder aggregates. */
class GatedScoringTest {

    private static String levelOf(Template template, Answers answers) {
        return capability(score(template, answers), "cap").level();
    }

    @Nested
    class YesNo {

        @ParameterizedTest
        @CsvSource({"yes, dynamic", "no, basic"})
        void without_options_or_requires_yes_is_the_highest_and_no_the_lowest_level(String answer, String level) {
            Template t = TemplateBuilder.gated()
                    .capability("cap")
                    .question(Q.yesNo("q").of("cap"))
                    .build();

            assertThat(levelOf(t, answers().choice("q", answer))).isEqualTo(level);
        }

        @ParameterizedTest
        @CsvSource({"standardized, basic", "rationalized, standardized", "dynamic, rationalized"})
        void with_requires_no_gives_the_level_just_below_the_required_one(String requires, String level) {
            Template t = TemplateBuilder.gated()
                    .capability("cap")
                    .question(Q.yesNo("q").of("cap").requires(requires))
                    .build();

            assertThat(levelOf(t, answers().choice("q", "no"))).isEqualTo(level);
            assertThat(levelOf(t, answers().choice("q", "yes"))).isEqualTo("dynamic");
        }

        @Test
        void with_explicit_options_gives_the_chosen_options_level() {
            Template t = TemplateBuilder.gated()
                    .capability("cap")
                    .question(
                            Q.yesNo("q").of("cap").option("yes", "rationalized").option("no", "standardized"))
                    .build();

            assertThat(levelOf(t, answers().choice("q", "yes"))).isEqualTo("rationalized");
            assertThat(levelOf(t, answers().choice("q", "no"))).isEqualTo("standardized");
        }
    }

    @Nested
    class SingleAndScale {

        @Test
        void a_single_gives_the_chosen_options_level() {
            Template t = TemplateBuilder.gated()
                    .capability("cap")
                    .question(
                            Q.single("q").of("cap").option("a", "standardized").option("b", "dynamic"))
                    .build();

            assertThat(levelOf(t, answers().choice("q", "a"))).isEqualTo("standardized");
            assertThat(levelOf(t, answers().choice("q", "b"))).isEqualTo("dynamic");
        }

        @Test
        void a_scale_behaves_exactly_like_a_single() {
            Template t = TemplateBuilder.gated()
                    .capability("cap")
                    .question(Q.scale("q").of("cap").option("1", "basic").option("2", "rationalized"))
                    .build();

            assertThat(levelOf(t, answers().choice("q", "2"))).isEqualTo("rationalized");
        }

        @Test
        void an_option_without_level_gives_no_evidence_so_the_capability_may_stay_unassessed() {
            Template t = TemplateBuilder.gated()
                    .capability("cap")
                    .question(Q.single("q").of("cap").option("a", "dynamic").option("dunno", null))
                    .build();

            Result.CapabilityResult cap = capability(score(t, answers().choice("q", "dunno")), "cap");

            assertThat(cap.level()).isNull();
            assertThat(cap.evidence()).isEmpty();
        }
    }

    @Nested
    class Checklist {

        /** Requirements: a, b of standardized; c of rationalized; d of dynamic; x has no level. */
        private final Template t = TemplateBuilder.gated()
                .capability("cap")
                .question(Q.multi("q")
                        .of("cap")
                        .option("a", "standardized")
                        .option("b", "standardized")
                        .option("c", "rationalized")
                        .option("d", "dynamic")
                        .option("x", null))
                .build();

        @Test
        void every_requirement_chosen_gives_the_highest_level() {
            assertThat(levelOf(t, answers().choices("q", "a", "b", "c", "d"))).isEqualTo("dynamic");
        }

        @ParameterizedTest
        @CsvSource({"'a,b,c', rationalized", "'a,b,d', standardized", "'a,c,d', basic", "'b', basic"})
        void the_level_just_below_the_lowest_level_with_an_unchosen_requirement(String chosen, String level) {
            assertThat(levelOf(t, answers().choices("q", chosen.split(",")))).isEqualTo(level);
        }

        @Test
        void an_empty_answer_is_none_of_these_and_gives_evidence() {
            Result.CapabilityResult cap = capability(score(t, answers().choices("q")), "cap");

            assertThat(cap.level()).isEqualTo("basic");
            assertThat(cap.evidence()).containsExactly(new Evidence("q", "basic", null));
        }

        @Test
        void options_without_level_are_ignored() {
            assertThat(levelOf(t, answers().choices("q", "a", "b", "c", "d", "x")))
                    .isEqualTo("dynamic");
            assertThat(levelOf(t, answers().choices("q", "a", "b", "x"))).isEqualTo("standardized");
        }

        @Test
        void an_unchosen_requirement_of_the_first_level_gives_the_first_level() {
            Template first = TemplateBuilder.gated()
                    .capability("cap")
                    .question(Q.multi("q").of("cap").option("z", "basic").option("d", "dynamic"))
                    .build();

            assertThat(levelOf(first, answers().choices("q", "d"))).isEqualTo("basic");
            assertThat(levelOf(first, answers().choices("q", "z"))).isEqualTo("rationalized");
        }

        @Test
        void requirements_only_below_the_top_all_chosen_still_give_the_highest_level() {
            Template low = TemplateBuilder.gated()
                    .capability("cap")
                    .question(Q.multi("q").of("cap").option("a", "standardized").option("b", "standardized"))
                    .build();

            assertThat(levelOf(low, answers().choices("q", "a", "b"))).isEqualTo("dynamic");
        }

        @Test
        void a_checklist_without_leveled_options_gives_no_evidence() {
            Template none = TemplateBuilder.gated()
                    .capability("cap")
                    .question(Q.multi("q").of("cap").points("a", 1).points("b", 2))
                    .build();

            assertThat(levelOf(none, answers().choices("q", "a"))).isNull();
        }
    }

    @Nested
    class Number {

        private final Template t = TemplateBuilder.gated()
                .capability("cap")
                .question(Q.number("q")
                        .of("cap")
                        .band(null, 10.0, "basic", 0)
                        .band(10.0, 50.0, "standardized", 0)
                        .band(20.0, 100.0, "dynamic", 0)
                        .band(100.0, 200.0, null, 0))
                .build();

        @ParameterizedTest
        @CsvSource({"-1e9, basic", "9.999, basic", "10, standardized", "49.9, standardized", "50, dynamic"})
        void the_first_band_with_min_at_most_x_below_max_gives_its_level(double x, String level) {
            assertThat(levelOf(t, answers().number("q", x))).isEqualTo(level);
        }

        @Test
        void no_matching_band_or_a_band_without_level_gives_no_evidence() {
            assertThat(levelOf(t, answers().number("q", 150))).isNull();
            assertThat(levelOf(t, answers().number("q", 200))).isNull();
        }
    }

    @Test
    void a_text_answer_is_never_evidence() {
        Template t = TemplateBuilder.gated()
                .capability("cap")
                .question(Q.text("q").of("cap"))
                .build();

        assertThat(levelOf(t, answers().text("q", "we have a plan"))).isNull();
    }

    @Test
    void a_note_alone_leaves_a_question_unanswered() {
        Template t = TemplateBuilder.gated()
                .capability("cap")
                .question(Q.yesNo("q").of("cap"))
                .build();

        assertThat(levelOf(t, answers().note("q"))).isNull();
    }

    @Test
    void a_question_without_capability_is_never_scored() {
        Template t = TemplateBuilder.gated()
                .capability("cap")
                .question(Q.yesNo("context"))
                .build();

        assertThat(levelOf(t, answers().choice("context", "no"))).isNull();
    }

    @Test
    void a_capability_stands_at_its_lowest_evidence_and_lists_all_of_it_in_document_order() {
        Template t = TemplateBuilder.gated()
                .capability("cap")
                .section("one")
                .question(Q.single("q1").of("cap").option("r", "rationalized").option("d", "dynamic"))
                .section("two")
                .question(Q.yesNo("q2").of("cap").requires("rationalized"))
                .question(Q.single("q3").of("cap").option("d", "dynamic"))
                .build();

        Result.CapabilityResult cap = capability(
                score(t, answers().choice("q3", "d").choice("q2", "no").choice("q1", "r")), "cap");

        assertThat(cap.level()).isEqualTo("standardized");
        assertThat(cap.score()).isEqualTo(1.0 / 3);
        assertThat(cap.evidence())
                .containsExactly(
                        new Evidence("q1", "rationalized", null),
                        new Evidence("q2", "standardized", null),
                        new Evidence("q3", "dynamic", null));
    }

    @Test
    void question_weights_do_not_matter_in_gated_mode() {
        Template t = TemplateBuilder.gated()
                .capability("cap")
                .question(Q.yesNo("q1").of("cap").weight(100))
                .question(Q.yesNo("q2").of("cap").requires("rationalized"))
                .build();

        assertThat(levelOf(t, answers().choice("q1", "yes").choice("q2", "no"))).isEqualTo("standardized");
    }

    @Test
    void removing_the_lowest_evidence_raises_the_level() {
        Template t = TemplateBuilder.gated()
                .capability("cap")
                .question(Q.yesNo("q1").of("cap"))
                .question(Q.yesNo("q2").of("cap"))
                .build();

        assertThat(levelOf(t, answers().choice("q1", "no").choice("q2", "yes"))).isEqualTo("basic");
        assertThat(levelOf(t, answers().choice("q2", "yes"))).isEqualTo("dynamic");
    }

    @Test
    void area_and_overall_stand_at_their_lowest_assessed_capability_with_a_capability_weighted_mean_score() {
        Template t = TemplateBuilder.gated()
                .area("a1")
                .capability("high", 3)
                .capability("low", 1)
                .capability("unassessed", 100)
                .area("a2")
                .capability("mid", 2)
                .area("empty")
                .capability("nothing")
                .question(Q.yesNo("h").of("high"))
                .question(Q.yesNo("l").of("low"))
                .question(Q.yesNo("m").of("mid").requires("dynamic"))
                .build();

        Result r = score(t, answers().choice("h", "yes").choice("l", "no").choice("m", "no"));

        assertThat(r.areas())
                .containsExactly(
                        new Result.AreaResult("a1", "basic", (3 * 1.0 + 0.0) / 4),
                        new Result.AreaResult("a2", "rationalized", 2.0 / 3),
                        new Result.AreaResult("empty", null, null));
        assertThat(r.overall().level()).isEqualTo("basic");
        assertThat(r.overall().score()).isEqualTo((3 * 1.0 + 0.0 + 2 * (2.0 / 3)) / 6);
        assertThat(r.capabilities())
                .extracting(Result.CapabilityResult::key)
                .containsExactly("high", "low", "unassessed", "mid", "nothing");
    }
}
