package io.stackup.core.template;

import java.util.List;

/** A template document was refused; {@link #problems()} lists every problem found, never empty. */
public final class TemplateValidationException extends RuntimeException {

    private final List<Problem> problems;

    public TemplateValidationException(List<Problem> problems) {
        super(Problem.summary("template", problems));
        this.problems = List.copyOf(problems);
    }

    /** Every problem, in the order found; never empty. */
    public List<Problem> problems() {
        return problems;
    }
}
