package io.stackup.core.assessment;

import io.stackup.core.template.Problem;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Who answers a public self-assessment.
 *
 * @param name 1..{@value #MAX_NAME} characters
 * @param company 1..{@value #MAX_NAME} characters; the prospect's name
 * @param email an e-mail address, up to {@value #MAX_EMAIL} characters
 * @param consent must be {@code true}: the respondent agrees to the privacy notice
 */
public record Respondent(
        @Nullable String name,
        @Nullable String company,
        @Nullable String email,
        boolean consent) {

    public static final int MAX_NAME = 200;
    public static final int MAX_EMAIL = 320;

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    /** This respondent stripped, adding a problem at {@code $.respondent.<field>} for each field that does not fit. */
    Respondent checked(List<Problem> problems) {
        String n = text(name, "name", MAX_NAME, "give your name", problems);
        String c = text(company, "company", MAX_NAME, "give your company's name", problems);
        String e = text(email, "email", MAX_EMAIL, "give your e-mail address", problems);
        if (e != null && e.length() <= MAX_EMAIL && !EMAIL.matcher(e).matches()) {
            problems.add(new Problem("$.respondent.email", "this is not an e-mail address"));
        }
        if (!consent) {
            problems.add(new Problem("$.respondent.consent", "agree to the privacy notice to send your answers"));
        }
        return new Respondent(n, c, e, consent);
    }

    private static @Nullable String text(
            @Nullable String value, String field, int max, String missing, List<Problem> problems) {
        String stripped = value == null ? "" : value.strip();
        if (stripped.isEmpty()) {
            problems.add(new Problem("$.respondent." + field, missing));
            return null;
        }
        if (stripped.length() > max) {
            problems.add(
                    new Problem("$.respondent." + field, "at most " + max + " characters, not " + stripped.length()));
        }
        return stripped;
    }
}
