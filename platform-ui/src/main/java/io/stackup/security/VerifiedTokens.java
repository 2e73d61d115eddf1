package io.stackup.security;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Decodes an API access token once for its lifetime: the first use goes through the realm's decoder (signature,
 * issuer, audience, expiry), and the verified token is then kept, by its exact text, until it expires. An interviewer's
 * client sends the same token with every answer, and verifying its RSA signature and parsing its JSON again each time
 * was a tenth of the app's CPU time per answer (bench/README.md, "An answer against pgbench").
 *
 * <p>What is kept is only what the delegate accepted, so a forged or altered token (different text) is never served
 * from here, and nothing is kept for a token that fails. A kept token is served strictly before its {@code exp}
 * (without the decoder's clock skew allowance, which the delegate applies on its own); afterwards the delegate
 * decides again. Nothing else about a token changes while it is valid: whether its holder may still act is read per
 * request from the member row ({@link ApiTenantFilter}). At most {@value #MAX_TOKENS} tokens are kept; past that the
 * expired ones are dropped, and if that is not enough, all of them.
 */
final class VerifiedTokens implements JwtDecoder {

    static final int MAX_TOKENS = 5_000;

    private final JwtDecoder delegate;
    private final Clock clock;
    private final Map<String, Jwt> verified = new ConcurrentHashMap<>();

    VerifiedTokens(JwtDecoder delegate, Clock clock) {
        this.delegate = delegate;
        this.clock = clock;
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Instant now = clock.instant();
        Jwt kept = verified.get(token);
        if (kept != null) {
            if (usable(kept, now)) {
                return kept;
            }
            verified.remove(token, kept);
        }
        Jwt jwt = delegate.decode(token);
        if (usable(jwt, now)) {
            if (verified.size() >= MAX_TOKENS) {
                makeRoom(now);
            }
            verified.put(token, jwt);
        }
        return jwt;
    }

    int size() {
        return verified.size();
    }

    /** A token without an expiry is never kept: it is decided afresh every time. */
    private static boolean usable(Jwt jwt, Instant now) {
        Instant expires = jwt.getExpiresAt();
        Instant notBefore = jwt.getNotBefore();
        return expires != null && now.isBefore(expires) && (notBefore == null || !now.isBefore(notBefore));
    }

    private void makeRoom(Instant now) {
        verified.values().removeIf(jwt -> !usable(jwt, now));
        if (verified.size() >= MAX_TOKENS) {
            verified.clear();
        }
    }
}
