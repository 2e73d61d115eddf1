package io.stackup.core.template.scoring;

import io.stackup.core.template.Answer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds an answer map for tests, in the order given. */
final class Answers {

    private final Map<String, Answer> map = new LinkedHashMap<>();

    static Answers answers() {
        return new Answers();
    }

    Answers choice(String question, String option) {
        map.put(question, new Answer.Choice(option, null));
        return this;
    }

    Answers choices(String question, String... options) {
        map.put(question, new Answer.Choices(List.of(options), null));
        return this;
    }

    Answers number(String question, double x) {
        map.put(question, new Answer.Number(x, null));
        return this;
    }

    Answers text(String question, String text) {
        map.put(question, new Answer.Text(text, null));
        return this;
    }

    Answers note(String question) {
        map.put(question, new Answer.NoteOnly("a note"));
        return this;
    }

    Map<String, Answer> map() {
        return map;
    }
}
