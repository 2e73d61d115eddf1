package io.stackup.ui.shell;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import io.stackup.core.tenancy.Tenant;
import io.stackup.security.TenantAccess;
import jakarta.annotation.security.PermitAll;

/**
 * For a user whose tenant is suspended: says so, with the operator's reason, and offers another tenant where they have
 * one, and always the logout.
 */
@Route(value = "tenant-suspended", autoLayout = false)
@PermitAll
@TenantFree
class TenantSuspendedView extends NoticePage implements HasDynamicTitle {

    TenantSuspendedView(CurrentUser currentUser, TenantAccess access, AuthenticationContext authentication) {
        super("tenant-suspended", "tenant-suspended.heading", authentication);
        setExplanation(getTranslation("tenant-suspended.text"));
        currentUser.user().stream()
                .flatMap(user -> access.tenantsOf(user.organizations()).stream())
                .filter(tenant -> !tenant.isActive())
                .forEach(tenant -> {
                    String reason = access.suspensionReason(tenant).orElse(null);
                    Paragraph why = new Paragraph(
                            reason == null
                                    ? getTranslation("tenant-suspended.no-reason", tenant.name())
                                    : getTranslation("tenant-suspended.reason", tenant.name(), reason));
                    why.addClassName("suspension-reason");
                    addAction(why);
                });
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
