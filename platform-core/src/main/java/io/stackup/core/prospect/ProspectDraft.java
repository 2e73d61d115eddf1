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
 * @param employees 0..100,000,000 (the column's range)
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
    static final int MAX_EMPLOYEES = 100_000_000;

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
        singleLine("name", n, problems);
        singleLine("industry", i, problems);
        singleLine("contactName", c, problems);
        singleLine("contactEmail", e, problems);
        if (e != null && !e.matches("[^@\\s]+@[^@\\s]+")) {
            problems.add(new Problem("$.contactEmail", "'" + e + "' is not an e-mail address"));
        }
        String o = text(notes, "notes", MAX_NOTES, problems);
        if (o != null && o.chars().anyMatch(ch -> ch < 0x20 && ch != '\t' && ch != '\n' && ch != '\r')) {
            problems.add(new Problem("$.notes", "must not contain control characters other than tab and line breaks"));
        }
        if (employees != null && (employees < 0 || employees > MAX_EMPLOYEES)) {
            problems.add(new Problem("$.employees", "must be between 0 and 100,000,000"));
        }
        if (!problems.isEmpty()) {
            throw new ProspectValidationException(problems);
        }
        return new ProspectDraft(n == null ? "" : n, i, employees, c, e, o);
    }

    /** A one-line field holds no control character (PostgreSQL refuses a NUL), nor a line break. */
    private static void singleLine(String field, @Nullable String value, List<Problem> problems) {
        if (value != null && value.chars().anyMatch(Character::isISOControl)) {
            problems.add(new Problem("$." + field, "must not contain control characters or line breaks"));
        }
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
