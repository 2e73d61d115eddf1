package io.stackup.core.template.document;

import io.stackup.core.template.Area;
import io.stackup.core.template.Capability;
import io.stackup.core.template.Condition;
import io.stackup.core.template.Effort;
import io.stackup.core.template.Level;
import io.stackup.core.template.Qualification;
import io.stackup.core.template.Questionnaire;
import io.stackup.core.template.Recommendation;
import io.stackup.core.template.RecommendationKind;
import io.stackup.core.template.Scale;
import io.stackup.core.template.Scoring;
import io.stackup.core.template.ScoringMode;
import io.stackup.core.template.Template;
import java.util.HashMap;
import java.util.IllformedLocaleException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Turns a document tree into a {@link Template}, checking every rule of docs/spec/template-format.md "Validation" and
 * recording every problem. One instance reads one document.
 *
 * <p>Reads the header, scale, scoring, catalog and qualification itself; the questionnaire, the largest part, is read
 * by {@link QuestionnaireParser} and conditions by {@link Conditions}. All three check references through the
 * document's {@link References}.
 */
final class TemplateParser {

    static final int MAX_CAPABILITIES = 500;
    static final int NAME = 200;
    static final int LONG_TEXT = 10_000;

    private static final Map<String, ScoringMode> MODES = Fields.byJson(ScoringMode.values(), ScoringMode::json);
    private static final Map<String, RecommendationKind> KINDS =
            Fields.byJson(RecommendationKind.values(), RecommendationKind::json);
    private static final Map<String, Effort> EFFORTS = Fields.byJson(Effort.values(), Effort::name);

    private final Problems problems;
    private final References references;
    private final Conditions conditions;
    private final QuestionnaireParser questionnaire;
    private int capabilityCount;

    TemplateParser(Problems problems) {
        this.problems = problems;
        this.references = new References(problems);
        this.conditions = new Conditions(problems, references);
        this.questionnaire = new QuestionnaireParser(problems, references, conditions);
    }

    /** The template, or {@code null} when there were problems (all recorded). */
    @Nullable
    Template parse(JsonNode root) {
        Template template = build(root);
        return problems.isEmpty() ? template : null;
    }

    /**
     * The template as the document holds it, whatever problems were recorded: a value that breaks a rule of the format
     * (an empty name, a key that is no slug, an unknown reference) is kept as written; only a value of the wrong JSON
     * type, which has no place in the model, is read as a placeholder. {@code null} only when the root is no object.
     */
    @Nullable
    Template build(JsonNode root) {
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
        String defaultTarget = references.levelRef(f, "defaultTarget", false);
        List<Area> areaList = f.array("areas", this::area);
        if (f.arraySize("areas") >= 0) {
            f.size("areas", f.arraySize("areas"), 1, 50, "areas");
        }
        if (capabilityCount > MAX_CAPABILITIES) {
            problems.add(
                    f.path("areas"),
                    "a template has at most " + MAX_CAPABILITIES + " capabilities, not " + capabilityCount);
        }
        Questionnaire questionnaire = this.questionnaire.parse(f);
        JsonNode qualificationNode = f.get("qualification", false);
        Qualification qualification =
                qualificationNode == null ? null : qualification(qualificationNode, f.path("qualification"));
        f.done();
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
        references.levelsReadable(levelsNode != null && levelsNode.isArray());
        Map<String, String> seen = new HashMap<>();
        List<Level> list = f.array("levels", (element, path) -> {
            Fields l = Fields.of(element, path, problems);
            String key = l.slug("key");
            references.unique(seen, key, l.path("key"), "level key");
            references.addLevel(key);
            Level level = new Level(key, l.string("name", 1, NAME), l.optionalString("description", 0, LONG_TEXT));
            l.done();
            return level;
        });
        if (references.levelsReadable() && levelsNode != null) {
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
        List<String> levels = references.levels();
        Map<String, Double> given = new HashMap<>();
        for (String level : f.names()) {
            JsonNode value = f.get(level, false);
            String path = f.path(level);
            if (references.levelsReadable() && !levels.contains(level)) {
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
                if (previous != null && threshold <= Objects.requireNonNull(ordered.get(previous))) {
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
        references.declareArea(key, f.path("key"));
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
        references.declareCapability(key, f.path("key"));
        String name = f.string("name", 1, NAME);
        String description = f.optionalString("description", 0, LONG_TEXT);
        double weight = f.weight("weight");
        String target = references.levelRef(f, "target", false);
        Map<String, String> levelTexts = new LinkedHashMap<>();
        JsonNode levelsNode = f.get("levels", false);
        if (levelsNode != null) {
            Fields l = Fields.of(levelsNode, f.path("levels"), problems);
            for (String level : l.names()) {
                references.checkLevel(level, l.path(level));
                String text = Fields.string(l.present(level), l.path(level), 0, LONG_TEXT, problems);
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
            references.unique(seen, rKey, r.path("key"), "recommendation key in this capability");
            String toLevel = references.levelRef(r, "toLevel", true);
            references.notFirstLevel(toLevel, r.path("toLevel"));
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
                references.unique(labels, label, r.path("label"), "label");
            }
            r.done();
            return new Qualification.Rule(orElse(condition, Conditions.PLACEHOLDER), points, label);
        });
        List<Condition> require = f.optionalArray("require", (element, p) -> conditions.read(element, p, false));
        f.done();
        return new Qualification(threshold, rules == null ? List.of() : rules, require == null ? List.of() : require);
    }

    private static <T> T orElse(@Nullable T value, T fallback) {
        return value == null ? fallback : value;
    }
}
