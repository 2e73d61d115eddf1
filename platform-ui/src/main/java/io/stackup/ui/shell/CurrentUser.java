package io.stackup.ui.shell;

import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedHttpSession;
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

    /**
     * The tenant chosen in this HTTP session. Read from the current request, or, in work done outside a request of
     * the UI (an upload's callback run through {@code UI.access}), from the Vaadin session's HTTP session.
     */
    public Optional<SelectedTenant> tenant() {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        jakarta.servlet.http.HttpSession session =
                request == null ? null : request.getHttpServletRequest().getSession(false);
        VaadinSession vaadin = VaadinSession.getCurrent();
        if (session == null && vaadin != null && vaadin.getSession() instanceof WrappedHttpSession wrapped) {
            session = wrapped.getHttpSession();
        }
        return session == null ? Optional.empty() : selection.current(session);
    }
}
