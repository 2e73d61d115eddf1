package io.stackup.security;

import io.stackup.core.tenancy.Member;
import io.stackup.core.tenancy.MemberLogin;
import io.stackup.core.tenancy.MemberService;
import io.stackup.core.tenancy.Tenant;
import io.stackup.core.tenancy.TenantContext;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * The UI user's choice of tenant, kept in their HTTP session. Only a tenant of the user's own token can be chosen,
 * only an active one, and only where the user is an active member with a role (docs/adr/0014-roles-per-tenant.md);
 * choosing records the member's login in that tenant. When the user has, or loses, no access to a tenant, the session
 * remembers which, for the page that tells them ({@link #lostAccessTo}).
 */
@Component
public class TenantSelection {

    static final String SESSION_ATTRIBUTE = TenantSelection.class.getName();
    static final String ROLES_ATTRIBUTE = TenantSelection.class.getName() + ".roles";
    static final String NO_ACCESS_ATTRIBUTE = TenantSelection.class.getName() + ".no-access";

    private final TenantAccess access;
    private final MemberService members;

    TenantSelection(TenantAccess access, MemberService members) {
        this.access = access;
        this.members = members;
    }

    /** The user has no access to a tenant: no member row there, or an inactive one, or one without a role. */
    public static final class NoAccessException extends IllegalArgumentException {
        NoAccessException(String tenantName) {
            super("You have no access to " + tenantName);
        }
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

    /** The name of the tenant this session found it has no access to, until a tenant is chosen. */
    public Optional<String> lostAccessTo(Function<String, Object> sessionAttributes) {
        return Optional.ofNullable((String) sessionAttributes.apply(NO_ACCESS_ATTRIBUTE));
    }

    /**
     * Binds the tenant to the session, after recording the login of the user's member in it.
     *
     * @throws NoAccessException when the user is no active member with a role of the tenant; the session then
     *     remembers the tenant for {@link #lostAccessTo} and has no tenant chosen
     * @throws IllegalArgumentException when the tenant is not one of the user's, or is not active
     */
    public SelectedTenant select(HttpSession session, StackupUser user, Tenant tenant) {
        boolean own = access.tenantsOf(user.organizations()).stream().anyMatch(t -> t.id().equals(tenant.id()));
        if (!own || !tenant.isActive()) {
            throw new IllegalArgumentException("You cannot work in this tenant");
        }
        Optional<Member> member = TenantContext.callAs(
                tenant.id(),
                user.getSubject(),
                () -> members.recordLogin(new MemberLogin(
                        user.getSubject(),
                        user.getEmail() == null ? user.getSubject() : user.getEmail(),
                        user.displayName(),
                        Set.of())));
        if (member.isEmpty() || !member.get().hasAccess()) {
            noAccess(session, tenant.name());
            throw new NoAccessException(tenant.name());
        }
        SelectedTenant selected = SelectedTenant.of(tenant);
        session.setAttribute(SESSION_ATTRIBUTE, selected);
        session.setAttribute(ROLES_ATTRIBUTE, Set.copyOf(member.get().roles()));
        session.removeAttribute(NO_ACCESS_ATTRIBUTE);
        return selected;
    }

    /** Forgets the chosen tenant, which the user turned out to have no access to, and remembers it for the page. */
    void noAccess(HttpSession session, String tenantName) {
        clear(session);
        session.setAttribute(NO_ACCESS_ATTRIBUTE, tenantName);
    }

    /**
     * Whether {@code roles} differ from the roles the session last saw in its tenant; remembers them. The UI reloads
     * when they change, so that no screen keeps offering what the old roles allowed.
     */
    boolean rolesChanged(HttpSession session, Set<String> roles) {
        if (roles.equals(session.getAttribute(ROLES_ATTRIBUTE))) {
            return false;
        }
        session.setAttribute(ROLES_ATTRIBUTE, Set.copyOf(roles));
        return true;
    }

    public void clear(HttpSession session) {
        session.removeAttribute(SESSION_ATTRIBUTE);
        session.removeAttribute(ROLES_ATTRIBUTE);
    }
}
