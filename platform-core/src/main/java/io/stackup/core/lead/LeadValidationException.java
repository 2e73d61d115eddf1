package io.stackup.core.lead;

import io.stackup.core.template.Problem;
import io.stackup.core.template.ProblemsException;
import java.util.List;

/**
 * A request on leads does not fit: a missing reason (a lost lead, an overridden disqualification, a reassignment), a
 * note too long, an expert who is none, an area key that is none. {@link #problems()} names each by JSON path
 * ({@code $.note}); nothing was stored.
 */
public final class LeadValidationException extends ProblemsException {

    public LeadValidationException(List<Problem> problems) {
        super(problems.size() + " problem(s): " + problems.getFirst().message(), problems);
    }
}
