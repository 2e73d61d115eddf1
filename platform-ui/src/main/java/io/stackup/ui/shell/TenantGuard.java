package io.stackup.ui.shell;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import io.stackup.core.tenancy.Roles;
import io.stackup.core.tenancy.Tenant;
import io.stackup.core.tenancy.TenantDirectory;
import io.stackup.core.tenancy.TenantStatus;
import io.stackup.security.SelectedTenant;
import io.stackup.security.StackupUser;
import io.stackup.security.TenantAccess;
import io.stackup.security.TenantSelection;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Sends a signed-in user without a usable tenant to the page that fits: no access (no longer, or not yet, a member of
 * their tenant), choose one of several, none set up, pending (a sign-up whose e-mail address is not verified yet) or
 * suspended; and a platform operator outside any organization to the operators' views. Also notices a tenant
 * suspended while its users are signed in, at their next navigation.
 */
@Component
class TenantGuard implements VaadinServiceInitListener {

    private final CurrentUser currentUser;
    private final TenantAccess access;
    private final TenantDirectory directory;
    private final TenantSelection selection;

    TenantGuard(CurrentUser currentUser, TenantAccess access, TenantDirectory directory, TenantSelection selection) {
        this.currentUser = currentUser;
        this.access = access;
        this.directory = directory;
        this.selection = selection;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(this::check));
    }

    private void check(BeforeEnterEvent event) {
        if (event.getNavigationTarget().isAnnotationPresent(TenantFree.class)) {
            return;
        }
        Optional<StackupUser> user = currentUser.user();
        if (user.isEmpty()) {
            return;
        }
        Optional<SelectedTenant> selected = currentUser.tenant();
        if (selected.isPresent()) {
            Optional<Tenant> tenant = directory.findById(selected.get().id());
            if (tenant.isEmpty() || !tenant.get().isActive()) {
                VaadinServletRequest request = VaadinServletRequest.getCurrent();
                if (request != null) {
                    selection.clear(request.getHttpServletRequest().getSession());
                }
                event.rerouteTo(TenantSuspendedView.class);
            }
            return;
        }
        if (currentUser.lostAccessTo().isPresent()) {
            event.rerouteTo(NoAccessView.class);
            return;
        }
        List<Tenant> tenants = access.tenantsOf(user.get().organizations());
        if (tenants.isEmpty() && user.get().hasRole(Roles.PLATFORM_OPERATOR)) {
            event.rerouteTo(Landings.OPERATOR);
        } else if (tenants.isEmpty()) {
            event.rerouteTo(NoTenantView.class);
        } else if (tenants.stream().noneMatch(Tenant::isActive)
                && tenants.stream().anyMatch(t -> t.status() == TenantStatus.PENDING)) {
            event.rerouteTo(TenantPendingView.class);
        } else if (tenants.stream().noneMatch(Tenant::isActive)) {
            event.rerouteTo(TenantSuspendedView.class);
        } else {
            event.rerouteTo(ChooseTenantView.class);
        }
    }
}
