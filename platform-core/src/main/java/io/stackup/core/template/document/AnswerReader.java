package io.stackup.core.template.document;

import io.stackup.core.template.Answer;
import io.stackup.core.template.AnswerValidationException;
import io.stackup.core.template.Capability;
import io.stackup.core.template.Level;
import io.stackup.core.template.Option;
import io.stackup.core.template.Question;
import io.stackup.core.template.Scale;
import io.stackup.core.template.Template;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads answers and target overrides against a template (docs/spec/template-format.md "Answers"): either the value, or
 * an {@link AnswerValidationException} naming every problem, with paths relative to what was read (e.g.
 * {@code $.options[1]}). An answer is {@code { "option": k }}, {@code { "options": [k, …] }}, {@code { "number": x }}
 * or {@code { "text": s }}, each with an optional {@code "note"}, or {@code { "note": s }} alone. Stateless.
 */
public final class AnswerReader {

    static final int MAX_TEXT = 10_000;

    private static final List<String> VALUES = List.of("option", "options", "number", "text");

    private AnswerReader() {}

    /**
     * The answer to one question.
     *
     * @throws AnswerValidationException when the question is unknown or the answer does not fit it
     */
    public static Answer read(Template template, String questionKey, JsonNode answer) {
        Problems problems = new Problems();
        Answer read = read(template.scale(), question(template, questionKey), questionKey, answer, "$", problems);
        return orThrow(read, problems);
    }

    /** The answer to one question, from JSON text; see {@link #read(Template, String, JsonNode)}. */
    public static Answer read(Template template, String questionKey, String answerJson) {
        Problems problems = new Problems();
        JsonNode tree = Documents.json(answerJson.getBytes(StandardCharsets.UTF_8), problems);
        Answer read = tree == null
                ? null
                : read(template.scale(), question(template, questionKey), questionKey, tree, "$", problems);
        return orThrow(read, problems);
    }

    /**
     * Answers by question key, {@code { questionKey: answer, … }}, in document order of the object; problem paths are
     * like {@code $['has-dir'].option}.
     *
     * @throws AnswerValidationException naming every answer that does not fit
     */
    public static Map<String, Answer> readAll(Template template, JsonNode answers) {
        Problems problems = new Problems();
        Fields f = Fields.of(answers, "$", problems);
        Map<String, Question> questions = questions(template);
        Map<String, Answer> read = new LinkedHashMap<>();
        for (String key : f.names()) {
            Answer answer = read(template.scale(), questions.get(key), key, f.present(key), f.path(key), problems);
            if (answer != null) {
                read.put(key, answer);
            }
        }
        return orThrow(read, problems);
    }

    /**
     * Target overrides, {@code { capabilityKey: levelKey, … }}.
     *
     * @throws AnswerValidationException naming every unknown capability or level
     */
    public static Map<String, String> readTargets(Template template, JsonNode targets) {
        Problems problems = new Problems();
        Fields f = Fields.of(targets, "$", problems);
        Set<String> capabilities = template.areas().stream()
                .flatMap(area -> area.capabilities().stream())
                .map(Capability::key)
                .collect(Collectors.toSet());
        Set<String> levels = template.scale().levels().stream().map(Level::key).collect(Collectors.toSet());
        Map<String, String> read = new LinkedHashMap<>();
        for (String capability : f.names()) {
            String path = f.path(capability);
            if (!capabilities.contains(capability)) {
                problems.add(path, "unknown capability '" + Fields.abbreviate(capability) + "'");
            }
            String level = Fields.reference(f.present(capability), path, levels, "level", problems);
            if (level != null) {
                read.put(capability, level);
            }
        }
        return orThrow(read, problems);
    }

