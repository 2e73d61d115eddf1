package io.stackup.core.template;

import java.util.List;

/** A titled group of questions. */
public record Section(String key, String title, List<Question> questions) {

    public Section {
        questions = List.copyOf(questions);
    }
}
