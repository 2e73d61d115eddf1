package io.stackup.core.interview;

import java.util.List;

/** Completion refused: {@link #missing()} lists the visible required questions still unanswered, never empty. */
public final class InterviewIncompleteException extends RuntimeException {

    private final List<String> missing;

    public InterviewIncompleteException(List<String> missing) {
        super(missing.size() + " required question(s) are still unanswered: " + String.join(", ", missing));
        this.missing = List.copyOf(missing);
    }

    /** Question keys in document order. */
    public List<String> missing() {
        return missing;
    }
}
