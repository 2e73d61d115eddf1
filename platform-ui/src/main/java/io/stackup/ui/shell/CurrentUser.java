package io.stackup.ui.shell;

import com.vaadin.flow.server.VaadinSession;
import io.stackup.security.SelectedTenant;
import io.stackup.security.StackupUser;
import io.stackup.security.TenantSelection;
import java.util.Optional;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The signed-in user and their chosen tenant, for views. In a tenant, the user's roles are their member roles there
 * (the UI's tenant filter reads them for every request; docs/adr/0014-roles-per-tenant.md).
 */
@Component
public class CurrentUser {

    private final TenantSelection selection;

    CurrentUser(TenantSelection selection) {
        this.selection = selection;
    }

    public Optional<StackupUser> user() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof StackupUser user
                ? Optional.of(user)
                : Optional.empty();
    }

    /**
     * The name of the tenant this session found the user has no access to (no member row, or an inactive one, or one
     * without a role), until they choose a tenant.
     */
    public Optional<String> lostAccessTo() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session == null || session.getSession() == null) {
            return Optional.empty();
        }
        return selection.lostAccessTo(session.getSession()::getAttribute);
    }

    /** The tenant chosen in this session; read through the Vaadin session, so it works in any UI access. */
    public Optional<SelectedTenant> tenant() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session == null || session.getSession() == null) {
            return Optional.empty();
        }
        return selection.current(session.getSession()::getAttribute);
    }
}
