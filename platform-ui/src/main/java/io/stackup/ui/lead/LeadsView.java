package io.stackup.ui.lead;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.stackup.core.tenancy.Roles;
import io.stackup.ui.shell.EmptyStatePage;
import jakarta.annotation.security.RolesAllowed;

/**
 * The expert's landing page: qualified leads to claim. Claiming is not built yet; until then the page sends the expert
 * to the completed interviews under Interviews.
 */
@Route("leads")
@Menu(order = 3, title = "menu.leads", icon = "HANDSHAKE")
@RolesAllowed(Roles.EXPERT)
class LeadsView extends EmptyStatePage {

    LeadsView() {
        super("leads", "leads.title", "leads.empty");
    }
}
