package io.stackup.security;

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
import java.util.List;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Binds the session's chosen tenant to each UI request ({@link TenantContext}), so that every transaction of the
 * request runs for that tenant. A user of exactly one active tenant has it chosen on their first request; the others
 * are sent to a page that asks (see the UI's tenant guard).
 */
class UiTenantFilter extends OncePerRequestFilter {

    private final TenantSelection selection;
    private final TenantAccess access;
    private final SignupActivation activation;

    UiTenantFilter(TenantSelection selection, TenantAccess access, SignupActivation activation) {
        this.selection = selection;
        this.access = access;
        this.activation = activation;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof StackupUser user)) {
            chain.doFilter(request, response);
            return;
        }
        HttpSession session = request.getSession();
        Optional<SelectedTenant> selected = selection.current(session);
        if (selected.isEmpty()) {
            selected = chooseTheOnlyTenant(session, user);
        }
        if (selected.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        try (TenantContext.Scope ignored = TenantContext.bind(selected.get().id(), user.getSubject())) {
            chain.doFilter(request, response);
        }
    }

    private Optional<SelectedTenant> chooseTheOnlyTenant(HttpSession session, StackupUser user) {
        List<Tenant> tenants = access.tenantsOf(user.organizations());
        if (activatePending(user, tenants)) {
            tenants = access.tenantsOf(user.organizations());
        }
        if (tenants.size() == 1 && tenants.getFirst().isActive()) {
            return Optional.of(selection.select(session, user, tenants.getFirst()));
        }
        return Optional.empty();
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
