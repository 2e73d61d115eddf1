package io.stackup.ui.offboarding;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.stackup.core.offboarding.TenantDeletions;
import io.stackup.core.tenancy.Roles;
import io.stackup.core.tenancy.TenantContext;
import io.stackup.core.tenancy.TenantId;
import io.stackup.ui.shell.CurrentUser;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * While the working tenant's deletion is pending, the tenant is suspended for the UI: its admins are sent to the Data
 * screen (where they see the pending deletion, may still download the archive and may cancel), everyone else to the
 * suspended page. Public pages stay as they are.
 */
@Component
class DeletionPendingGuard implements VaadinServiceInitListener {

    /** The suspended page's route (shell's TenantSuspendedView). */
    static final String SUSPENDED = "tenant-suspended";

    private final TenantDeletions deletions;
    private final CurrentUser currentUser;

    DeletionPendingGuard(TenantDeletions deletions, CurrentUser currentUser) {
        this.deletions = deletions;
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(this::check));
    }

    private void check(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        if (target == DataView.class || target.isAnnotationPresent(AnonymousAllowed.class)) {
            return;
        }
        Optional<TenantId> tenant = TenantContext.currentTenant();
        if (tenant.isEmpty() || deletions.pending(tenant.get()).isEmpty()) {
            return;
        }
        if (currentUser.user().map(u -> u.hasRole(Roles.TENANT_ADMIN)).orElse(false)) {
            event.rerouteTo(DataView.class);
        } else if (!SUSPENDED.equals(event.getLocation().getPath())) {
            event.rerouteTo(SUSPENDED);
        }
    }
}
