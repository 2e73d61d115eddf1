package io.stackup.security;

import io.stackup.core.tenancy.Tenant;
import io.stackup.core.tenancy.TenantContext;
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

    UiTenantFilter(TenantSelection selection, TenantAccess access) {
        this.selection = selection;
        this.access = access;
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
        if (tenants.size() == 1 && tenants.getFirst().isActive()) {
            return Optional.of(selection.select(session, user, tenants.getFirst()));
        }
        return Optional.empty();
    }
}
