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
import java.util.HashMap;
import java.util.HashSet;
import java.util.IllformedLocaleException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Turns a document tree into a {@link Template}, checking every rule of template-format.md "Validation" and
 * recording every problem. One instance reads one document.
 */
final class TemplateParser {

    static final int MAX_CAPABILITIES = 500;
    static final int MAX_QUESTIONS = 2000;
    static final int NAME = 200;
    static final int LONG_TEXT = 10_000;

    private static final Map<String, ScoringMode> MODES = Fields.byJson(ScoringMode.values(), ScoringMode::json);
    private static final Map<String, QuestionType> TYPES = Fields.byJson(QuestionType.values(), QuestionType::json);
    private static final Map<String, RecommendationKind> KINDS =
            Fields.byJson(RecommendationKind.values(), RecommendationKind::json);
    private static final Map<String, Effort> EFFORTS = Fields.byJson(Effort.values(), Effort::name);

    /** What a condition may know about a question it names. */
    record QuestionInfo(@Nullable QuestionType type, Set<String> options) {}

    private final Problems problems;
    private final List<String> levels = new ArrayList<>();
    private boolean levelsReadable;
    private final Map<String, String> capabilities = new HashMap<>();
    private final Map<String, String> areas = new HashMap<>();
    private final Set<String> allQuestionKeys = new HashSet<>();
    private final Map<String, String> questionPaths = new HashMap<>();
    private final Map<String, QuestionInfo> questions = new HashMap<>();
    private final Conditions conditions;
    private int capabilityCount;
    private int questionCount;

    TemplateParser(Problems problems) {
        this.problems = problems;
        this.conditions = new Conditions(problems, this);
    }

    /** The template, or {@code null} when there were problems (all recorded). */
    @Nullable
    Template parse(JsonNode root) {
        Fields f = Fields.of(root, "$", problems);
        if (!f.isObject()) {
            return null;
        }
        JsonNode format = f.get("format", true);
        if (format != null && !(format.isString() && format.stringValue().equals(Template.FORMAT))) {
            problems.add(f.path("format"), "must be \"" + Template.FORMAT + "\"");
        }
        String key = f.slug("key");
        String name = f.string("name", 1, NAME);
        String version = f.string("version", 1, 32);
        String language = language(f);
        String description = f.optionalString("description", 0, LONG_TEXT);
        Scale scale = scale(f);
        Scoring scoring = scoring(f);
        String defaultTarget = levelRef(f, "defaultTarget", false);
        List<Area> areaList = f.array("areas", this::area);
        if (f.arraySize("areas") >= 0) {
            f.size("areas", f.arraySize("areas"), 1, 50, "areas");
        }
        if (capabilityCount > MAX_CAPABILITIES) {
            problems.add(
                    f.path("areas"),
                    "a template has at most " + MAX_CAPABILITIES + " capabilities, not " + capabilityCount);
        }
        Questionnaire questionnaire = questionnaire(f);
        JsonNode qualificationNode = f.get("qualification", false);
        Qualification qualification =
                qualificationNode == null ? null : qualification(qualificationNode, f.path("qualification"));
        f.done();
        if (!problems.isEmpty()) {
            return null;
        }
        return new Template(
                Template.FORMAT,
                key,
                name,
                version,
                language,
                description,
                scale,
                scoring,
                defaultTarget,
                areaList,
                questionnaire,
                qualification);
    }

    private String language(Fields f) {
        String language = f.optionalString("language", 1, 35);
        if (language == null) {
            return "en";
        }
        try {
            new Locale.Builder().setLanguageTag(language);
        } catch (IllformedLocaleException e) {
            problems.add(f.path("language"), "'" + Fields.abbreviate(language) + "' is not a BCP 47 language tag");
        }
        return language;
    }

    // ---- scale and scoring

