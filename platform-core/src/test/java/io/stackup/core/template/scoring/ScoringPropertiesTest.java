package io.stackup.core.template.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.stackup.core.template.Answer;
import io.stackup.core.template.Condition;
import io.stackup.core.template.Option;
import io.stackup.core.template.Qualification;
import io.stackup.core.template.Question;
import io.stackup.core.template.ScoringMode;
import io.stackup.core.template.Template;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties over random valid templates and answers ({@link RandomTemplates}). The seeds come from {@link #seeds()}; a failure
 * reports the seed, which reproduces the template and answers.
 */
class ScoringPropertiesTest {

    /**
     * Seeds of the generated templates and answers: 400 per property, drawn from a fixed master seed so that every run
     * checks the same cases and a failure names the seed that reproduces it.
     */
    static LongStream seeds() {
        return new Random(20261127L).longs(400);
    }

    private static final ScoringEngine ENGINE = new ScoringEngine();

    private static Result score(Template t, Map<String, Answer> answers) {
        return ENGINE.prepare(t).score(answers, Map.of(), null, false);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void the_engine_agrees_with_a_literal_reading_of_the_spec(long seed) {
        Template t = RandomTemplates.template(seed);
        Map<String, Answer> answers = RandomTemplates.answers(t, seed);

        assertThat(score(t, answers)).isEqualTo(ReferenceScorer.score(t, answers, Map.of()));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void target_overrides_agree_with_a_literal_reading_of_the_spec(long seed) {
        Template t = RandomTemplates.template(seed);
        Map<String, Answer> answers = RandomTemplates.answers(t, seed);
        Random random = new Random(seed);
        Map<String, String> overrides = new HashMap<>();
        t.areas().stream().flatMap(a -> a.capabilities().stream()).forEach(c -> {
            if (random.nextBoolean()) {
                overrides.put(
                        c.key(),
                        t.scale()
                                .levels()
                                .get(random.nextInt(t.scale().levels().size()))
                                .key());
            }
        });

        assertThat(ENGINE.prepare(t).score(answers, overrides, null, false))
                .isEqualTo(ReferenceScorer.score(t, answers, overrides));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void scores_are_always_within_0_and_1_and_gaps_never_negative(long seed) {
        Template t = RandomTemplates.template(seed);
        Result r = score(t, RandomTemplates.answers(t, seed));

        r.capabilities().forEach(c -> {
            assertThat(c.level() == null).isEqualTo(c.score() == null).isEqualTo(c.gap() == null);
            if (c.score() != null) {
                assertThat(c.score()).isBetween(0.0, 1.0);
                assertThat(c.gap()).isNotNegative();
            }
            c.evidence().forEach(e -> {
                if (e.ratio() != null) {
                    assertThat(e.ratio()).isBetween(0.0, 1.0);
                }
            });
        });
        r.areas().forEach(a -> {
            if (a.score() != null) {
                assertThat(a.score()).isBetween(0.0, 1.0);
            }
        });
        if (r.overall().score() != null) {
            assertThat(r.overall().score()).isBetween(0.0, 1.0);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void a_hidden_questions_answer_never_changes_the_result(long seed) {
        Template t = RandomTemplates.template(seed);
        Map<String, Answer> answers = RandomTemplates.answers(t, seed);
        PreparedTemplate prepared = ENGINE.prepare(t);
        Result before = prepared.score(answers, Map.of(), null, false);
        Random random = new Random(~seed);

        for (Question q : t.questionnaire().questions().toList()) {
            if (visible(t, answers).contains(q.key())) {
                continue;
            }
            Map<String, Answer> changed = new HashMap<>(answers);
            if (random.nextBoolean()) {
                changed.remove(q.key());
            } else {
                changed.put(q.key(), RandomTemplates.answer(q, t.scale(), random));
            }
            assertThat(prepared.score(changed, Map.of(), null, false)).isEqualTo(before);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void in_gated_mode_a_higher_choice_on_a_question_no_show_if_names_never_lowers_a_level(long seed) {
        Template t = RandomTemplates.template(seed);
        if (t.scoring().mode() != ScoringMode.GATED) {
            return;
        }
        Map<String, Answer> answers = RandomTemplates.answers(t, seed);
        PreparedTemplate prepared = ENGINE.prepare(t);
        Result before = prepared.score(answers, Map.of(), null, false);
        Set<String> named = namedByShowIf(t);

        for (Question q : t.questionnaire().questions().toList()) {
            if (!q.type().isSingleChoice()
                    || named.contains(q.key())
                    || !(answers.get(q.key()) instanceof Answer.Choice choice)) {
                continue;
            }
            List<Option> options = q.effectiveOptions(t.scale());
            String chosenLevel = options.stream()
                    .filter(o -> o.key().equals(choice.option()))
                    .findFirst()
                    .orElseThrow()
                    .level();
            if (chosenLevel == null) {
                continue;
            }
            for (Option higher : options) {
                if (higher.level() == null
                        || t.scale().indexOf(higher.level()) <= t.scale().indexOf(chosenLevel)) {
                    continue;
                }
                Map<String, Answer> raised = new HashMap<>(answers);
                raised.put(q.key(), new Answer.Choice(higher.key(), null));
                assertNoLevelLower(t, before, prepared.score(raised, Map.of(), null, false), false);
            }
        }
    }

    /**
     * Removing evidence can only leave the minimum where it was or raise it (or leave the capability unassessed):
     * removing never lowers a gated level. (The converse, "never raises", does not hold: see
     * {@code GatedScoringTest#removing_the_lowest_evidence_raises_the_level}.)
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void in_gated_mode_removing_an_answer_no_show_if_names_never_lowers_an_assessed_level(long seed) {
        Template t = RandomTemplates.template(seed);
        if (t.scoring().mode() != ScoringMode.GATED) {
            return;
        }
        Map<String, Answer> answers = RandomTemplates.answers(t, seed);
        PreparedTemplate prepared = ENGINE.prepare(t);
        Result before = prepared.score(answers, Map.of(), null, false);
        Set<String> named = namedByShowIf(t);

        for (String key : answers.keySet()) {
            if (named.contains(key)) {
                continue;
            }
            Map<String, Answer> fewer = new HashMap<>(answers);
            fewer.remove(key);
            assertNoLevelLower(t, before, prepared.score(fewer, Map.of(), null, false), true);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void prepared_and_on_demand_scoring_agree(long seed) {
        Template t = RandomTemplates.template(seed);
        Map<String, Answer> answers = RandomTemplates.answers(t, seed);

        assertThat(ENGINE.score(t, answers, Map.of(), "i", true))
                .isEqualTo(new ScoringEngine().prepare(t).score(answers, Map.of(), "i", true));
    }

    private static void assertNoLevelLower(Template t, Result before, Result after, boolean mayBecomeUnassessed) {
        for (int i = 0; i < before.capabilities().size(); i++) {
            String was = before.capabilities().get(i).level();
            String is = after.capabilities().get(i).level();
            if (was == null || (is == null && mayBecomeUnassessed)) {
                continue;
            }
            assertThat(is).isNotNull();
            assertThat(t.scale().indexOf(is))
                    .as("level of %s", before.capabilities().get(i).key())
                    .isGreaterThanOrEqualTo(t.scale().indexOf(was));
        }
    }

    private static Set<String> namedByShowIf(Template t) {
        Set<String> named = new HashSet<>();
        t.questionnaire().questions().forEach(q -> {
            if (q.showIf() != null) {
                collect(q.showIf(), named);
            }
        });
        return named;
    }

    private static void collect(Condition c, Set<String> named) {
        switch (c) {
            case Condition.AnyOf x -> named.add(x.question());
            case Condition.AllOf x -> named.add(x.question());
            case Condition.NumberRange x -> named.add(x.question());
            case Condition.Answered x -> named.add(x.question());
            case Condition.All x -> x.conditions().forEach(p -> collect(p, named));
            case Condition.Any x -> x.conditions().forEach(p -> collect(p, named));
            case Condition.Not x -> collect(x.condition(), named);
            default -> {}
        }
    }

    /** Visible questions, worked out independently of the engine with the reference reading. */
    private static Set<String> visible(Template t, Map<String, Answer> answers) {
        Set<String> visible = new HashSet<>();
        for (Question q : t.questionnaire().questions().toList()) {
            // a question is visible when its showIf alone, as a rule, holds
            Template probe = new Template(
                    t.format(),
                    t.key(),
                    t.name(),
                    t.version(),
                    t.language(),
                    t.description(),
                    t.scale(),
                    t.scoring(),
                    t.defaultTarget(),
                    t.areas(),
                    t.questionnaire(),
                    q.showIf() == null
                            ? null
                            : new Qualification(0, List.of(new Qualification.Rule(q.showIf(), 1, "v")), List.of()));
            if (q.showIf() == null
                    || !ReferenceScorer.score(probe, answers, Map.of())
                            .qualification()
                            .rules()
                            .isEmpty()) {
                visible.add(q.key());
            }
        }
        return visible;
    }
}
