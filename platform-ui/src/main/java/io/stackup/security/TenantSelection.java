package io.stackup.security;

import io.stackup.core.tenancy.MemberLogin;
import io.stackup.core.tenancy.MemberService;
import io.stackup.core.tenancy.Tenant;
import io.stackup.core.tenancy.TenantContext;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * The UI user's choice of tenant, kept in their HTTP session. Only a tenant of the user's own token can be chosen,
 * and only an active one; choosing records the member's login in that tenant (creating the member on first login).
 */
@Component
public class TenantSelection {

    static final String SESSION_ATTRIBUTE = TenantSelection.class.getName();

    private final TenantAccess access;
    private final MemberService members;

    TenantSelection(TenantAccess access, MemberService members) {
        this.access = access;
        this.members = members;
    }

    public Optional<SelectedTenant> current(HttpSession session) {
        return current(session::getAttribute);
    }

    /**
     * The choice, read through any view of the HTTP session's attributes (the UI reads it through Vaadin's wrapped
     * session, which also works outside a servlet request, e.g. while handling an upload).
     */
    public Optional<SelectedTenant> current(Function<String, Object> sessionAttributes) {
        return Optional.ofNullable((SelectedTenant) sessionAttributes.apply(SESSION_ATTRIBUTE));
    }

    /**
     * Binds the tenant to the session.
     *
     * @throws IllegalArgumentException when the tenant is not one of the user's, or is not active
     */
    public SelectedTenant select(HttpSession session, StackupUser user, Tenant tenant) {
        boolean own = access.tenantsOf(user.organizations()).stream().anyMatch(t -> t.id().equals(tenant.id()));
        if (!own || !tenant.isActive()) {
            throw new IllegalArgumentException("You cannot work in this tenant");
        }
        TenantContext.callAs(
                tenant.id(),
                user.getSubject(),
                () -> members.recordLogin(new MemberLogin(
                        user.getSubject(),
                        user.getEmail() == null ? user.getSubject() : user.getEmail(),
                        user.displayName(),
                        user.roles())));
        SelectedTenant selected = SelectedTenant.of(tenant);
        session.setAttribute(SESSION_ATTRIBUTE, selected);
        return selected;
    }

    public void clear(HttpSession session) {
        session.removeAttribute(SESSION_ATTRIBUTE);
    }
}
