package io.stackup.tenantadmin.signup;

import java.util.List;

/** A sign-up refused for its fields; nothing was created. Every problem names its field. */
public final class SignupValidationException extends RuntimeException {

    private final List<FieldProblem> problems;

    public SignupValidationException(List<FieldProblem> problems) {
        super(problems.stream()
                .map(p -> p.field() + ": " + p.message())
                .reduce((a, b) -> a + "; " + b)
                .orElse(""));
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
