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
        super("no-tenant", "no-tenant.heading", authentication);
        String organizations = currentUser.user().stream()
                .flatMap(user -> user.organizations().stream())
                .map(OrganizationMembership::alias)
                .collect(Collectors.joining(", "));
        setExplanation(
                organizations.isEmpty()
                        ? getTranslation("no-tenant.no-organization")
                        : getTranslation("no-tenant.organization-not-set-up", organizations));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("no-tenant.title");
    }
}
