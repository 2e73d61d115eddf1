package io.stackup.core.template.document;

import io.stackup.core.template.Condition;
import io.stackup.core.template.QuestionType;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads conditions (docs/spec/template-format.md "Qualification"): exactly one form per object, references to known
 * questions, options, capabilities, areas and levels; in {@code showIf} only the question forms, over earlier
 * questions.
 */
final class Conditions {

    /** Stands in for a condition that could not be read; never part of a template that is built. */
    static final Condition PLACEHOLDER = new Condition.Answered("");

    private static final List<String> FORMS =
            List.of("question", "capability", "area", "overall", "totalGapAtLeast", "all", "any", "not");
    private static final List<String> QUESTION_FORMS = List.of("question", "all", "any", "not");
    private static final List<String> QUESTION_TESTS = List.of("anyOf", "allOf", "min/max", "answered");

    private final Problems problems;
    private final References references;

    Conditions(Problems problems, References references) {
        this.problems = problems;
        this.references = references;
    }

    /**
     * Reads a condition; problems are recorded and a placeholder is returned when it cannot be read.
     *
     * @param showIf whether this is a {@code showIf}: question forms only, naming questions read before
     */
    Condition read(JsonNode node, String path, boolean showIf) {
        Fields f = Fields.of(node, path, problems);
        if (!f.isObject()) {
            return PLACEHOLDER;
        }
        List<String> forms = FORMS.stream().filter(f::has).toList();
        if (forms.size() != 1) {
            problems.add(
                    path,
                    forms.isEmpty()
                            ? "a condition needs one of " + String.join(", ", FORMS)
                            : "a condition has exactly one form, not " + String.join(" and ", forms));
            return PLACEHOLDER;
        }
        String form = forms.getFirst();
        if (showIf && !QUESTION_FORMS.contains(form)) {
            problems.add(path, "showIf takes only conditions on questions (question, all, any, not), not " + form);
            return PLACEHOLDER;
        }
        Condition condition = switch (form) {
            case "question" -> question(f, showIf);
            case "capability" -> capability(f);
            case "area" ->
                new Condition.AreaGap(
                        orEmpty(f.reference("area", references.areaKeys(), "area")), f.requiredNumber("gapAtLeast"));
            case "overall" -> overall(f);
            case "totalGapAtLeast" -> new Condition.TotalGap(f.requiredNumber("totalGapAtLeast"));
            case "all" -> new Condition.All(list(f, "all", showIf));
            case "any" -> new Condition.Any(list(f, "any", showIf));
            default -> new Condition.Not(read(f.present("not"), f.path("not"), showIf));
        };
        f.done();
        return condition;
    }

    private List<Condition> list(Fields f, String name, boolean showIf) {
        return f.array(name, (element, path) -> read(element, path, showIf));
    }

    private Condition question(Fields f, boolean showIf) {
        JsonNode keyNode = f.get("question", true);
        String key = keyNode == null ? null : Fields.string(keyNode, f.path("question"), 1, 63, problems);
        References.QuestionInfo question = null;
        if (key != null) {
            question = references.question(key);
            if (!references.questionExists(key)) {
                problems.add(f.path("question"), "unknown question '" + Fields.abbreviate(key) + "'");
            } else if (showIf && question == null) {
                problems.add(f.path("question"), "showIf may only refer to earlier questions, not to '" + key + "'");
            }
        }
        List<String> tests = new ArrayList<>();
        for (String test : List.of("anyOf", "allOf", "min", "max", "answered")) {
            if (f.has(test)) {
                String name = test.equals("min") || test.equals("max") ? "min/max" : test;
                if (!tests.contains(name)) {
                    tests.add(name);
                }
            }
        }
        if (tests.size() != 1) {
            List.of("anyOf", "allOf", "min", "max", "answered").forEach(test -> f.get(test, false));
            problems.add(
                    f.path(),
                    tests.isEmpty()
                            ? "a question condition needs one of " + String.join(", ", QUESTION_TESTS)
                            : "a question condition has exactly one of " + String.join(", ", QUESTION_TESTS) + ", not "
                                    + String.join(" and ", tests));
            return PLACEHOLDER;
        }
        String k = key == null ? "" : key;
        return switch (tests.getFirst()) {
            case "anyOf" -> new Condition.AnyOf(k, options(f, "anyOf", question, k));
            case "allOf" -> new Condition.AllOf(k, options(f, "allOf", question, k));
            case "min/max" -> range(f, question, k);
            default -> {
                JsonNode answered = f.get("answered", true);
                if (answered != null && !(answered.isBoolean() && answered.booleanValue())) {
                    problems.add(f.path("answered"), "must be true (the only value allowed)");
                }
                yield new Condition.Answered(k);
            }
        };
    }

    private List<String> options(Fields f, String name, References.@Nullable QuestionInfo question, String key) {
        QuestionType type = question == null ? null : question.type();
        boolean hasOptions = type == null || type.hasOptions();
        if (type != null && !hasOptions) {
            problems.add(f.path(name), "question '" + key + "' is a " + type.json() + " question and has no options");
        }
        List<String> options = f.array(name, (element, path) -> {
            String option = Fields.string(element, path, 1, 63, problems);
            if (option != null
                    && hasOptions
                    && question != null
                    && !question.options().contains(option)) {
                problems.add(path, "question '" + key + "' has no option '" + Fields.abbreviate(option) + "'");
            }
            return option;
        });
        if (f.arraySize(name) == 0) {
            problems.add(f.path(name), "must name at least one option");
        }
        return options;
    }

    private Condition range(Fields f, References.@Nullable QuestionInfo question, String key) {
        Double min = f.optionalNumber("min");
        Double max = f.optionalNumber("max");
        if (question != null && question.type() != null && question.type() != QuestionType.NUMBER) {
            problems.add(
                    f.path(f.has("min") ? "min" : "max"),
                    "min and max are only for number questions; '" + key + "' is a "
                            + question.type().json() + " question");
        }
        if (min != null && max != null && min > max) {
            problems.add(f.path("max"), "must not be less than min (" + Fields.format(min) + ")");
        }
        return new Condition.NumberRange(key, min, max);
    }

    private Condition capability(Fields f) {
        String capability = f.reference("capability", references.capabilityKeys(), "capability");
        String atMost = references.levelRef(f, "atMost", false);
        String atLeast = references.levelRef(f, "atLeast", false);
        if (!f.has("atMost") && !f.has("atLeast")) {
            problems.add(f.path(), "a capability condition needs atMost or atLeast (or both)");
        }
        return new Condition.CapabilityLevel(orEmpty(capability), atMost, atLeast);
    }

    private Condition overall(Fields top) {
        Fields f = Fields.of(top.present("overall"), top.path("overall"), problems);
        String atMost = references.levelRef(f, "atMost", false);
        String atLeast = references.levelRef(f, "atLeast", false);
        if (f.isObject() && !f.has("atMost") && !f.has("atLeast")) {
            problems.add(f.path(), "needs atMost or atLeast (or both)");
        }
        f.done();
        return new Condition.OverallLevel(atMost, atLeast);
    }

    private static String orEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }
}
