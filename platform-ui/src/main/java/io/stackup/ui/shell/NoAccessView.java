package io.stackup.ui.shell;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/**
 * For a user who has no access to the tenant they worked in or were about to: no member row there, or an inactive
 * one, or one without a role (docs/adr/0014-roles-per-tenant.md). Says which tenant and whom to ask, and offers the
 * ways out: another tenant, when the user belongs to several, and logging out.
 */
@Route(value = "no-access", autoLayout = false)
@PermitAll
@TenantFree
class NoAccessView extends NoticePage implements HasDynamicTitle {

    NoAccessView(CurrentUser currentUser, AuthenticationContext authentication) {
        super("no-access", "no-access.heading", authentication);
        setExplanation(currentUser
                .lostAccessTo()
                .map(tenant -> getTranslation("no-access.text", tenant))
                .orElseGet(() -> getTranslation("no-access.text-unnamed")));
        boolean severalTenants =
                currentUser.user().map(user -> user.organizations().size() > 1).orElse(false);
        if (severalTenants) {
            Button choose = new Button(
                    getTranslation("no-access.choose-other"),
                    e -> e.getSource().getUI().ifPresent(ui -> ui.navigate(ChooseTenantView.class)));
            choose.setId("choose-other-tenant");
            addAction(choose);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("no-access.title");
    }
}
