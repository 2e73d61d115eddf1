package io.stackup.core.template;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An answer to one question, with an optional note. {@link NoteOnly} records a note and leaves the question unanswered.
 */
public sealed interface Answer {

    @Nullable
    String note();

    /** Whether this counts as an answer (a note alone does not). */
    default boolean isAnswered() {
        return !(this instanceof NoteOnly);
    }

    /** {@code yes_no}, {@code single}, {@code scale}. */
    record Choice(String option, @Nullable String note) implements Answer {}

    /** {@code multi}; an empty list is a real answer: "none of these". */
    record Choices(List<String> options, @Nullable String note) implements Answer {
        public Choices {
            options = List.copyOf(options);
        }
    }

    record Number(double number, @Nullable String note) implements Answer {}

    record Text(String text, @Nullable String note) implements Answer {}

    record NoteOnly(String note) implements Answer {}
}
