package io.stackup.security;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * Loads the OIDC user and adds what only the access token says: realm roles and organizations. The access token is
 * decoded with the API's validating decoder, so the UI and the API trust exactly the same tokens.
 */
class StackupOidcUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService delegate = new OidcUserService();
    private final JwtDecoder jwtDecoder;

    StackupOidcUserService(JwtDecoder jwtDecoder) {
        this.jwtDecoder = jwtDecoder;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser user = delegate.loadUser(request);
        var accessToken = jwtDecoder.decode(request.getAccessToken().getTokenValue());
        return new StackupUser(KeycloakToken.of(accessToken.getClaims()), user.getIdToken(), user.getUserInfo());
    }
}
