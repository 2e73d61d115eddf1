package io.stackup.security;

import io.stackup.core.tenancy.Roles;
import io.stackup.core.tenancy.Tenant;
import io.stackup.core.tenancy.TenantContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Binds the tenant of an API token to the request. The token must name exactly one organization (request it with
 * {@code scope=organization:<alias>}): a token of several is ambiguous and refused, never served as a mix.
 * A platform operator's token without any organization passes unbound, for the platform's own endpoints.
 */
class ApiTenantFilter extends OncePerRequestFilter {

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
        Optional<Tenant> tenant = access.tenantOf(organizations.getFirst());
        if (tenant.isEmpty()) {
            ProblemWriter.write(
                    response,
                    HttpStatus.FORBIDDEN,
                    "no-tenant",
                    "Organization has no Stackup tenant",
                    "Your organization '" + organizations.getFirst().alias()
                            + "' is not set up in Stackup. Ask your Stackup administrator to provision it.");
            return;
        }
        if (!tenant.get().isActive()) {
            String reason = access.suspensionReason(tenant.get()).orElse(null);
            ProblemDetail problem = ProblemWriter.problem(
                    HttpStatus.FORBIDDEN,
                    "tenant-suspended",
                    "Tenant suspended",
                    "The tenant '" + tenant.get().name() + "' is suspended"
                            + (reason == null ? "" : ": " + reason)
                            + ". Contact Stackup support to reactivate it.");
            ProblemWriter.write(response, problem);
            return;
        }
        try (TenantContext.Scope ignored = TenantContext.bind(tenant.get().id(), jwt.getName())) {
            chain.doFilter(request, response);
        }
    }
}