    private Scale scale(Fields top) {
        JsonNode node = top.get("scale", true);
        if (node == null) {
            return new Scale(List.of());
        }
        Fields f = Fields.of(node, top.path("scale"), problems);
        JsonNode levelsNode = f.get("levels", true);
        levelsReadable = levelsNode != null && levelsNode.isArray();
        Map<String, String> seen = new HashMap<>();
        List<Level> list = f.array("levels", (element, path) -> {
            Fields l = Fields.of(element, path, problems);
            String key = l.slug("key");
            unique(seen, key, l.path("key"), "level key");
            levels.add(key);
            Level level = new Level(key, l.string("name", 1, NAME), l.optionalString("description", 0, LONG_TEXT));
            l.done();
            return level;
        });
        if (levelsReadable) {
            f.size("levels", levelsNode.size(), 2, 10, "levels");
        }
        f.done();
        return new Scale(list);
    }

    private Scoring scoring(Fields top) {
        JsonNode node = top.get("scoring", false);
        if (node == null) {
            return Scoring.gated();
        }
        Fields f = Fields.of(node, top.path("scoring"), problems);
        ScoringMode mode = f.choice("mode", MODES, true);
        JsonNode thresholds = f.get("thresholds", false);
        Map<String, Double> byLevel = new LinkedHashMap<>();
        if (mode == ScoringMode.GATED && thresholds != null) {
            problems.add(f.path("thresholds"), "thresholds are only for the weighted mode");
        } else if (mode == ScoringMode.WEIGHTED) {
            if (thresholds == null) {
                problems.add(f.path("thresholds"), "is required in the weighted mode");
            } else {
                byLevel = thresholds(Fields.of(thresholds, f.path("thresholds"), problems));
            }
        }
        f.done();
        return new Scoring(mode == null ? ScoringMode.GATED : mode, byLevel);
    }

    private Map<String, Double> thresholds(Fields f) {
        if (!f.isObject()) {
            return Map.of();
        }
        Map<String, Double> given = new HashMap<>();
        for (String level : f.names()) {
            JsonNode value = f.get(level, false);
            String path = f.path(level);
            if (levelsReadable && !levels.contains(level)) {
                problems.add(path, "unknown level '" + Fields.abbreviate(level) + "'");
            } else if (!levels.isEmpty() && levels.getFirst().equals(level)) {
                problems.add(path, "the first level has no threshold (it is 0)");
            }
            Double threshold = value == null ? null : Fields.number(value, path, problems);
            if (threshold != null && (threshold <= 0 || threshold > 1)) {
                problems.add(path, "must be greater than 0 and at most 1");
            } else if (threshold != null) {
                given.put(level, threshold);
            }
        }
        Map<String, Double> ordered = new LinkedHashMap<>();
        String previous = null;
        for (int i = 1; i < levels.size(); i++) {
            String level = levels.get(i);
            Double threshold = given.get(level);
            if (!f.has(level)) {
                problems.add(f.path(level), "is required: every level but the first has a threshold");
            } else if (threshold != null) {
                if (previous != null && threshold <= ordered.get(previous)) {
                    problems.add(
                            f.path(level),
                            "must be greater than the threshold of '" + previous + "' ("
                                    + Fields.format(ordered.get(previous))
                                    + "): thresholds increase with the level");
                }
                ordered.put(level, threshold);
                previous = level;
            }
        }
        f.done();
        return ordered;
    }

    // ---- catalog

    private @Nullable Area area(JsonNode node, String path) {
        Fields f = Fields.of(node, path, problems);
        if (!f.isObject()) {
            return null;
        }
        String key = f.slug("key");
        unique(areas, key, f.path("key"), "area key");
        String name = f.string("name", 1, NAME);
        String description = f.optionalString("description", 0, LONG_TEXT);
        List<Capability> list = f.array("capabilities", this::capability);
        if (f.arraySize("capabilities") >= 0) {
            f.size("capabilities", f.arraySize("capabilities"), 1, 100, "capabilities");
        }
        f.done();
        return new Area(key, name, description, list);
    }

