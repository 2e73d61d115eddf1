package io.stackup.core.assessment;

import io.stackup.core.template.Problem;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What an admin sets on a public link.
 *
 * @param expiresAt {@code null}: never expires
 * @param welcome up to {@value #MAX_WELCOME} characters; blank means none
 */
public record PublicLinkSettings(
        boolean enabled,
        @Nullable Instant expiresAt,
        @Nullable String welcome) {

    public static final int MAX_WELCOME = 2_000;

    /** The latest expiry taken: four-digit years, well inside what PostgreSQL's {@code timestamptz} holds. */
    static final Instant LATEST_EXPIRY = Instant.parse("9999-12-31T23:59:59Z");

    /**
     * These settings with the welcome text stripped (blank as {@code null}).
     *
     * @throws PublicLinkValidationException naming each field that does not fit ({@code $.welcome})
     */
    PublicLinkSettings checked() {
        List<Problem> problems = new ArrayList<>();
        String w = welcome == null || welcome.isBlank() ? null : welcome.strip();
        if (w != null && w.length() > MAX_WELCOME) {
            problems.add(new Problem("$.welcome", "at most " + MAX_WELCOME + " characters, not " + w.length()));
        }
        if (expiresAt != null && expiresAt.isAfter(LATEST_EXPIRY)) {
            problems.add(new Problem("$.expiresAt", "must be before the year 10000"));
        }
        if (!problems.isEmpty()) {
            throw new PublicLinkValidationException(problems);
        }
        return new PublicLinkSettings(enabled, expiresAt, w);
    }
}
