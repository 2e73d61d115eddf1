package io.stackup.ui.admin;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.stackup.core.tenancy.Roles;
import io.stackup.ui.shell.EmptyStatePage;
import jakarta.annotation.security.RolesAllowed;

/**
 * The partner admin's landing page. Its overview of templates, interviews and qualified leads is not built yet; until
 * then it names the menu's pages where that work is done.
 */
@Route("admin")
@Menu(order = 1, title = "menu.admin", icon = "DASHBOARD")
@RolesAllowed(Roles.TENANT_ADMIN)
class AdminHomeView extends EmptyStatePage {

    AdminHomeView() {
        super("admin-home", "admin.title", "admin.empty");
    }
}
