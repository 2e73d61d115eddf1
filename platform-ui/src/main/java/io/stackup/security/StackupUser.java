package io.stackup.security;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/** A user signed in to the UI: the OIDC user plus the roles and organizations of their access token. */
public class StackupUser extends DefaultOidcUser {

    private final KeycloakToken token;

    StackupUser(KeycloakToken token, OidcIdToken idToken, @Nullable OidcUserInfo userInfo) {
        super(token.authorities(), idToken, userInfo, "sub");
        this.token = token;
    }

    public Set<String> roles() {
        return token.roles();
    }

    public boolean hasRole(String role) {
        return token.roles().contains(role);
    }

    public List<OrganizationMembership> organizations() {
        return token.organizations();
    }

    /** The name to greet the user by: their full name, else their email. */
    public String displayName() {
        String name = getFullName();
        if (name == null || name.isBlank()) {
            name = getEmail();
        }
        return name == null ? getSubject() : name;
    }

    @Override
    public Set<GrantedAuthority> getAuthorities() {
        return Set.copyOf(super.getAuthorities());
    }
}
