package io.stackup.core.template;

import java.util.List;

/** An answer (or a target override) does not fit its template; {@link #problems()} says why, never empty. */
public final class AnswerValidationException extends ProblemsException {

    public AnswerValidationException(List<Problem> problems) {
        super(Problem.summary("answer", problems), problems);
    }
}
