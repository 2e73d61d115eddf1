package io.stackup.security;

import com.vaadin.flow.server.VaadinSession;
import io.stackup.core.tenancy.Member;
import io.stackup.core.tenancy.MemberService;
import io.stackup.core.tenancy.Tenant;
import io.stackup.core.tenancy.TenantContext;
import io.stackup.core.tenancy.TenantStatus;
import io.stackup.tenantadmin.signup.SignupActivation;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DataAccessException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.transaction.TransactionException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Binds the session's chosen tenant to each UI request ({@link TenantContext}), so that every transaction of the
 * request runs for that tenant, and authorizes the request with the roles of the user's member row in that tenant
 * (docs/adr/0014-roles-per-tenant.md): on every request it reads the member (one indexed read) and puts in place,
 * before anything else of the request runs, the user with that member's roles (and the token's platform roles), which
 * Vaadin's view access control, the menu and the services' {@code @RolesAllowed} all read.
 *
 * <p>A user of exactly one active tenant has it chosen on their first request; the others are sent to a page that asks
 * (see the UI's tenant guard). When the member is gone, inactive or without a role, the session forgets the tenant and
 * remembers that it lost access, for the page that says so; when the member's roles changed since the session last
 * saw them, or access was lost, the session's Vaadin sessions end, so that every open tab reloads at its next request
 * (Vaadin answers a request of an ended session with "session expired", on which the client reloads the page) instead
 * of going on showing what the old roles allowed.
 */
class UiTenantFilter extends OncePerRequestFilter {

    private final TenantSelection selection;
    private final TenantAccess access;
    private final MemberService members;
    private final SignupActivation activation;

    UiTenantFilter(TenantSelection selection, TenantAccess access, MemberService members, SignupActivation activation) {
        this.selection = selection;
        this.access = access;
        this.members = members;
        this.activation = activation;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!(authentication instanceof OAuth2AuthenticationToken oauth
                && oauth.getPrincipal() instanceof StackupUser user)) {
            chain.doFilter(request, response);
            return;
        }
        HttpSession session = request.getSession();
        Optional<SelectedTenant> selected = selection.current(session);
        if (selected.isEmpty()) {
            selected = chooseTheOnlyTenant(session, user);
        }
        if (selected.isPresent()) {
            try (TenantContext.Scope ignored = TenantContext.bind(selected.get().id(), user.getSubject())) {
                Optional<Member> member;
                try {
                    member = members.current();
                } catch (DataAccessException | TransactionException unreachable) {
                    // PostgreSQL is unreachable (docs/adr/0011-durability.md): nothing can be read or written, and
                    // the screens keep what the person does on the device until it returns. The request goes on with
                    // the roles the session's last check gave it.
                    chain.doFilter(request, response);
                    return;
                }
                if (member.isPresent() && member.get().hasAccess()) {
                    if (selection.rolesChanged(session, member.get().roles())) {
                        endVaadinSessions(session);
                    }
                    authorize(session, as(oauth, user.inTenant(member.get().roles())));
                    chain.doFilter(request, response);
                    return;
                }
            }
            selection.noAccess(session, selected.get().name());
            endVaadinSessions(session);
        }
        authorize(session, as(oauth, user.outsideTenant()));
        chain.doFilter(request, response);
    }

    /**
     * Puts {@code authentication} in the request's security context, which is the session's: inside a Vaadin request
     * Vaadin reads the security context from the HTTP session before the thread's
     * ({@code VaadinAwareSecurityContextHolderStrategy}), so a context of this request alone would not be seen by the
     * views. Every request of the session puts its tenant's roles there anew before anything else reads them, and
     * {@link StackupUser#inTenant} and {@link StackupUser#outsideTenant} start from the token's roles, never from
     * what the previous request put there.
     */
    private static void authorize(HttpSession session, Authentication authentication) {
        SecurityContext context =
                SecurityContextHolder.getContextHolderStrategy().getContext();
        context.setAuthentication(authentication);
        if (session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)
                        instanceof SecurityContext stored
                && stored != context) {
            stored.setAuthentication(authentication);
        }
    }

    private Optional<SelectedTenant> chooseTheOnlyTenant(HttpSession session, StackupUser user) {
        List<Tenant> tenants = access.tenantsOf(user.organizations());
        if (activatePending(user, tenants)) {
            tenants = access.tenantsOf(user.organizations());
        }
        if (tenants.size() == 1 && tenants.getFirst().isActive()) {
            try {
                return Optional.of(selection.select(session, user, tenants.getFirst()));
            } catch (TenantSelection.NoAccessException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static OAuth2AuthenticationToken as(OAuth2AuthenticationToken login, StackupUser user) {
        OAuth2AuthenticationToken token =
                new OAuth2AuthenticationToken(user, user.getAuthorities(), login.getAuthorizedClientRegistrationId());
        token.setDetails(login.getDetails());
        return token;
    }

    /**
     * Ends the Vaadin sessions of this HTTP session (Vaadin keeps each as a session attribute; removing it is how the
     * servlet container's own expiry ends it), keeping the login and the tenant choice.
     */
    private static void endVaadinSessions(HttpSession session) {
        for (String name : Collections.list(session.getAttributeNames())) {
            if (session.getAttribute(name) instanceof VaadinSession) {
                session.removeAttribute(name);
            }
        }
    }

    /**
     * A signed-up tenant turns active at its admin's first request whose token says the e-mail address is verified
     * (docs/spec: self sign-up). Only looked at while no tenant is chosen, so it costs nothing afterwards.
     */
    private boolean activatePending(StackupUser user, List<Tenant> tenants) {
        boolean verified = Boolean.TRUE.equals(user.getEmailVerified());
        boolean activated = false;
        for (Tenant tenant : tenants) {
            if (tenant.status() == TenantStatus.PENDING && verified) {
                activated |= activation.activateIfVerified(tenant, user.getSubject(), true);
            }
        }
        return activated;
    }
}
