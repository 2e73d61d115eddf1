package io.stackup.core.assessment;

import io.stackup.core.assessment.repository.PublicLinkRepository.Resolved;
import io.stackup.core.tenancy.Roles;
import io.stackup.core.tenancy.TenantContext;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs work as the anonymous respondent of one resolved link: its tenant bound, and only the
 * {@link Roles#SELF_ASSESSMENT} role, which lets the interview feature record the submission and read it back. Whatever
 * the thread held before (a signed-in user) is restored afterwards.
 */
final class PublicRespondent {

    private PublicRespondent() {}

    static <T> T call(Resolved link, Supplier<T> work) {
        String user = "self-assessment:" + link.link();
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                user, null, List.of(new SimpleGrantedAuthority(Roles.authority(Roles.SELF_ASSESSMENT)))));
        SecurityContextHolder.setContext(context);
        try {
            return TenantContext.callAs(link.tenant(), user, work);
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
