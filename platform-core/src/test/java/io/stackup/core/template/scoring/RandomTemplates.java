package io.stackup.core.template.scoring;

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
 * Valid random templates and answers from a seed: every question type, both modes, showIf over earlier questions,
 * every condition form in qualification. Points are small integers and thresholds multiples of 0.1, so sums do not
 * depend on the order of additions.
 */
final class RandomTemplates {

    private final Random random;
    private final List<String> levels = new ArrayList<>();
    private final List<String> capabilities = new ArrayList<>();
    private final List<String> areas = new ArrayList<>();
    private final List<Question> questions = new ArrayList<>();

    private RandomTemplates(long seed) {
        random = new Random(seed);
    }

    static Template template(long seed) {
        return new RandomTemplates(seed).template();
    }

    /** Answers to about 70% of the questions (some only a note), each fitting its question. */
    static Map<String, Answer> answers(Template template, long seed) {
        Random random = new Random(seed);
        Map<String, Answer> answers = new LinkedHashMap<>();
        template.questionnaire().questions().forEach(q -> {
            double p = random.nextDouble();
            if (p < 0.05) {
                answers.put(q.key(), new Answer.NoteOnly("note"));
            } else if (p < 0.75) {
                answers.put(q.key(), answer(q, template.scale(), random));
            }
        });
        return answers;
    }

    static Answer answer(Question q, Scale scale, Random random) {
        List<Option> options = q.effectiveOptions(scale);
        return switch (q.type()) {
            case YES_NO, SINGLE, SCALE ->
                new Answer.Choice(options.get(random.nextInt(options.size())).key(), null);
            case MULTI ->
                new Answer.Choices(
                        options.stream()
                                .filter(o -> random.nextBoolean())
                                .map(Option::key)
                                .toList(),
                        null);
            case NUMBER -> new Answer.Number(random.nextInt(-5, 120), null);
            case TEXT -> new Answer.Text("text", null);
        };
    }

    private Template template() {
        int n = random.nextInt(2, 6);
        for (int i = 0; i < n; i++) {
            levels.add("l" + i);
        }
        Scoring scoring = random.nextBoolean() ? Scoring.gated() : weighted();
        List<Area> areaList = new ArrayList<>();
        int areaCount = random.nextInt(1, 4);
        for (int a = 0; a < areaCount; a++) {
            List<Capability> caps = new ArrayList<>();
            int capCount = random.nextInt(1, 5);
            for (int c = 0; c < capCount; c++) {
                String key = "c" + capabilities.size();
                capabilities.add(key);
                caps.add(new Capability(
                        key,
                        key,
                        null,
                        pick(List.of(0.5, 1.0, 2.0, 3.0)),
                        random.nextInt(3) == 0 ? randomLevel() : null,
                        Map.of(),
                        recommendations()));
            }
            areas.add("a" + a);
            areaList.add(new Area("a" + a, "a" + a, null, caps));
        }
        int questionCount = random.nextInt(1, 16);
        List<Section> sections = new ArrayList<>();
        List<Question> section = new ArrayList<>();
        for (int i = 0; i < questionCount; i++) {
            Question q = question("q" + i);
            questions.add(q);
            section.add(q);
            if (random.nextInt(5) == 0) {
                sections.add(new Section("s" + sections.size(), "s", section));
                section = new ArrayList<>();
            }
        }
        sections.add(new Section("s" + sections.size(), "s", section));
        return new Template(
                Template.FORMAT,
                "random",
                "Random",
                "1",
                "en",
                null,
                new Scale(levels.stream().map(k -> new Level(k, k, null)).toList()),
                scoring,
                random.nextBoolean() ? randomLevel() : null,
                areaList,
                new Questionnaire("q", null, sections),
                random.nextInt(10) < 7 ? qualification() : null);
    }

