package io.stackup.core.lead;

import io.stackup.core.tenancy.Roles;
import io.stackup.core.tenancy.TenantContext;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who calls, by the roles of the authenticated principal. */
record LeadCaller(String userId, boolean admin, boolean expert) {

    static LeadCaller current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        Set<String> roles = authentication == null
                ? Set.of()
                : authentication.getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority)
                        .collect(Collectors.toSet());
        return new LeadCaller(
                TenantContext.currentUser().orElse("system"),
                roles.contains(Roles.authority(Roles.TENANT_ADMIN)),
                roles.contains(Roles.authority(Roles.EXPERT)));
    }
}
