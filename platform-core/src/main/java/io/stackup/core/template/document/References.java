package io.stackup.core.template.document;

import io.stackup.core.template.QuestionType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * What one document declares, gathered while it is read, so that references between its parts can be checked: the
 * scale's level keys, the area and capability keys, every question key of the document, and what is known of the
 * questions read so far (a {@code showIf} may name earlier questions only). Shared by {@link TemplateParser},
 * {@link QuestionnaireParser} and {@link Conditions}; its problems go to the document's {@link Problems}.
 */
final class References {

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

    References(Problems problems) {
        this.problems = problems;
    }

    // ---- levels

    /** Whether the scale's list of levels could be read; only then are level references checked against it. */
    void levelsReadable(boolean readable) {
        levelsReadable = readable;
    }

    boolean levelsReadable() {
        return levelsReadable;
    }

    void addLevel(String key) {
        levels.add(key);
    }

    /** The level keys read, in scale order, duplicates and blanks included. */
    List<String> levels() {
        return levels;
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

    void checkLevel(String level, String path) {
        if (levelsReadable && !levels.contains(level)) {
            problems.add(path, "unknown level '" + Fields.abbreviate(level) + "'");
        }
    }

    void notFirstLevel(@Nullable String level, String path) {
        if (level != null && !levels.isEmpty() && levels.getFirst().equals(level)) {
            problems.add(path, "must not be the first level");
        }
    }

    // ---- catalog

    void declareArea(String key, String path) {
        unique(areas, key, path, "area key");
    }

    void declareCapability(String key, String path) {
        unique(capabilities, key, path, "capability key");
    }

    Set<String> areaKeys() {
        return areas.keySet();
    }

    Set<String> capabilityKeys() {
        return capabilities.keySet();
    }

    // ---- questions

    /** A key found anywhere in the questionnaire, before it is read. */
    void addQuestionKey(String key) {
        allQuestionKeys.add(key);
    }

    boolean questionExists(String key) {
        return allQuestionKeys.contains(key);
    }

    /** Records the question's key; {@code false}, with a problem, when an earlier question has it. */
    boolean declareQuestion(String key, String path) {
        return unique(questionPaths, key, path, "question key");
    }

    /** Makes a question read known to the conditions that follow it. */
    void questionRead(String key, QuestionInfo question) {
        questions.put(key, question);
    }

    /** A question read so far (earlier in document order), or {@code null}. */
    @Nullable
    QuestionInfo question(String key) {
        return questions.get(key);
    }

    /** Records the first path of each key; a problem, and {@code false}, when the key was seen before. */
    boolean unique(Map<String, String> seen, String key, String path, String what) {
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
}