    private Scoring weighted() {
        List<Integer> tenths = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            tenths.add(i);
        }
        java.util.Collections.shuffle(tenths, random);
        List<Integer> chosen = new ArrayList<>(tenths.subList(0, levels.size() - 1));
        chosen.sort(null);
        Map<String, Double> thresholds = new LinkedHashMap<>();
        for (int i = 1; i < levels.size(); i++) {
            thresholds.put(levels.get(i), chosen.get(i - 1) / 10.0);
        }
        return new Scoring(ScoringMode.WEIGHTED, thresholds);
    }

    private List<Recommendation> recommendations() {
        List<Recommendation> list = new ArrayList<>();
        int count = random.nextInt(4);
        for (int i = 0; i < count; i++) {
            list.add(new Recommendation(
                    "r" + i,
                    levels.get(random.nextInt(1, levels.size())),
                    "t",
                    null,
                    pick(List.of(RecommendationKind.values())),
                    pick(List.of(Effort.values())),
                    null));
        }
        return list;
    }

    private Question question(String key) {
        QuestionType type = pick(List.of(QuestionType.values()));
        List<Option> options = new ArrayList<>();
        String requires = null;
        List<Band> bands = new ArrayList<>();
        switch (type) {
            case YES_NO -> {
                if (random.nextBoolean()) {
                    options.add(option("yes"));
                    options.add(option("no"));
                } else if (random.nextBoolean()) {
                    requires = levels.get(random.nextInt(1, levels.size()));
                }
            }
            case SINGLE, SCALE, MULTI -> {
                int count = random.nextInt(2, 6);
                for (int i = 0; i < count; i++) {
                    options.add(option("o" + i));
                }
            }
            case NUMBER -> {
                double lower = random.nextBoolean() ? Double.NaN : random.nextInt(0, 20);
                int count = random.nextInt(1, 4);
                for (int i = 0; i < count; i++) {
                    double upper = i == count - 1 && random.nextBoolean()
                            ? Double.NaN
                            : (Double.isNaN(lower) ? 10 : lower) + random.nextInt(1, 50);
                    bands.add(new Band(
                            Double.isNaN(lower) ? null : lower,
                            Double.isNaN(upper) ? null : upper,
                            random.nextInt(4) == 0 ? null : randomLevel(),
                            random.nextInt(-1, 5)));
                    lower = Double.isNaN(upper) ? 200 : upper;
                }
            }
            case TEXT -> {}
        }
        return new Question(
                key,
                random.nextInt(5) == 0 ? null : pick(capabilities),
                "text",
                null,
                type,
                true,
                pick(List.of(0.5, 1.0, 2.0)),
                options,
                requires,
                bands,
                null,
                null,
                null,
                !questions.isEmpty() && random.nextInt(10) < 3 ? questionCondition(2) : null);
    }

    private Option option(String key) {
        return new Option(key, key, random.nextInt(4) == 0 ? null : randomLevel(), random.nextInt(-1, 5));
    }

    /** A condition over the questions generated so far. */
    private Condition questionCondition(int depth) {
        int form = random.nextInt(depth > 0 ? 6 : 3);
        if (form >= 3) {
            List<Condition> parts = new ArrayList<>();
            int count = random.nextInt(1, 3);
            for (int i = 0; i < count; i++) {
                parts.add(questionCondition(depth - 1));
            }
            return switch (form) {
                case 3 -> new Condition.All(parts);
                case 4 -> new Condition.Any(parts);
                default -> new Condition.Not(parts.getFirst());
            };
        }
        Question q = pick(questions);
        List<Option> options = q.effectiveOptions(
                new Scale(levels.stream().map(k -> new Level(k, k, null)).toList()));
        if (q.type() == QuestionType.NUMBER && form == 0) {
            return new Condition.NumberRange(
                    q.key(),
                    random.nextBoolean() ? (double) random.nextInt(0, 60) : null,
                    random.nextBoolean() ? (double) random.nextInt(40, 100) : 120.0);
        }
        if (!options.isEmpty() && form < 2) {
            List<String> keys = options.stream()
                    .map(Option::key)
                    .filter(k -> random.nextBoolean())
                    .toList();
            keys = keys.isEmpty() ? List.of(options.getFirst().key()) : keys;
            return form == 0 ? new Condition.AnyOf(q.key(), keys) : new Condition.AllOf(q.key(), keys);
        }
        return new Condition.Answered(q.key());
    }

    private Condition anyCondition(int depth) {
        return switch (random.nextInt(depth > 0 ? 8 : 6)) {
            case 0, 1 -> questionCondition(0);
            case 2 -> {
                String atLeast = random.nextBoolean() ? randomLevel() : null;
                String atMost = atLeast == null || random.nextBoolean() ? randomLevel() : null;
                yield new Condition.CapabilityLevel(pick(capabilities), atMost, atLeast);
            }
            case 3 -> new Condition.AreaGap(pick(areas), random.nextInt(0, 5));
            case 4 -> {
                String atLeast = random.nextBoolean() ? randomLevel() : null;
                String atMost = atLeast == null || random.nextBoolean() ? randomLevel() : null;
                yield new Condition.OverallLevel(atMost, atLeast);
            }
            case 5 -> new Condition.TotalGap(random.nextInt(0, 8));
            case 6 -> new Condition.Not(anyCondition(depth - 1));
            default ->
                random.nextBoolean()
                        ? new Condition.All(List.of(anyCondition(depth - 1), anyCondition(depth - 1)))
                        : new Condition.Any(List.of(anyCondition(depth - 1), anyCondition(depth - 1)));
        };
    }

    private Qualification qualification() {
        List<Qualification.Rule> rules = new ArrayList<>();
        int count = random.nextInt(5);
        for (int i = 0; i < count; i++) {
            rules.add(new Qualification.Rule(
                    anyCondition(2), random.nextInt(-2, 5), random.nextBoolean() ? "rule " + i : null));
        }
        List<Condition> require = new ArrayList<>();
        int requireCount = random.nextInt(3);
        for (int i = 0; i < requireCount; i++) {
            require.add(anyCondition(1));
        }
        return new Qualification(random.nextInt(-2, 7), rules, require);
    }

    private String randomLevel() {
        return pick(levels);
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }
}
