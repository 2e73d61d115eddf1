package io.stackup.core.template.document;

import static io.stackup.core.template.document.TemplateParser.LONG_TEXT;
import static io.stackup.core.template.document.TemplateParser.NAME;

import io.stackup.core.template.Band;
import io.stackup.core.template.Condition;
import io.stackup.core.template.Option;
import io.stackup.core.template.Question;
import io.stackup.core.template.QuestionType;
import io.stackup.core.template.Questionnaire;
import io.stackup.core.template.Section;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads a template's questionnaire (docs/spec/template-format.md "Questionnaire" and "Validation"): sections, then
 * questions with their options, bands, number limits and {@code showIf}, checked against the scale and catalog read
 * before it. Each question read becomes known to the conditions after it, through the document's {@link References}.
 * Part of {@link TemplateParser}; one instance reads one document.
 */
final class QuestionnaireParser {

    static final int MAX_QUESTIONS = 2000;

    private static final Map<String, QuestionType> TYPES = Fields.byJson(QuestionType.values(), QuestionType::json);

    private final Problems problems;
    private final References references;
    private final Conditions conditions;
    private int questionCount;

    QuestionnaireParser(Problems problems, References references, Conditions conditions) {
        this.problems = problems;
        this.references = references;
        this.conditions = conditions;
    }

    /** The questionnaire, with defaults made explicit; an empty one when it is missing (a problem recorded). */
    Questionnaire parse(Fields top) {
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
            references.unique(seen, key, s.path("key"), "section key");
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
                        references.addQuestionKey(key.stringValue());
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
        boolean first = references.declareQuestion(key, f.path("key"));
        String capability = f.reference("capability", references.capabilityKeys(), "capability");
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
            references.questionRead(key, new References.QuestionInfo(type, optionKeys));
        }
        return new Question(
                key,
                capability,
                text,
                help,
                type == null ? QuestionType.TEXT : type,
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
                    references.unique(seen, key, o.path("key"), "option key in this question");
                    Option option = new Option(
                            key,
                            o.string("label", 1, 2000),
                            references.levelRef(o, "level", false),
                            o.number("points", 0));
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
        String requires = references.levelRef(f, "requires", false);
        references.notFirstLevel(requires, f.path("requires"));
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
                    references.levelRef(b, "level", false),
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
}
