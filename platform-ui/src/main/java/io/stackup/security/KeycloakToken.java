package io.stackup.security;

import io.stackup.core.tenancy.Roles;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * What Stackup reads from a Keycloak access token: the platform's realm roles ({@code realm_access.roles}) and the
 * organizations ({@code organization}: a list of aliases, or a map from alias to attributes holding the {@code id}).
 * Realm roles outside {@link Roles#OF_TOKEN} are left out: a token never gives a role in a tenant, which only the
 * member row of that tenant does (docs/adr/0014-roles-per-tenant.md).
 */
public record KeycloakToken(Set<String> roles, List<OrganizationMembership> organizations) implements Serializable {

    public static KeycloakToken of(Map<String, Object> claims) {
        return new KeycloakToken(roles(claims.get("realm_access")), organizations(claims.get("organization")));
    }

    /** Spring authorities ({@link Roles#authority}) of the token's roles, for the platform's own endpoints. */
    public Set<GrantedAuthority> authorities() {
        return authorities(roles);
    }

    /** Spring authorities ({@link Roles#authority}), so that {@code @RolesAllowed(Roles.TENANT_ADMIN)} works. */
    static Set<GrantedAuthority> authorities(Set<String> roles) {
        Set<GrantedAuthority> authorities = new LinkedHashSet<>();
        for (String role : roles) {
            authorities.add(new SimpleGrantedAuthority(Roles.authority(role)));
        }
        return authorities;
    }

    private static Set<String> roles(@Nullable Object realmAccess) {
        Set<String> roles = new LinkedHashSet<>();
        if (realmAccess instanceof Map<?, ?> map && map.get("roles") instanceof Collection<?> list) {
            for (Object role : list) {
                if (role instanceof String name && Roles.OF_TOKEN.contains(name)) {
                    roles.add(name);
                }
            }
        }
        return Set.copyOf(roles);
    }

    private static List<OrganizationMembership> organizations(@Nullable Object claim) {
        List<OrganizationMembership> result = new ArrayList<>();
        if (claim instanceof Map<?, ?> map) {
            map.forEach((alias, attributes) -> result.add(new OrganizationMembership(
                    String.valueOf(alias), attributes instanceof Map<?, ?> a ? idOf(a.get("id")) : null)));
        } else if (claim instanceof Collection<?> aliases) {
            for (Object alias : aliases) {
                result.add(new OrganizationMembership(String.valueOf(alias), null));
            }
        } else if (claim instanceof String alias) {
            result.add(new OrganizationMembership(alias, null));
        }
        return List.copyOf(result);
    }

    private static @Nullable String idOf(@Nullable Object id) {
        if (id instanceof Collection<?> values && !values.isEmpty()) {
            return String.valueOf(values.iterator().next());
        }
        return id == null ? null : String.valueOf(id);
    }
}
