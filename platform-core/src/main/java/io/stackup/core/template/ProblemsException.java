package io.stackup.core.template;

import java.util.List;

/**
 * A request refused for one or more {@link Problem}s, each named by its path; nothing was stored. Every feature's
 * validation exception extends it, so an edge (the HTTP API) can answer them all in one place; which kind it is (and
 * so the status it answers) is the subclass.
 */
public abstract class ProblemsException extends RuntimeException {

    private final List<Problem> problems;

    protected ProblemsException(String message, List<Problem> problems) {
        super(message);
        this.problems = List.copyOf(problems);
    }

    /** Every problem, in the order found; never empty. */
    public final List<Problem> problems() {
        return problems;
    }
}
