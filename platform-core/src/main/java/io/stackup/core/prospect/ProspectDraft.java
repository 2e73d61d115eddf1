package io.stackup.core.prospect;

import io.stackup.core.template.Problem;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a person enters for a prospect. Blank optional texts mean "none"; {@link #checked()} strips and checks them.
 *
 * @param name 1..200 characters
 * @param industry up to 200 characters
 * @param employees 0 or more
 * @param contactName up to 200 characters
 * @param contactEmail an e-mail address, up to 320 characters
 * @param notes up to 10,000 characters
 */
public record ProspectDraft(
        String name,
        @Nullable String industry,
        @Nullable Integer employees,
        @Nullable String contactName,
        @Nullable String contactEmail,
        @Nullable String notes) {

    static final int MAX_NAME = 200;
    static final int MAX_EMAIL = 320;
    static final int MAX_NOTES = 10_000;

    /**
     * This draft with texts stripped and blanks as {@code null}.
     *
     * @throws ProspectValidationException naming every field that does not fit, by JSON path ({@code $.name})
     */
    public ProspectDraft checked() {
        List<Problem> problems = new ArrayList<>();
        String n = text(name, "name", MAX_NAME, problems);
        if (n == null) {
            problems.add(new Problem("$.name", "a prospect needs a name"));
        }
        String i = text(industry, "industry", MAX_NAME, problems);
        String c = text(contactName, "contactName", MAX_NAME, problems);
        String e = text(contactEmail, "contactEmail", MAX_EMAIL, problems);
        if (e != null && !e.matches("[^@\\s]+@[^@\\s]+")) {
            problems.add(new Problem("$.contactEmail", "'" + e + "' is not an e-mail address"));
        }
        String o = text(notes, "notes", MAX_NOTES, problems);
        if (employees != null && employees < 0) {
            problems.add(new Problem("$.employees", "must be 0 or more"));
        }
        if (!problems.isEmpty()) {
            throw new ProspectValidationException(problems);
        }
        return new ProspectDraft(n == null ? "" : n, i, employees, c, e, o);
    }

    private static @Nullable String text(@Nullable String value, String field, int max, List<Problem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            problems.add(new Problem("$." + field, "at most " + max + " characters, not " + stripped.length()));
        }
        return stripped;
    }
}