    private @Nullable Capability capability(JsonNode node, String path) {
        Fields f = Fields.of(node, path, problems);
        if (!f.isObject()) {
            return null;
        }
        capabilityCount++;
        String key = f.slug("key");
        unique(capabilities, key, f.path("key"), "capability key");
        String name = f.string("name", 1, NAME);
        String description = f.optionalString("description", 0, LONG_TEXT);
        double weight = f.weight("weight");
        String target = levelRef(f, "target", false);
        Map<String, String> levelTexts = new LinkedHashMap<>();
        JsonNode levelsNode = f.get("levels", false);
        if (levelsNode != null) {
            Fields l = Fields.of(levelsNode, f.path("levels"), problems);
            for (String level : l.names()) {
                checkLevel(level, l.path(level));
                String text = Fields.string(l.get(level, false), l.path(level), 0, LONG_TEXT, problems);
                levelTexts.put(level, text == null ? "" : text);
            }
            l.done();
        }
        Map<String, String> seen = new HashMap<>();
        List<Recommendation> recommendations = f.optionalArray("recommendations", (element, p) -> {
            Fields r = Fields.of(element, p, problems);
            if (!r.isObject()) {
                return null;
            }
            String rKey = r.slug("key");
            unique(seen, rKey, r.path("key"), "recommendation key in this capability");
            String toLevel = levelRef(r, "toLevel", true);
            notFirstLevel(toLevel, r.path("toLevel"));
            Recommendation recommendation = new Recommendation(
                    rKey,
                    toLevel == null ? "" : toLevel,
                    r.string("title", 1, NAME),
                    r.optionalString("description", 0, LONG_TEXT),
                    orElse(r.choice("kind", KINDS, true), RecommendationKind.PROCESS),
                    orElse(r.choice("effort", EFFORTS, true), Effort.S),
                    r.optionalString("offering", 1, NAME));
            r.done();
            return recommendation;
        });
        f.done();
        return new Capability(
                key,
                name,
                description,
                weight,
                target,
                levelTexts,
                recommendations == null ? List.of() : recommendations);
    }

    // ---- questionnaire

    private Questionnaire questionnaire(Fields top) {
        JsonNode node = top.get("questionnaire", true);
        if (node == null) {
            return new Questionnaire("", null, List.of());
        }
        Fields f = Fields.of(node, top.path("questionnaire"), problems);
        collectQuestionKeys(f.get("sections", false));
        String title = f.string("title", 1, NAME);
        String intro = f.optionalString("intro", 0, LONG_TEXT);
        Map<String, String> seen = new HashMap<>();
        List<Section> sections = f.array("sections", (element, path) -> {
            Fields s = Fields.of(element, path, problems);
            if (!s.isObject()) {
                return null;
            }
            String key = s.slug("key");
            unique(seen, key, s.path("key"), "section key");
            Section section = new Section(key, s.string("title", 1, NAME), s.array("questions", this::question));
            s.done();
            return section;
        });
        if (questionCount > MAX_QUESTIONS) {
            problems.add(
                    f.path("sections"), "a template has at most " + MAX_QUESTIONS + " questions, not " + questionCount);
        }
        f.done();
        return new Questionnaire(title, intro, sections);
    }

    private void collectQuestionKeys(@Nullable JsonNode sections) {
        if (sections == null || !sections.isArray()) {
            return;
        }
        for (JsonNode section : sections) {
            JsonNode list = section.isObject() ? section.get("questions") : null;
            if (list != null && list.isArray()) {
                for (JsonNode question : list) {
                    questionCount++;
                    JsonNode key = question.isObject() ? question.get("key") : null;
                    if (key != null && key.isString()) {
                        allQuestionKeys.add(key.stringValue());
                    }
                }
            }
        }
    }