    /** Checks target overrides given as a map; see {@link #readTargets(Template, JsonNode)}. */
    public static Map<String, String> readTargets(Template template, Map<String, String> targets) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        targets.forEach(node::put);
        return readTargets(template, node);
    }

    /**
     * Changes of target overrides, {@code { capabilityKey: levelKey | null, … }}: a level key sets the capability's
     * override, {@code null} removes it (the template's target applies again). Problem paths are the capability's,
     * e.g. {@code $.directory} or {@code $['single-sign-on']}; each message says what would fit.
     *
     * @return the changes, in the order given; a removal as a {@code null} value
     * @throws AnswerValidationException naming every unknown capability or level
     */
    public static Map<String, @Nullable String> readTargetChanges(
            Template template, Map<String, @Nullable String> changes) {
        Problems problems = new Problems();
        Set<String> capabilities = template.areas().stream()
                .flatMap(area -> area.capabilities().stream())
                .map(Capability::key)
                .collect(Collectors.toSet());
        List<String> levels = template.scale().levels().stream().map(Level::key).toList();
        Map<String, @Nullable String> read = new LinkedHashMap<>();
        changes.forEach((capability, level) -> {
            String path = Problems.member("$", capability);
            if (!capabilities.contains(capability)) {
                problems.add(
                        path,
                        "unknown capability '" + Fields.abbreviate(capability)
                                + "': name a capability of this interview's template by its key");
            }
            if (level != null && !levels.contains(level)) {
                problems.add(
                        path,
                        "unknown level '" + Fields.abbreviate(level) + "': give one of " + String.join(", ", levels)
                                + ", or null for the template's own target");
            }
            read.put(capability, level);
        });
        if (!problems.isEmpty()) {
            throw new AnswerValidationException(problems.list());
        }
        return read;
    }

    /** The JSON form of an answer, as {@link #read(Template, String, JsonNode)} reads it back. */
    public static ObjectNode toJson(Answer answer) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        switch (answer) {
            case Answer.Choice choice -> node.put("option", choice.option());
            case Answer.Choices choices -> choices.options().forEach(node.putArray("options")::add);
            case Answer.Number number -> {
                if (number.number() == Math.rint(number.number()) && Math.abs(number.number()) < 1e15) {
                    node.put("number", (long) number.number());
                } else {
                    node.put("number", number.number());
                }
            }
            case Answer.Text text -> node.put("text", text.text());
            case Answer.NoteOnly noteOnly -> {}
        }
        if (answer.note() != null) {
            node.put("note", answer.note());
        }
        return node;
    }

    /** The first question with this key, as {@link #questions} keeps it; read per answer, so without building a map. */
    private static @Nullable Question question(Template template, String key) {
        return template.questionnaire()
                .questions()
                .filter(question -> question.key().equals(key))
                .findFirst()
                .orElse(null);
    }

    private static Map<String, Question> questions(Template template) {
        return template.questionnaire()
                .questions()
                .collect(Collectors.toMap(Question::key, Function.identity(), (a, b) -> a));
    }

    private static <T> T orThrow(@Nullable T value, Problems problems) {
        if (value == null || !problems.isEmpty()) {
            throw new AnswerValidationException(problems.list());
        }
        return value;
    }

    private static @Nullable Answer read(
            Scale scale, @Nullable Question question, String key, JsonNode node, String path, Problems problems) {
        if (question == null) {
            problems.add(path, "unknown question '" + Fields.abbreviate(key) + "'");
            return null;
        }
        Fields f = Fields.of(node, path, problems);
        if (!f.isObject()) {
            return null;
        }
        int before = problems.size();
        List<String> given = VALUES.stream().filter(f::has).toList();
        String note = f.optionalString("note", 0, MAX_TEXT);
        Answer answer = null;
        if (given.size() > 1) {
            problems.add(
                    path, "an answer has one of option, options, number or text, not " + String.join(" and ", given));
            given.forEach(name -> f.get(name, false));
        } else if (given.isEmpty()) {
            if (f.has("note")) {
                answer = new Answer.NoteOnly(note == null ? "" : note);
            } else {
                problems.add(
                        path,
                        "an answer needs option, options, number or text, or a note alone (an answer is removed by "
                                + "deleting it)");
            }
        } else {
            answer = value(scale, question, f, given.getFirst(), note);
        }
        f.done();
        return problems.size() == before ? answer : null;
    }

    private static @Nullable Answer value(
            Scale scale, Question question, Fields f, String given, @Nullable String note) {
        String expected = switch (question.type()) {
            case YES_NO, SINGLE, SCALE -> "option";
            case MULTI -> "options";
            case NUMBER -> "number";
            case TEXT -> "text";
        };
        JsonNode value = f.present(given);
        String path = f.path(given);
        Problems problems = f.problems();
        if (!given.equals(expected)) {
            problems.add(
                    path,
                    "question '" + question.key() + "' is a " + question.type().json() + " question: answer with \""
                            + expected + "\"");
            return null;
        }
        Set<String> options =
                question.effectiveOptions(scale).stream().map(Option::key).collect(Collectors.toSet());
        return switch (expected) {
            case "option" -> {
                String option = Fields.string(value, path, 1, MAX_TEXT, problems);
                knownOption(question, options, option, path, problems);
                yield option == null ? null : new Answer.Choice(option, note);
            }
            case "options" -> {
                Set<String> chosen = new HashSet<>();
                List<String> list = Fields.array(
                        value,
                        path,
                        (element, p) -> {
                            String option = Fields.string(element, p, 1, MAX_TEXT, problems);
                            knownOption(question, options, option, p, problems);
                            if (option != null && !chosen.add(option)) {
                                problems.add(p, "option '" + Fields.abbreviate(option) + "' is chosen twice");
                            }
                            return option;
                        },
                        problems);
                yield list == null ? null : new Answer.Choices(list, note);
            }
            case "number" -> {
                Double number = Fields.number(value, path, problems);
                if (number != null && question.minValue() != null && number < question.minValue()) {
                    problems.add(path, "must be at least " + Fields.format(question.minValue()));
                } else if (number != null && question.maxValue() != null && number > question.maxValue()) {
                    problems.add(path, "must be at most " + Fields.format(question.maxValue()));
                }
                yield number == null ? null : new Answer.Number(number, note);
            }
            default -> {
                String text = Fields.string(value, path, 1, MAX_TEXT, problems);
                yield text == null ? null : new Answer.Text(text, note);
            }
        };
    }

    private static void knownOption(
            Question question, Set<String> options, @Nullable String option, String path, Problems problems) {
        if (option != null && !options.contains(option)) {
            problems.add(path, "question '" + question.key() + "' has no option '" + Fields.abbreviate(option) + "'");
        }
    }
}
