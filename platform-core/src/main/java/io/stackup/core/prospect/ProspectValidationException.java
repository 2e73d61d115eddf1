package io.stackup.core.prospect;

import io.stackup.core.template.Problem;
import io.stackup.core.template.ProblemsException;
import java.util.List;

/** A prospect's fields do not fit; {@link #problems()} names each, never empty. Nothing was stored. */
public final class ProspectValidationException extends ProblemsException {

    public ProspectValidationException(List<Problem> problems) {
        super(
                problems.size() + " problem(s) with the prospect: "
                        + problems.getFirst().message(),
                problems);
    }
}
