package io.stackup.core.assessment;

import io.stackup.core.template.Problem;
import io.stackup.core.template.ProblemsException;
import java.util.List;

/** What was given does not fit; {@link #problems()} names each by JSON path. Nothing was stored. */
public final class PublicLinkValidationException extends ProblemsException {

    public PublicLinkValidationException(List<Problem> problems) {
        super(problems.size() + " problem(s): " + problems.getFirst().message(), problems);
    }
}
