package io.stackup.tenantadmin.signup;

import static io.stackup.tenantadmin.signup.SignupRequest.COMPANY_NAME;
import static io.stackup.tenantadmin.signup.SignupRequest.COMPANY_NAME_MAX;
import static io.stackup.tenantadmin.signup.SignupRequest.EMAIL;
import static io.stackup.tenantadmin.signup.SignupRequest.EMAIL_MAX;
import static io.stackup.tenantadmin.signup.SignupRequest.FIRST_NAME;
import static io.stackup.tenantadmin.signup.SignupRequest.LAST_NAME;
import static io.stackup.tenantadmin.signup.SignupRequest.NAME_MAX;
import static io.stackup.tenantadmin.signup.SignupRequest.PASSWORD;
import static io.stackup.tenantadmin.signup.SignupRequest.PASSWORD_CONFIRMATION;
import static io.stackup.tenantadmin.signup.SignupRequest.PASSWORD_MAX;
import static io.stackup.tenantadmin.signup.SignupRequest.PASSWORD_MIN;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The checks of a sign-up's fields, before anything is counted or created. The password rules are the realm's policy
 * ({@code length(12) and notUsername and notEmail}), checked here too so that the form names the problem at once;
 * Keycloak enforces them again.
 */
final class SignupChecks {

    private static final Pattern EMAIL_FORMAT = Pattern.compile("^[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+$");

    private SignupChecks() {}

    /** The request with its text trimmed and the e-mail address and slug in lower case. */
    static SignupRequest normalized(SignupRequest request) {
        return new SignupRequest(
                strip(request.companyName()),
                strip(request.slug()).toLowerCase(Locale.ROOT),
                strip(request.firstName()),
                strip(request.lastName()),
                strip(request.email()).toLowerCase(Locale.ROOT),
                request.password() == null ? "" : request.password(),
                request.passwordConfirmation() == null ? "" : request.passwordConfirmation());
    }

    /** Every problem of a normalized request; empty when it may be tried. */
    static List<FieldProblem> problems(SignupRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        text(problems, COMPANY_NAME, request.companyName(), COMPANY_NAME_MAX, "Enter your company's name.");
        SlugRules.check(request.slug()).ifPresent(problems::add);
        text(problems, FIRST_NAME, request.firstName(), NAME_MAX, "Enter your first name.");
        text(problems, LAST_NAME, request.lastName(), NAME_MAX, "Enter your last name.");
        String email = request.email();
        if (email.isEmpty()) {
            problems.add(new FieldProblem(EMAIL, "required", "Enter your e-mail address."));
        } else if (email.length() > EMAIL_MAX) {
            problems.add(
                    new FieldProblem(EMAIL, "too-long", "An e-mail address has at most " + EMAIL_MAX + " characters."));
        } else if (!EMAIL_FORMAT.matcher(email).matches()) {
            problems.add(new FieldProblem(EMAIL, "format", "Enter an e-mail address such as name@example.com."));
        }
        String password = request.password();
        if (password.isEmpty()) {
            problems.add(new FieldProblem(PASSWORD, "required", "Choose a password."));
        } else if (password.length() < PASSWORD_MIN) {
            problems.add(new FieldProblem(
                    PASSWORD, "too-short", "A password has at least " + PASSWORD_MIN + " characters."));
        } else if (password.length() > PASSWORD_MAX) {
            problems.add(
                    new FieldProblem(PASSWORD, "too-long", "A password has at most " + PASSWORD_MAX + " characters."));
        } else if (!email.isEmpty() && sameAsEmail(password, email)) {
            problems.add(new FieldProblem(
                    PASSWORD, "same-as-email", "The password must not be your e-mail address or your username."));
        }
        if (!password.equals(request.passwordConfirmation())) {
            problems.add(new FieldProblem(PASSWORD_CONFIRMATION, "mismatch", "The two passwords differ."));
        }
        return problems;
    }

    private static boolean sameAsEmail(String password, String email) {
        String lower = password.toLowerCase(Locale.ROOT);
        int at = email.indexOf('@');
        return lower.equals(email) || (at > 0 && lower.equals(email.substring(0, at)));
    }

    private static void text(List<FieldProblem> problems, String field, String value, int max, String required) {
        if (value.isEmpty()) {
            problems.add(new FieldProblem(field, "required", required));
        } else if (value.length() > max) {
            problems.add(new FieldProblem(field, "too-long", "At most " + max + " characters."));
        } else if (value.chars().anyMatch(Character::isISOControl)) {
            problems.add(new FieldProblem(field, "format", "Use letters, digits and punctuation only."));
        }
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }
}
