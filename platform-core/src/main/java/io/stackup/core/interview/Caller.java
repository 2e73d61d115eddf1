package io.stackup.core.interview;

import io.stackup.core.interview.query.InterviewQueries;
import io.stackup.core.tenancy.Roles;
import io.stackup.core.tenancy.TenantContext;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who calls, by the roles of the authenticated principal, and which interviews that lets them see. */
record Caller(String userId, boolean admin, boolean interviewer, boolean expert) {

    static Caller current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        Set<String> roles = authentication == null
                ? Set.of()
                : authentication.getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority)
                        .collect(Collectors.toSet());
        return new Caller(
                TenantContext.currentUser().orElse("system"),
                roles.contains(Roles.authority(Roles.TENANT_ADMIN)),
                roles.contains(Roles.authority(Roles.INTERVIEWER)),
                roles.contains(Roles.authority(Roles.EXPERT)));
    }

    /** An admin sees every interview of the tenant, an interviewer their own, an expert the completed ones. */
    InterviewQueries.Scope scope() {
        return new InterviewQueries.Scope(admin, interviewer ? userId : null, expert);
    }
}
