package io.stackup.core.interview;

import io.stackup.core.template.Problem;
import io.stackup.core.template.ProblemsException;
import java.util.List;

/**
 * A request to assign or reassign does not fit: an unknown or draft template, an unknown prospect, an interviewer who
 * is not one, an unknown target. {@link #problems()} names each by JSON path ({@code $.interviewer}); nothing was
 * stored.
 */
public final class InterviewValidationException extends ProblemsException {

    public InterviewValidationException(List<Problem> problems) {
        super(problems.size() + " problem(s): " + problems.getFirst().message(), problems);
    }
}
