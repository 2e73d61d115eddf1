package io.stackup.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

class VerifiedTokensTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    /** The realm's decoder as far as the cache sees it: which tokens it was asked about, and its verdicts. */
    private static final class Realm implements JwtDecoder {
        final List<String> asked = new ArrayList<>();
        final Map<String, Jwt> valid = new HashMap<>();

        @Override
        public Jwt decode(String token) {
            asked.add(token);
            Jwt jwt = valid.get(token);
            if (jwt == null) {
                throw new BadJwtException("invalid signature");
            }
            return jwt;
        }
    }

    private final Realm realm = new Realm();
    private final MutableClock clock = new MutableClock();
    private final VerifiedTokens tokens = new VerifiedTokens(realm, clock);

    @Test
    void a_valid_token_is_verified_once_and_served_until_it_expires() {
        Jwt jwt = jwt("a", NOW.plusSeconds(300));
        realm.valid.put("a", jwt);

        assertThat(tokens.decode("a")).isSameAs(jwt);
        clock.advance(Duration.ofSeconds(299));
        assertThat(tokens.decode("a")).isSameAs(jwt);
        assertThat(realm.asked).containsExactly("a");

        clock.advance(Duration.ofSeconds(1));
        realm.valid.remove("a"); // the realm now refuses it (expired)
        assertThatThrownBy(() -> tokens.decode("a")).isInstanceOf(BadJwtException.class);
        assertThat(realm.asked).containsExactly("a", "a");
        assertThat(tokens.size()).isZero();
    }

    @Test
    void a_refused_token_is_asked_about_every_time() {
        assertThatThrownBy(() -> tokens.decode("forged")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> tokens.decode("forged")).isInstanceOf(BadJwtException.class);
        assertThat(realm.asked).containsExactly("forged", "forged");
        assertThat(tokens.size()).isZero();
    }

    @Test
    void only_the_exact_text_is_served_from_the_cache() {
        realm.valid.put("a", jwt("a", NOW.plusSeconds(300)));
        tokens.decode("a");

        assertThatThrownBy(() -> tokens.decode("a ")).isInstanceOf(BadJwtException.class);
        assertThat(realm.asked).containsExactly("a", "a ");
    }

    @Test
    void a_token_without_expiry_or_not_valid_yet_is_never_kept() {
        realm.valid.put("forever", jwt("forever", null));
        realm.valid.put(
                "later",
                Jwt.withTokenValue("later")
                        .header("alg", "RS256")
                        .subject("u")
                        .notBefore(NOW.plusSeconds(30))
                        .expiresAt(NOW.plusSeconds(300))
                        .build());

        tokens.decode("forever");
        tokens.decode("forever");
        tokens.decode("later");
        tokens.decode("later");

        assertThat(realm.asked).containsExactly("forever", "forever", "later", "later");
        assertThat(tokens.size()).isZero();
    }

    @Test
    void it_keeps_at_most_its_bound_dropping_expired_tokens_first() {
        for (int i = 0; i < VerifiedTokens.MAX_TOKENS; i++) {
            String token = "t" + i;
            realm.valid.put(token, jwt(token, NOW.plusSeconds(i < 10 ? 5 : 300)));
            tokens.decode(token);
        }
        assertThat(tokens.size()).isEqualTo(VerifiedTokens.MAX_TOKENS);

        clock.advance(Duration.ofSeconds(10));
        realm.valid.put("new", jwt("new", NOW.plusSeconds(300)));
        tokens.decode("new");

        assertThat(tokens.size()).isEqualTo(VerifiedTokens.MAX_TOKENS - 10 + 1);
        int asked = realm.asked.size();
        tokens.decode("t500");
        assertThat(realm.asked).hasSize(asked);
    }

    private static Jwt jwt(String value, Instant expires) {
        Jwt.Builder builder =
                Jwt.withTokenValue(value).header("alg", "RS256").subject("u").issuedAt(NOW);
        if (expires != null) {
            builder.expiresAt(expires);
        }
        return builder.build();
    }

    private static final class MutableClock extends Clock {
        private Instant now = NOW;

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
