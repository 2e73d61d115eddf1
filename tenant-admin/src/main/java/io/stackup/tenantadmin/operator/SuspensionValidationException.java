package io.stackup.tenantadmin.operator;

import io.stackup.core.template.Problem;
import io.stackup.core.template.ProblemsException;
import java.util.List;

/** A suspension without a usable reason ({@code $.reason}); nothing changed. */
public final class SuspensionValidationException extends ProblemsException {

    SuspensionValidationException(String message) {
        super("$.reason " + message, List.of(new Problem("$.reason", message)));
    }
}
