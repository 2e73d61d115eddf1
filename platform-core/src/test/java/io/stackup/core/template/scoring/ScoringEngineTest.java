package io.stackup.core.template.scoring;

import static io.stackup.core.template.scoring.Answers.answers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.stackup.core.template.Answer;
import io.stackup.core.template.Template;
import io.stackup.core.template.scoring.TemplateBuilder.Q;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The engine's contract: preparation, what it refuses, and sharing between threads. */
class ScoringEngineTest {

    private final ScoringEngine engine = new ScoringEngine();
    private final Template template = WorkedExampleTest.miniIo();

    @Test
    void a_prepared_template_scores_like_the_engine() {
        PreparedTemplate prepared = engine.prepare(template);
        Map<String, Answer> answers = answers().choice("has-dir", "no").map();

        assertThat(prepared.template()).isSameAs(template);
        assertThat(prepared.score(answers, Map.of(), "i", true))
                .isEqualTo(engine.score(template, answers, Map.of(), "i", true));
    }

    @Test
    void alternating_templates_each_get_their_own_result() {
        Template other = TemplateBuilder.gated("low", "high")
                .capability("directory")
                .question(Q.yesNo("has-dir").of("directory"))
                .build();
        Map<String, Answer> answers = answers().choice("has-dir", "yes").map();

        for (int i = 0; i < 3; i++) {
            assertThat(Scores.capability(engine.score(template, answers, Map.of(), null, false), "directory")
                            .level())
                    .isEqualTo("dynamic");
            assertThat(Scores.capability(engine.score(other, answers, Map.of(), null, false), "directory")
                            .level())
                    .isEqualTo("high");
        }
    }

    @Test
    void the_interview_id_and_completion_are_echoed_and_change_nothing_else() {
        Map<String, Answer> answers =
                answers().choice("has-dir", "no").choice("budget", "yes").map();

        Result preview = engine.score(template, answers, Map.of(), null, false);
        Result done = engine.score(template, answers, Map.of(), "i-1", true);

        assertThat(preview.interview()).isNull();
        assertThat(preview.complete()).isFalse();
        assertThat(done)
                .usingRecursiveComparison()
                .ignoringFields("interview", "complete")
                .isEqualTo(preview);
    }

    @Test
    void an_answer_that_does_not_fit_is_refused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() ->
                        engine.score(template, answers().choice("nope", "yes").map(), Map.of(), null, false))
                .withMessageContaining("nope");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> engine.score(
                        template, answers().choice("has-dir", "maybe").map(), Map.of(), null, false))
                .withMessageContaining("maybe");
        assertThatIllegalArgumentException()
                .isThrownBy(() ->
                        engine.score(template, answers().number("has-dir", 1).map(), Map.of(), null, false))
                .withMessageContaining("has-dir");
    }

    @Test
    void a_target_override_naming_an_unknown_capability_or_level_is_refused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> engine.score(template, Map.of(), Map.of("nope", "basic"), null, false));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> engine.score(template, Map.of(), Map.of("directory", "expert"), null, false));
    }

    @Test
    void one_prepared_template_can_be_shared_between_threads() throws Exception {
        Template big = RandomTemplates.template(42);
        PreparedTemplate prepared = engine.prepare(big);
        List<Map<String, Answer>> answerSets = IntStream.range(0, 64)
                .mapToObj(i -> RandomTemplates.answers(big, i))
                .toList();
        List<Result> expected = answerSets.stream()
                .map(a -> prepared.score(a, Map.of(), null, false))
                .toList();

        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<Result>> futures = answerSets.stream()
                    .map(a -> pool.submit(() -> prepared.score(a, Map.of(), null, false)))
                    .toList();
            for (int i = 0; i < futures.size(); i++) {
                assertThat(futures.get(i).get()).isEqualTo(expected.get(i));
            }
        }
    }
}
