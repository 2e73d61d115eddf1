package io.stackup.security;

import io.stackup.core.tenancy.Member;
import io.stackup.core.tenancy.Roles;
import io.stackup.core.tenancy.Tenant;
import io.stackup.core.tenancy.TenantAndMember;
import io.stackup.core.tenancy.TenantContext;
import io.stackup.core.tenancy.TenantStatus;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Binds the tenant of an API token to the request and authorizes it with the roles of the caller's member row in that
 * tenant (docs/adr/0014-roles-per-tenant.md). The token must name exactly one organization (request it with
 * {@code scope=organization:<alias>}): a token of several is ambiguous and refused, never served as a mix. The caller
 * must be an active member of the tenant with a role, read on every request together with the tenant (one statement,
 * TenantDirectory#findWithMemberByOrganizationId), so that a member who was removed or demoted, or a tenant suspended,
 * is refused at the next call, whatever the token still says; the request's authorities
 * are then that member's roles and the token's platform roles. A platform operator's token without any organization
 * passes unbound, for the platform's own endpoints.
 */
public class ApiTenantFilter extends OncePerRequestFilter {

    /**
     * The request attribute holding the {@link Tenant} row the request was bound to, as read here: later checks of the
     * same request (a pending deletion) use it instead of reading the row again.
     */
    public static final String BOUND_TENANT = ApiTenantFilter.class.getName() + ".tenant";

    private final TenantAccess access;

    ApiTenantFilter(TenantAccess access) {
        this.access = access;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!(authentication instanceof JwtAuthenticationToken jwt)) {
            chain.doFilter(request, response);
            return;
        }
        KeycloakToken token = KeycloakToken.of(jwt.getToken().getClaims());
        List<OrganizationMembership> organizations = token.organizations();
        if (organizations.isEmpty() && token.roles().contains(Roles.PLATFORM_OPERATOR)) {
            chain.doFilter(request, response);
            return;
        }
        if (organizations.size() != 1) {
            ProblemWriter.write(
                    response,
                    HttpStatus.FORBIDDEN,
                    "organization-required",
                    "Token must name exactly one organization",
                    organizations.isEmpty()
                            ? "The token names no organization. Request it with scope 'organization:<alias>' as a"
                                    + " member of that organization."
                            : "The token names " + organizations.size() + " organizations, so the tenant is"
                                    + " ambiguous. Request a token with scope 'organization:<alias>' for the one"
                                    + " organization to work in.");
            return;
        }
        Optional<TenantAndMember> bound = access.tenantAndMemberOf(organizations.getFirst(), jwt.getName());
        if (bound.isEmpty()) {
            ProblemWriter.write(
                    response,
                    HttpStatus.FORBIDDEN,
                    "no-tenant",
                    "Organization has no Stackup tenant",
                    "Your organization '" + organizations.getFirst().alias()
                            + "' is not set up in Stackup. Ask your Stackup administrator to provision it.");
            return;
        }
        Tenant tenant = bound.get().tenant();
        if (tenant.status() == TenantStatus.PENDING) {
            ProblemWriter.write(
                    response,
                    HttpStatus.FORBIDDEN,
                    "tenant-pending",
                    "Tenant not active yet",
                    "The tenant '" + tenant.name() + "' becomes active when its admin has verified their e-mail"
                            + " address: follow the link in the mail, then sign in once in the browser.");
            return;
        }
        if (!tenant.isActive()) {
            String reason = access.suspensionReason(tenant).orElse(null);
            ProblemDetail problem = ProblemWriter.problem(
                    HttpStatus.FORBIDDEN,
                    "tenant-suspended",
                    "Tenant suspended",
                    "The tenant '" + tenant.name() + "' is suspended"
                            + (reason == null ? "" : ": " + reason)
                            + ". Contact Stackup support to reactivate it.");
            ProblemWriter.write(response, problem);
            return;
        }
        request.setAttribute(BOUND_TENANT, tenant);
        Member member = bound.get().member();
        if (member == null || !member.hasAccess()) {
            ProblemWriter.write(
                    response,
                    HttpStatus.FORBIDDEN,
                    "not-a-member",
                    "Not a member of this tenant",
                    "You are not an active member of '" + tenant.name() + "'"
                            + (member != null && member.active() ? " with a role" : "")
                            + ". Ask an admin of '" + tenant.name() + "' to add you (or to reactivate"
                            + " you), or request a token for another organization.");
            return;
        }
        try (TenantContext.Scope ignored = TenantContext.bind(tenant.id(), jwt.getName())) {
            Set<String> roles = new LinkedHashSet<>(token.roles());
            roles.addAll(member.roles());
            JwtAuthenticationToken asMember =
                    new JwtAuthenticationToken(jwt.getToken(), KeycloakToken.authorities(roles), jwt.getName());
            asMember.setDetails(jwt.getDetails());
            try (RequestAuthentication ignoredToo = RequestAuthentication.use(asMember)) {
                chain.doFilter(request, response);
            }
        }
    }
}
