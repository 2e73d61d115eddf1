package io.stackup.core.report;

import io.stackup.core.template.Problem;
import io.stackup.core.template.ProblemsException;
import java.util.List;

/** Two interviews that cannot be compared: the same one twice, or of different prospects. Nothing was read further. */
public final class ComparisonException extends ProblemsException {

    public ComparisonException(Problem problem) {
        super(problem.message(), List.of(problem));
    }
}
