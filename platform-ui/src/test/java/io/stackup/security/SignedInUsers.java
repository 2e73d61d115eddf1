package io.stackup.security;

import io.stackup.support.Tokens;
import jakarta.servlet.http.HttpSession;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * A demo user as the UI's OIDC login makes them, built from a real access token of the test run's Keycloak: the same
 * subject, email, name, platform roles and organizations, so the member rows and every role check are the real ones.
 */
public final class SignedInUsers {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private SignedInUsers() {}

    /** The authentication of {@code email}, signed in with a token for the organization {@code alias}. */
    @SuppressWarnings("unchecked")
    public static Authentication authentication(String email, String alias) {
        return authenticationWithScope(email, "openid organization:" + alias);
    }

    /** The authentication of {@code email} with a token naming no organization: a platform operator's. */
    public static Authentication authenticationWithoutOrganization(String email) {
        return authenticationWithScope(email, "openid");
    }

    @SuppressWarnings("unchecked")
    private static Authentication authenticationWithScope(String email, String scope) {
        String accessToken = Tokens.accessToken(email, scope);
        Map<String, Object> claims = JSON.convertValue(Tokens.claims(accessToken), Map.class);
        Instant issued = Instant.now();
        OidcIdToken idToken = OidcIdToken.withTokenValue("browserless-" + claims.get("sub"))
                .subject(String.valueOf(claims.get("sub")))
                .claim("email", email)
                .claim("name", String.valueOf(claims.getOrDefault("name", email)))
                .issuedAt(issued)
                .expiresAt(issued.plusSeconds(3600))
                .build();
        StackupUser user = new StackupUser(KeycloakToken.of(claims), idToken, null);
        return new OAuth2AuthenticationToken(user, user.getAuthorities(), "keycloak");
    }

    /**
     * The authentication as the UI's tenant filter makes it for a request in the tenant chosen in {@code session}:
     * the user with the roles of their member row there, which the tenant choice remembered.
     */
    @SuppressWarnings("unchecked")
    public static Authentication inChosenTenant(Authentication authentication, HttpSession session) {
        Set<String> roles = (Set<String>) session.getAttribute(TenantSelection.ROLES_ATTRIBUTE);
        StackupUser user = user(authentication).inTenant(roles == null ? Set.of() : roles);
        return new OAuth2AuthenticationToken(user, user.getAuthorities(), "keycloak");
    }

    /** The user of an authentication made by {@link #authentication}. */
    public static StackupUser user(Authentication authentication) {
        return (StackupUser) authentication.getPrincipal();
    }
}
