package io.stackup.ui.shell;

import com.vaadin.flow.server.VaadinSession;
import io.stackup.security.SelectedTenant;
import io.stackup.security.StackupUser;
import io.stackup.security.TenantSelection;
import java.util.Optional;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The signed-in user and their chosen tenant, for views. */
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

    /** The tenant chosen in this session; read through the Vaadin session, so it works in any UI access. */
    public Optional<SelectedTenant> tenant() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session == null || session.getSession() == null) {
            return Optional.empty();
        }
        return selection.current(session.getSession()::getAttribute);
    }
}
