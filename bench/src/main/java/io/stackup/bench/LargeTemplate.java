package io.stackup.bench;

import io.stackup.core.template.Answer;
import io.stackup.core.template.Area;
import io.stackup.core.template.Band;
import io.stackup.core.template.Capability;
import io.stackup.core.template.Condition;
import io.stackup.core.template.Effort;
import io.stackup.core.template.Level;
import io.stackup.core.template.Option;
import io.stackup.core.template.Qualification;
import io.stackup.core.template.Question;
import io.stackup.core.template.QuestionType;
import io.stackup.core.template.Questionnaire;
import io.stackup.core.template.Recommendation;
import io.stackup.core.template.RecommendationKind;
import io.stackup.core.template.Scale;
import io.stackup.core.template.Scoring;
import io.stackup.core.template.ScoringMode;
import io.stackup.core.template.Section;
import io.stackup.core.template.Template;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A template at the format's limits: 25 areas of 20 capabilities (500), 40 sections of 50 questions (2,000) cycling
 * through every question type, every 8th question with a {@code showIf} on an earlier one, 3 recommendations per
 * capability and 30 qualification rules. Deterministic for a given seed.
 */
final class LargeTemplate {

    static final int AREAS = 25;
    static final int CAPABILITIES_PER_AREA = 20;
    static final int SECTIONS = 40;
    static final int QUESTIONS_PER_SECTION = 50;

    private static final List<String> LEVELS = List.of("basic", "standardized", "rationalized", "dynamic");
    private static final QuestionType[] TYPES = {
        QuestionType.YES_NO,
        QuestionType.SINGLE,
        QuestionType.MULTI,
        QuestionType.NUMBER,
        QuestionType.SCALE,
        QuestionType.YES_NO,
        QuestionType.SINGLE,
        QuestionType.TEXT,
    };

    private LargeTemplate() {}

    static Template template(ScoringMode mode) {
        List<Area> areas = new ArrayList<>();
        for (int a = 0; a < AREAS; a++) {
            List<Capability> caps = new ArrayList<>();
            for (int c = 0; c < CAPABILITIES_PER_AREA; c++) {
                String key = "cap-" + (a * CAPABILITIES_PER_AREA + c);
                caps.add(new Capability(
                        key,
                        key,
                        null,
                        1 + c % 3,
                        c % 5 == 0 ? "rationalized" : null,
                        Map.of(),
                        List.of(
                                recommendation("r1", "standardized", RecommendationKind.PROCESS, Effort.S),
                                recommendation("r2", "rationalized", RecommendationKind.SERVICE, Effort.M),
                                recommendation("r3", "dynamic", RecommendationKind.PRODUCT, Effort.L))));
            }
            areas.add(new Area("area-" + a, "Area " + a, null, caps));
        }
        int capabilities = AREAS * CAPABILITIES_PER_AREA;
        List<Section> sections = new ArrayList<>();
        int q = 0;
        for (int s = 0; s < SECTIONS; s++) {
            List<Question> questions = new ArrayList<>();
            for (int i = 0; i < QUESTIONS_PER_SECTION; i++, q++) {
                questions.add(question(q, "cap-" + (q % capabilities)));
            }
            sections.add(new Section("s" + s, "Section " + s, questions));
        }
        Scoring scoring = mode == ScoringMode.GATED
                ? Scoring.gated()
                : new Scoring(ScoringMode.WEIGHTED, Map.of("standardized", 0.3, "rationalized", 0.6, "dynamic", 0.85));
        return new Template(
                Template.FORMAT,
                "bench",
                "Benchmark",
                "1.0.0",
                "en",
                null,
                new Scale(LEVELS.stream().map(k -> new Level(k, k, null)).toList()),
                scoring,
                "rationalized",
                areas,
                new Questionnaire("Large interview", null, sections),
                qualification());
    }

    /** Answers to about 90% of the questions, each fitting its question. */
    static Map<String, Answer> answers(Template template, long seed) {
        Random random = new Random(seed);
        Map<String, Answer> answers = new LinkedHashMap<>();
        template.questionnaire().questions().forEach(q -> {
            if (random.nextInt(10) == 0) {
                return;
            }
            List<Option> options = q.effectiveOptions(template.scale());
            Answer answer = switch (q.type()) {
                case YES_NO, SINGLE, SCALE ->
                    new Answer.Choice(
                            options.get(random.nextInt(options.size())).key(), null);
                case MULTI ->
                    new Answer.Choices(
                            options.stream()
                                    .filter(o -> random.nextInt(4) != 0)
                                    .map(Option::key)
                                    .toList(),
                            null);
                case NUMBER -> new Answer.Number(random.nextInt(0, 1000), null);
                case TEXT -> new Answer.Text("Some words", null);
            };
            answers.put(q.key(), answer);
        });
        return answers;
    }

    private static Question question(int index, String capability) {
        QuestionType type = TYPES[index % TYPES.length];
        List<Option> options = new ArrayList<>();
        List<Band> bands = new ArrayList<>();
        String requires = null;
        switch (type) {
            case YES_NO -> requires = LEVELS.get(1 + index % 3);
            case SINGLE, SCALE -> {
                for (int i = 0; i < 4; i++) {
                    options.add(new Option("o" + i, "Option " + i, LEVELS.get(i), i));
                }
            }
            case MULTI -> {
                for (int i = 0; i < 6; i++) {
                    options.add(new Option("o" + i, "Item " + i, i == 5 ? null : LEVELS.get(1 + i % 3), i % 3));
                }
            }
            case NUMBER -> {
                bands.add(new Band(null, 10.0, "basic", 0));
                bands.add(new Band(10.0, 100.0, "standardized", 1));
                bands.add(new Band(100.0, 500.0, "rationalized", 2));
                bands.add(new Band(500.0, null, "dynamic", 3));
            }
            case TEXT -> {}
        }
        Condition showIf = index % 8 == 7 ? new Condition.Answered("q" + (index - 3)) : null;
        if (index % 16 == 9) {
            showIf = new Condition.Not(new Condition.AnyOf("q" + (index - 8), List.of("o0")));
        }
        return new Question(
                "q" + index,
                type == QuestionType.TEXT ? null : capability,
                "Question " + index,
                null,
                type,
                true,
                1 + index % 2,
                options,
                requires,
                bands,
                null,
                null,
                null,
                showIf);
    }

    private static Recommendation recommendation(String key, String to, RecommendationKind kind, Effort effort) {
        return new Recommendation(key, to, "Recommendation " + key, null, kind, effort, null);
    }

    private static Qualification qualification() {
        List<Qualification.Rule> rules = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            rules.add(new Qualification.Rule(new Condition.AnyOf("q" + (i * 8 + 1), List.of("o2", "o3")), 1, null));
            rules.add(new Qualification.Rule(new Condition.AreaGap("area-" + i, 10), 2, "gap " + i));
            rules.add(new Qualification.Rule(
                    new Condition.CapabilityLevel("cap-" + i, "standardized", null), 1, "cap " + i));
        }
        List<Condition> require = List.of(
                new Condition.TotalGap(1),
                new Condition.OverallLevel("rationalized", null),
                new Condition.Answered("q0"));
        return new Qualification(5, rules, require);
    }
}
