package io.stackup.ui.shell;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import io.stackup.core.tenancy.Roles;
import io.stackup.security.StackupUser;
import jakarta.annotation.security.PermitAll;

/**
 * The root: forwards to the landing page of the user's first role (admin, interviewer, expert, operator). A user with
 * no Stackup role is told what to ask for.
 */
@Route("")
@PermitAll
class HomeView extends EmptyStatePage implements BeforeEnterObserver {

    private final CurrentUser currentUser;

    HomeView(CurrentUser currentUser) {
        super("home", "home.title", "home.no-role");
        this.currentUser = currentUser;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        StackupUser user = currentUser.user().orElse(null);
        if (user == null) {
            return;
        }
        if (user.hasRole(Roles.TENANT_ADMIN)) {
            event.forwardTo(Landings.ADMIN);
        } else if (user.hasRole(Roles.INTERVIEWER)) {
            event.forwardTo(Landings.INTERVIEWER);
        } else if (user.hasRole(Roles.EXPERT)) {
            event.forwardTo(Landings.EXPERT);
        } else if (user.hasRole(Roles.PLATFORM_OPERATOR)) {
            event.forwardTo(Landings.OPERATOR);
        }
    }
}
