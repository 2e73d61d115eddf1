package io.stackup.core.settings;

import io.stackup.core.template.Problem;
import io.stackup.core.template.ProblemsException;
import java.util.List;

/**
 * Settings that do not fit, each problem at its field ({@code $.accentColour}, {@code $.logo}, …); nothing was
 * stored.
 */
public final class SettingsValidationException extends ProblemsException {

    public SettingsValidationException(List<Problem> problems) {
        super(
                problems.size() + " problem(s): " + problems.getFirst().path() + " "
                        + problems.getFirst().message(),
                problems);
    }

    static SettingsValidationException of(String field, String message) {
        return new SettingsValidationException(List.of(new Problem("$." + field, message)));
    }
}
