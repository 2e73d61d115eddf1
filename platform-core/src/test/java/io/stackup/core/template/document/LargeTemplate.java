package io.stackup.core.template.document;

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

/** A generated template at the limits (500 capabilities, 2,000 questions) using every feature of the format. */
final class LargeTemplate {

    static final List<String> LEVELS = List.of("l0", "l1", "l2", "l3", "l4");

    private LargeTemplate() {}

    static Template create() {
        List<Level> levels = new ArrayList<>();
        for (int i = 0; i < LEVELS.size(); i++) {
            levels.add(new Level(LEVELS.get(i), "Level " + i, i % 2 == 0 ? "What level " + i + " means" : null));
        }
        Map<String, Double> thresholds = new LinkedHashMap<>();
        thresholds.put("l1", 0.1);
        thresholds.put("l2", 1.0 / 3);
        thresholds.put("l3", 0.7);
        thresholds.put("l4", 1.0);

        List<Area> areas = new ArrayList<>();
        List<String> capabilities = new ArrayList<>();
        for (int a = 0; a < 50; a++) {
            List<Capability> list = new ArrayList<>();
            for (int c = 0; c < 10; c++) {
                String key = "a" + a + "-c" + c;
                capabilities.add(key);
                int n = a * 10 + c;
                list.add(new Capability(
                        key,
                        "Capability " + n + " – “quoted” \\ back-slashed",
                        n % 3 == 0 ? null : "Description " + n,
                        n % 4 == 0 ? 1 : 0.1 * (n % 7 + 1),
                        n % 5 == 0 ? LEVELS.get(n % 5 + 2) : null,
                        n % 2 == 0 ? Map.of() : Map.of("l0", "Nothing yet", "l4", "Everything"),
                        List.of(
                                new Recommendation(
                                        "r1",
                                        LEVELS.get(1 + n % 4),
                                        "Step " + n,
                                        null,
                                        RecommendationKind.values()[n % 3],
                                        Effort.values()[n % 3],
                                        n % 2 == 0 ? "Our service " + n : null),
                                new Recommendation(
                                        "r2",
                                        "l4",
                                        "Later",
                                        "Much later",
                                        RecommendationKind.PRODUCT,
                                        Effort.L,
                                        null))));
            }
            areas.add(new Area("area-" + a, "Area " + a, a == 0 ? "First" : null, list));
        }

        List<Section> sections = new ArrayList<>();
        List<Question> previous = new ArrayList<>();
        for (int s = 0; s < 20; s++) {
            List<Question> questions = new ArrayList<>();
            for (int q = 0; q < 100; q++) {
                Question question = question(s * 100 + q, capabilities, previous);
                questions.add(question);
                previous.add(question);
            }
            sections.add(new Section("s" + s, "Section " + s, questions));
        }

        Qualification qualification = new Qualification(
                2.5,
                List.of(
                        new Qualification.Rule(new Condition.AnyOf("q0", List.of("yes")), 3, "yes to q0"),
                        new Qualification.Rule(new Condition.AreaGap("area-1", 2), -1.5, null),
                        new Qualification.Rule(new Condition.TotalGap(10), 0, "big gap"),
                        new Qualification.Rule(new Condition.CapabilityLevel("a0-c0", "l3", null), 1, "a0-c0 low"),
                        new Qualification.Rule(new Condition.OverallLevel(null, "l1"), 1, null)),
                List.of(
                        new Condition.Not(new Condition.Answered("q5")),
                        new Condition.Any(List.of(
                                new Condition.NumberRange("q4", 0.5, null),
                                new Condition.All(List.of(new Condition.AllOf("q3", List.of("o0", "o2")))))),
                        new Condition.OverallLevel("l4", "l0")));

        return new Template(
                Template.FORMAT,
                "large",
                "A large template",
                "2.0.0-rc.1",
                "de-CH",
                "Every feature, at the limits.\nSecond line.",
                new Scale(levels),
                new Scoring(ScoringMode.WEIGHTED, thresholds),
                "l3",
                areas,
                new Questionnaire("Large interview", "Welcome", sections),
                qualification);
    }

    private static Question question(int n, List<String> capabilities, List<Question> previous) {
        QuestionType type = QuestionType.values()[n % QuestionType.values().length];
        String capability = n % 9 == 8 ? null : capabilities.get(n % capabilities.size());
        List<Option> options = List.of();
        String requires = null;
        List<Band> bands = List.of();
        Double minValue = null;
        Double maxValue = null;
        String unit = null;
        switch (type) {
            case YES_NO -> {
                if (n % 12 == 0) {
                    options = List.of(new Option("yes", "Ja", "l4", 2), new Option("no", "Nein", null, -1));
                } else if (n % 12 == 6) {
                    requires = LEVELS.get(1 + n % 4);
                }
            }
            case SINGLE, SCALE, MULTI -> {
                List<Option> list = new ArrayList<>();
                for (int o = 0; o < 2 + n % 5; o++) {
                    list.add(new Option("o" + o, "Option " + o, o % 2 == 0 ? LEVELS.get(o % 5) : null, o * 0.25));
                }
                options = list;
            }
            case NUMBER -> {
                bands = List.of(
                        new Band(null, 10.0, "l0", 0),
                        new Band(10.0, 100.5, "l2", 1.5),
                        new Band(100.5, null, null, 3));
                minValue = n % 2 == 0 ? -5.0 : null;
                maxValue = 1e9;
                unit = "users";
            }
            case TEXT -> {}
        }
        Condition showIf = n == 0 ? null : showIf(previous.get(n - 1), n);
        return new Question(
                "q" + n,
                capability,
                "Question " + n + "?",
                n % 3 == 0 ? "Ask about " + n : null,
                type,
                n % 4 != 0,
                n % 5 == 0 ? 2.5 : 1,
                options,
                requires,
                bands,
                minValue,
                maxValue,
                unit,
                showIf);
    }

    private static Condition showIf(Question earlier, int n) {
        Condition condition = switch (earlier.type()) {
            case YES_NO -> new Condition.AnyOf(earlier.key(), List.of("yes"));
            case SINGLE, SCALE, MULTI -> new Condition.AllOf(earlier.key(), List.of("o0", "o1"));
            case NUMBER -> new Condition.NumberRange(earlier.key(), 1.0, 2.0);
            case TEXT -> new Condition.Answered(earlier.key());
        };
        return switch (n % 4) {
            case 0 -> condition;
            case 1 -> new Condition.Not(condition);
            case 2 -> new Condition.Any(List.of(condition, new Condition.Answered("q0")));
            default -> n % 8 == 3 ? null : new Condition.All(List.of(condition));
        };
    }
}
