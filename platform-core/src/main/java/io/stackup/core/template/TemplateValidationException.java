package io.stackup.core.template;

import java.util.List;

/** A template document was refused; {@link #problems()} lists every problem found, never empty. */
public final class TemplateValidationException extends ProblemsException {

    public TemplateValidationException(List<Problem> problems) {
        super(Problem.summary("template", problems), problems);
    }
}
