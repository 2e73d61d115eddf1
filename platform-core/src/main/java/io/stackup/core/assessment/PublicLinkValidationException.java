package io.stackup.core.assessment;

import io.stackup.core.template.Problem;
import java.util.List;

/** What was given does not fit; {@link #problems()} names each by JSON path. Nothing was stored. */
public final class PublicLinkValidationException extends RuntimeException {

    private final List<Problem> problems;

    public PublicLinkValidationException(List<Problem> problems) {
        super(problems.size() + " problem(s): " + problems.getFirst().message());
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
