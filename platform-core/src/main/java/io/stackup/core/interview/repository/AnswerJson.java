package io.stackup.core.interview.repository;

import io.stackup.core.template.Answer;
import io.stackup.core.template.document.AnswerReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * How an answer is stored: its value ({@code {"option": k}}, {@code {"options": […]}}, {@code {"number": x}},
 * {@code {"text": s}}; {@code null} for a note alone) and its note apart. Answers were checked against their question
 * before they were stored, so reading them back needs no template.
 */
public final class AnswerJson {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private AnswerJson() {}

    /** The stored value of an answer, without its note; {@code null} for a note alone. */
    public static @Nullable String value(Answer answer) {
        if (!answer.isAnswered()) {
            return null;
        }
        ObjectNode json = AnswerReader.toJson(answer);
        json.remove("note");
        return json.toString();
    }

    /** The answer a stored value and note stand for. */
    public static Answer answer(@Nullable String value, @Nullable String note) {
        if (value == null) {
            return new Answer.NoteOnly(note == null ? "" : note);
        }
        JsonNode json = JSON.readTree(value);
        if (json.has("option")) {
            return new Answer.Choice(json.get("option").asString(), note);
        }
        if (json.has("options")) {
            List<String> options = new ArrayList<>();
            json.get("options").forEach(o -> options.add(o.asString()));
            return new Answer.Choices(options, note);
        }
        if (json.has("number")) {
            return new Answer.Number(json.get("number").asDouble(), note);
        }
        return new Answer.Text(json.get("text").asString(), note);
    }

    /** Target overrides as stored, capability key to level key. */
    public static Map<String, String> targets(@Nullable String json) {
        Map<String, String> targets = new LinkedHashMap<>();
        if (json != null) {
            JSON.readTree(json)
                    .properties()
                    .forEach(e -> targets.put(e.getKey(), e.getValue().asString()));
        }
        return targets;
    }

    static String targetsJson(Map<String, String> targets) {
        ObjectNode node = JSON.createObjectNode();
        targets.forEach(node::put);
        return node.toString();
    }
}
