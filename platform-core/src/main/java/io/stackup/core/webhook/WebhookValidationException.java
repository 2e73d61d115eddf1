package io.stackup.core.webhook;

import io.stackup.core.template.Problem;
import io.stackup.core.template.ProblemsException;
import java.util.List;

/** An endpoint does not fit: a URL that is none, not http(s), or reaches a refused address; no events. */
public final class WebhookValidationException extends ProblemsException {

    public WebhookValidationException(List<Problem> problems) {
        super(problems.size() + " problem(s): " + problems.getFirst().message(), problems);
    }
}
