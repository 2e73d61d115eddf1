package io.stackup.api;

import io.stackup.core.template.Problem;
import io.stackup.core.template.ProblemsException;
import java.util.List;

/** A request body or parameter of the wrong form; {@link #problems()} names each. Answered with 400. */
public final class BadRequestException extends ProblemsException {

    public BadRequestException(List<Problem> problems) {
        super(problems.size() + " problem(s) in the request; fix each one at its path.", problems);
    }
}