    private @Nullable Question question(JsonNode node, String path) {
        Fields f = Fields.of(node, path, problems);
        if (!f.isObject()) {
            return null;
        }
        String key = f.slug("key");
        boolean first = unique(questionPaths, key, f.path("key"), "question key");
        String capability = f.reference("capability", capabilities.keySet(), "capability");
        String text = f.string("text", 1, 2000);
        String help = f.optionalString("help", 0, LONG_TEXT);
        QuestionType type = f.choice("type", TYPES, true);
        boolean required = f.bool("required", true);
        double weight = f.weight("weight");
        List<Option> options = options(f, type);
        String requires = requires(f, type, options);
        List<Band> bands = bands(f, type);
        onlyForNumber(f, "minValue", type);
        onlyForNumber(f, "maxValue", type);
        onlyForNumber(f, "unit", type);
        Double minValue = f.optionalNumber("minValue");
        Double maxValue = f.optionalNumber("maxValue");
        if (minValue != null && maxValue != null && minValue > maxValue) {
            problems.add(f.path("maxValue"), "must not be less than minValue (" + Fields.format(minValue) + ")");
        }
        String unit = f.optionalString("unit", 1, 32);
        JsonNode showIfNode = f.get("showIf", false);
        Condition showIf = showIfNode == null ? null : conditions.read(showIfNode, f.path("showIf"), true);
        f.done();
        if (first) {
            Set<String> optionKeys = new LinkedHashSet<>();
            if (type == QuestionType.YES_NO && options.isEmpty()) {
                optionKeys.addAll(List.of("yes", "no"));
            }
            options.forEach(option -> optionKeys.add(option.key()));
            questions.put(key, new QuestionInfo(type, optionKeys));
        }
        return new Question(
                key,
                capability,
                text,
                help,
                orElse(type, QuestionType.TEXT),
                required,
                weight,
                options,
                requires,
                bands,
                minValue,
                maxValue,
                unit,
                showIf);
    }

    private List<Option> options(Fields f, @Nullable QuestionType type) {
        JsonNode node = f.get("options", false);
        if (node == null) {
            if (type != null && type.hasOptions() && type != QuestionType.YES_NO) {
                problems.add(f.path("options"), "is required for a " + type.json() + " question");
            }
            return List.of();
        }
        if (type != null && !type.hasOptions()) {
            problems.add(f.path("options"), "only yes_no, single, scale and multi questions have options");
        }
        Map<String, String> seen = new HashMap<>();
        List<Option> options = Fields.array(
                node,
                f.path("options"),
                (element, path) -> {
                    Fields o = Fields.of(element, path, problems);
                    if (!o.isObject()) {
                        return null;
                    }
                    String key = o.slug("key");
                    unique(seen, key, o.path("key"), "option key in this question");
                    Option option = new Option(
                            key, o.string("label", 1, 2000), levelRef(o, "level", false), o.number("points", 0));
                    o.done();
                    return option;
                },
                problems);
        if (options == null) {
            return List.of();
        }
        if (type == QuestionType.YES_NO) {
            Set<String> keys = new HashSet<>();
            options.forEach(option -> keys.add(option.key()));
            if (node.size() != 2 || !keys.equals(Set.of("yes", "no"))) {
                problems.add(f.path("options"), "a yes_no question's options are exactly two, keyed 'yes' and 'no'");
            }
        } else if (type != null && type.hasOptions()) {
            f.size("options", node.size(), 2, 50, "options");
        }
        return options;
    }

    private @Nullable String requires(Fields f, @Nullable QuestionType type, List<Option> options) {
        if (!f.has("requires")) {
            return null;
        }
        if (type != null && type != QuestionType.YES_NO) {
            problems.add(f.path("requires"), "only a yes_no question has requires");
        } else if (f.has("options")) {
            problems.add(f.path("requires"), "not allowed with explicit options");
        }
        String requires = levelRef(f, "requires", false);
        notFirstLevel(requires, f.path("requires"));
        return requires;
    }

