package io.stackup.core.template;

import java.util.List;

/** An answer (or a target override) does not fit its template; {@link #problems()} says why, never empty. */
public final class AnswerValidationException extends RuntimeException {

    private final List<Problem> problems;

    public AnswerValidationException(List<Problem> problems) {
        super(Problem.summary("answer", problems));
        this.problems = List.copyOf(problems);
    }

    /** Every problem, in the order found; never empty. */
    public List<Problem> problems() {
        return problems;
    }
}
