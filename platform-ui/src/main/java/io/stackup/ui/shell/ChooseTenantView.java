package io.stackup.ui.shell;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.spring.security.AuthenticationContext;
import io.stackup.core.tenancy.Tenant;
import io.stackup.security.StackupUser;
import io.stackup.security.TenantAccess;
import io.stackup.security.TenantSelection;
import jakarta.annotation.security.PermitAll;

/**
 * For a user who belongs to several tenants: they choose one, and the choice holds for their session. Work never
 * mixes two tenants; switching reloads the application in the other tenant.
 */
@Route(value = "choose-tenant", autoLayout = false)
@PermitAll
@TenantFree
class ChooseTenantView extends NoticePage implements HasDynamicTitle {

    ChooseTenantView(
            CurrentUser currentUser,
            TenantAccess access,
            TenantSelection selection,
            AuthenticationContext authentication) {
        super("choose-tenant", "choose-tenant.heading", authentication);
        setExplanation(getTranslation("choose-tenant.text"));
        VerticalLayout choices = new VerticalLayout();
        choices.setId("tenant-choices");
        choices.setPadding(false);
        currentUser.user().ifPresent(user -> {
            for (Tenant tenant : access.tenantsOf(user.organizations())) {
                choices.add(choice(tenant, user, selection));
            }
        });
        addAction(choices);
    }

    private Button choice(Tenant tenant, StackupUser user, TenantSelection selection) {
        String label =
                tenant.isActive() ? tenant.name() : tenant.name() + " (" + getTranslation("tenant.suspended") + ")";
        Button button = new Button(label, e -> {
            VaadinServletRequest request = VaadinServletRequest.getCurrent();
            try {
                selection.select(request.getHttpServletRequest().getSession(), user, tenant);
                e.getSource().getUI().ifPresent(ui -> ui.getPage().setLocation("/"));
            } catch (TenantSelection.NoAccessException noAccess) {
                e.getSource().getUI().ifPresent(ui -> ui.navigate(NoAccessView.class));
            }
        });
        button.setId("choose-" + tenant.slug());
        button.setEnabled(tenant.isActive());
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        button.setWidthFull();
        return button;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("choose-tenant.title");
    }
}