    private List<Band> bands(Fields f, @Nullable QuestionType type) {
        if (!f.has("bands")) {
            return List.of();
        }
        onlyForNumber(f, "bands", type);
        List<Band> bands = f.optionalArray("bands", (element, path) -> {
            Fields b = Fields.of(element, path, problems);
            if (!b.isObject()) {
                return null;
            }
            Band band = new Band(
                    b.optionalNumber("min"),
                    b.optionalNumber("max"),
                    levelRef(b, "level", false),
                    b.number("points", 0));
            b.done();
            return band;
        });
        return bands == null ? List.of() : bands;
    }

    /** A problem when the field is given on a question of another type than {@code number}. */
    private void onlyForNumber(Fields f, String name, @Nullable QuestionType type) {
        if (f.has(name) && type != null && type != QuestionType.NUMBER) {
            problems.add(f.path(name), "only number questions have " + name);
        }
    }

    // ---- qualification

    private Qualification qualification(JsonNode node, String path) {
        Fields f = Fields.of(node, path, problems);
        double threshold = f.requiredNumber("threshold");
        Map<String, String> labels = new HashMap<>();
        List<Qualification.Rule> rules = f.optionalArray("rules", (element, p) -> {
            Fields r = Fields.of(element, p, problems);
            if (!r.isObject()) {
                return null;
            }
            JsonNode when = r.get("when", true);
            Condition condition = when == null ? null : conditions.read(when, r.path("when"), false);
            double points = r.requiredNumber("points");
            String label = r.optionalString("label", 1, NAME);
            if (label != null) {
                unique(labels, label, r.path("label"), "label");
            }
            r.done();
            return new Qualification.Rule(orElse(condition, Conditions.PLACEHOLDER), points, label);
        });
        List<Condition> require = f.optionalArray("require", (element, p) -> conditions.read(element, p, false));
        f.done();
        return new Qualification(threshold, rules == null ? List.of() : rules, require == null ? List.of() : require);
    }

    // ---- references, for Conditions too

    boolean questionExists(String key) {
        return allQuestionKeys.contains(key);
    }

    /** A question read so far (earlier in document order), or {@code null}. */
    @Nullable
    QuestionInfo question(String key) {
        return questions.get(key);
    }

    Set<String> capabilityKeys() {
        return capabilities.keySet();
    }

    Set<String> areaKeys() {
        return areas.keySet();
    }

    /** An optional or required level key; checked against the scale when the scale could be read. */
    @Nullable
    String levelRef(Fields f, String name, boolean required) {
        JsonNode value = f.get(name, required);
        if (value == null) {
            return null;
        }
        if (!value.isString()) {
            problems.add(f.path(name), "must be a string, not " + Fields.kind(value));
            return null;
        }
        checkLevel(value.stringValue(), f.path(name));
        return value.stringValue();
    }

    private void checkLevel(String level, String path) {
        if (levelsReadable && !levels.contains(level)) {
            problems.add(path, "unknown level '" + Fields.abbreviate(level) + "'");
        }
    }

    private void notFirstLevel(@Nullable String level, String path) {
        if (level != null && !levels.isEmpty() && levels.getFirst().equals(level)) {
            problems.add(path, "must not be the first level");
        }
    }

    /** Records the first path of each key; a problem, and {@code false}, when the key was seen before. */
    private boolean unique(Map<String, String> seen, String key, String path, String what) {
        if (key.isEmpty()) {
            return false;
        }
        String before = seen.putIfAbsent(key, path);
        if (before != null) {
            problems.add(path, "duplicate " + what + " '" + Fields.abbreviate(key) + "' (first at " + before + ")");
            return false;
        }
        return true;
    }

    private static <T> T orElse(@Nullable T value, T fallback) {
        return value == null ? fallback : value;
    }
}
