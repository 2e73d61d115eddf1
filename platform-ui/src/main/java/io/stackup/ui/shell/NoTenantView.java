package io.stackup.ui.shell;

import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import io.stackup.security.OrganizationMembership;
import jakarta.annotation.security.PermitAll;
import java.util.stream.Collectors;

/** For a user whose organizations have no Stackup tenant (or who belongs to no organization). */
@Route(value = "no-tenant", autoLayout = false)
@PermitAll
@TenantFree
class NoTenantView extends NoticePage implements HasDynamicTitle {

    NoTenantView(CurrentUser currentUser, AuthenticationContext authentication) {
        super("no-tenant", "No Stackup workspace for your account", explanation(currentUser), authentication);
    }

    private static String explanation(CurrentUser currentUser) {
        String organizations = currentUser.user().stream()
                .flatMap(user -> user.organizations().stream())
                .map(OrganizationMembership::alias)
                .collect(Collectors.joining(", "));
        return organizations.isEmpty()
                ? "Your account does not belong to any partner organization yet. Ask your partner's Stackup"
                        + " administrator to invite you, then sign in again."
                : "Your organization (" + organizations + ") is not set up in Stackup yet. Ask your Stackup"
                        + " administrator to provision it, then sign in again.";
    }

    @Override
    public String getPageTitle() {
        return getTranslation("no-tenant.title");
    }
}
