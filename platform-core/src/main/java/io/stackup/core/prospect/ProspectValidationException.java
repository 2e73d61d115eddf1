package io.stackup.core.prospect;

import io.stackup.core.template.Problem;
import java.util.List;

/** A prospect's fields do not fit; {@link #problems()} names each, never empty. Nothing was stored. */
public final class ProspectValidationException extends RuntimeException {

    private final List<Problem> problems;

    public ProspectValidationException(List<Problem> problems) {
        super(problems.size() + " problem(s) with the prospect: "
                + problems.getFirst().message());
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
