package io.stackup.tenantadmin.signup;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The format of a tenant's short name (its slug, also the Keycloak organization's alias and a future subdomain): 3 to
 * 63 lower-case letters, digits and hyphens, starting with a letter or digit; and the names kept for the platform
 * itself.
 */
public final class SlugRules {

    public static final Pattern FORMAT = Pattern.compile("^[a-z0-9][a-z0-9-]{2,62}$");

    /** Names that could pass for the platform, its hosts or its pages. */
    public static final Set<String> RESERVED = Set.of(
            "admin",
            "administrator",
            "api",
            "www",
            "app",
            "apps",
            "auth",
            "login",
            "logout",
            "signin",
            "signup",
            "sign-up",
            "register",
            "account",
            "accounts",
            "stackup",
            "support",
            "help",
            "static",
            "assets",
            "cdn",
            "mail",
            "email",
            "smtp",
            "imap",
            "pop",
            "ftp",
            "root",
            "system",
            "operator",
            "operators",
            "status",
            "docs",
            "billing",
            "security",
            "public",
            "keycloak",
            "realm",
            "realms",
            "oauth",
            "oauth2",
            "sso",
            "id",
            "dev",
            "test",
            "staging",
            "internal",
            "null",
            "undefined");

    private SlugRules() {}

    /** What is wrong with the slug's form, if anything (not whether it is taken). */
    public static Optional<FieldProblem> check(String slug) {
        if (slug.isBlank()) {
            return problem("required", "Enter a short name.");
        }
        if (slug.length() < 3) {
            return problem("too-short", "A short name has at least 3 characters.");
        }
        if (slug.length() > 63) {
            return problem("too-long", "A short name has at most 63 characters.");
        }
        if (!FORMAT.matcher(slug).matches()) {
            return problem(
                    "format", "Use lower-case letters, digits and hyphens only, starting with a letter or a digit.");
        }
        if (RESERVED.contains(slug)) {
            return problem("reserved", "This short name is reserved. Choose another.");
        }
        return Optional.empty();
    }

    static FieldProblem taken() {
        return new FieldProblem(SignupRequest.SLUG, "taken", "This short name is taken. Choose another.");
    }

    private static Optional<FieldProblem> problem(String code, String message) {
        return Optional.of(new FieldProblem(SignupRequest.SLUG, code, message));
    }
}
