package io.stackup.core.membership;

import io.stackup.core.template.Problem;
import io.stackup.core.template.ProblemsException;
import java.util.List;

/**
 * A member change that does not fit: an e-mail address that is none or too long, a name too long, no role or an
 * unknown one, areas for someone who is no expert. {@link #problems()} names each field by JSON path ({@code $.email},
 * {@code $.roles}); nothing was changed.
 */
public final class MemberValidationException extends ProblemsException {

    public MemberValidationException(List<Problem> problems) {
        super(
                problems.size() + " problem(s): " + problems.getFirst().path() + " "
                        + problems.getFirst().message(),
                problems);
    }
}
