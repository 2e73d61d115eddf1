package io.stackup.tenantadmin.offboarding;

import io.stackup.core.template.Problem;
import io.stackup.core.template.ProblemsException;
import java.util.List;

/** A deletion request whose {@code confirmation} is not the tenant's short name: nothing was requested. */
public final class DeletionConfirmationException extends ProblemsException {

    public static final String FIELD = "confirmation";

    DeletionConfirmationException(String slug) {
        super(
                "Type the tenant's short name to confirm its deletion",
                List.of(new Problem(FIELD, "Type the tenant's short name, " + slug + ", to confirm")));
    }
}
