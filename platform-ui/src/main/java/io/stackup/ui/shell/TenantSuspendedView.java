package io.stackup.ui.shell;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import io.stackup.core.tenancy.Tenant;
import io.stackup.security.TenantAccess;
import jakarta.annotation.security.PermitAll;

/** For a user whose tenant is suspended: says so, and offers another tenant where they have one. */
@Route(value = "tenant-suspended", autoLayout = false)
@PermitAll
@TenantFree
class TenantSuspendedView extends NoticePage implements HasDynamicTitle {

    TenantSuspendedView(CurrentUser currentUser, TenantAccess access, AuthenticationContext authentication) {
        super("tenant-suspended", "tenant-suspended.heading", authentication);
        setExplanation(getTranslation("tenant-suspended.text"));
        boolean otherActive = currentUser.user().stream()
                .flatMap(user -> access.tenantsOf(user.organizations()).stream())
                .anyMatch(Tenant::isActive);
        if (otherActive) {
            Button choose = new Button(
                    getTranslation("shell.switch-tenant"),
                    e -> e.getSource().getUI().ifPresent(ui -> ui.navigate(ChooseTenantView.class)));
            choose.setId("choose-other-tenant");
            addAction(choose);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("tenant-suspended.title");
    }
}
