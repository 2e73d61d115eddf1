package io.stackup.core.interview.repository;

import static io.stackup.core.jooq.Tables.INTERVIEW_ANSWER;

import io.stackup.core.template.Answer;
import io.stackup.core.template.document.AnswerReader;
import java.util.ArrayList;
import java.util.List;
import org.jooq.SelectField;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * How an answer is stored: its value ({@code {"option": k}}, {@code {"options": […]}}, {@code {"number": x}},
 * {@code {"text": s}}; {@code null} for a note alone) and its note apart. Answers were checked against their question
 * before they were stored, so reading them back needs no template.
 */
public final class AnswerJson {

    /** The answer of an {@code interview_answer} row, read from its value and note. */
    public static final SelectField<Answer> ANSWER =
            DSL.row(INTERVIEW_ANSWER.VALUE, INTERVIEW_ANSWER.NOTE).mapping(AnswerJson::answer);

    private AnswerJson() {}

    /** The stored value of an answer, without its note; {@code null} for a note alone. */
    static @Nullable JsonNode value(Answer answer) {
        if (!answer.isAnswered()) {
            return null;
        }
        ObjectNode json = AnswerReader.toJson(answer);
        json.remove("note");
        return json;
    }

    /** The answer a stored value and note stand for. */
    static Answer answer(@Nullable JsonNode value, @Nullable String note) {
        if (value == null) {
            return new Answer.NoteOnly(note == null ? "" : note);
        }
        if (value.has("option")) {
            return new Answer.Choice(value.get("option").asString(), note);
        }
        if (value.has("options")) {
            List<String> options = new ArrayList<>();
            value.get("options").forEach(o -> options.add(o.asString()));
            return new Answer.Choices(options, note);
        }
        if (value.has("number")) {
            return new Answer.Number(value.get("number").asDouble(), note);
        }
        return new Answer.Text(value.get("text").asString(), note);
    }
}
