package io.stackup.security;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/**
 * A user signed in to the UI: the OIDC user, the organizations of their access token and their roles. Out of a tenant
 * (as the login leaves them in the session) the roles are the token's platform roles only; for a request in a tenant
 * the UI's tenant filter puts in its place the same user {@link #inTenant with the roles of their member row} in that
 * tenant, so that views, the menu and services see those roles and no others (docs/adr/0014-roles-per-tenant.md).
 */
public class StackupUser extends DefaultOidcUser {

    private final KeycloakToken token;
    private final Set<String> roles;

    StackupUser(KeycloakToken token, OidcIdToken idToken, @Nullable OidcUserInfo userInfo) {
        this(token, token.roles(), idToken, userInfo);
    }

    private StackupUser(KeycloakToken token, Set<String> roles, OidcIdToken idToken, @Nullable OidcUserInfo userInfo) {
        super(KeycloakToken.authorities(roles), idToken, userInfo, "sub");
        this.token = token;
        this.roles = Set.copyOf(roles);
    }

    /**
     * This user working in a tenant as a member with {@code memberRoles}: those roles and the token's platform roles.
     * Made anew for each request; never kept in the session.
     */
    StackupUser inTenant(Set<String> memberRoles) {
        Set<String> all = new LinkedHashSet<>(token.roles());
        all.addAll(memberRoles);
        return new StackupUser(token, all, getIdToken(), getUserInfo());
    }

    /** This user outside any tenant: the token's platform roles only. */
    StackupUser outsideTenant() {
        return roles.equals(token.roles()) ? this : new StackupUser(token, token.roles(), getIdToken(), getUserInfo());
    }

    /** The roles of this request: the bound tenant's member roles, and the platform's roles of the token. */
    public Set<String> roles() {
        return roles;
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
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
