package io.stackup.ui.shell;

import com.vaadin.flow.server.VaadinServletRequest;
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

    public Optional<SelectedTenant> tenant() {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        if (request == null) {
            return Optional.empty();
        }
        var session = request.getHttpServletRequest().getSession(false);
        return session == null ? Optional.empty() : selection.current(session);
    }
}
