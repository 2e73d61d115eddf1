package io.stackup.ui.shell;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.HandlerHelper;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.shared.JsonConstants;
import io.stackup.core.tenancy.Roles;
import io.stackup.core.tenancy.Tenant;
import io.stackup.core.tenancy.TenantDirectory;
import io.stackup.core.tenancy.TenantStatus;
import io.stackup.security.SelectedTenant;
import io.stackup.security.StackupUser;
import io.stackup.security.TenantAccess;
import io.stackup.security.TenantSelection;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;

/**
 * Sends a signed-in user without a usable tenant to the page that fits: no access (no longer, or not yet, a member of
 * their tenant), choose one of several, none set up, pending (a sign-up whose e-mail address is not verified yet) or
 * suspended; and a platform operator outside any organization to the operators' views. Also notices a tenant
 * suspended while its users are signed in, at their next navigation or other round trip of an open tab.
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
        event.addRequestHandler(this::leaveSuspendedTenant);
    }

    /**
     * An open tab's next server round trip (a click, a value change, not only a navigation) in a tenant suspended
     * since it was chosen: the round trip is not processed, the session's choice is cleared, and the tab is sent to the
     * suspended page (Vaadin's client follows the redirect of a critical notification without caption). One lookup of
     * the tenant row by primary key per round trip. Runs before Vaadin's own handlers (added handlers come first).
     */
    private boolean leaveSuspendedTenant(VaadinSession session, VaadinRequest request, VaadinResponse response)
            throws IOException {
        if (!HandlerHelper.isRequestType(request, HandlerHelper.RequestType.UIDL)
                || !(request instanceof VaadinServletRequest servletRequest)) {
            return false;
        }
        HttpSession httpSession = servletRequest.getHttpServletRequest().getSession(false);
        if (httpSession == null) {
            return false;
        }
        Optional<SelectedTenant> selected = selection.current(httpSession);
        if (selected.isEmpty() || stillActive(selected.get())) {
            return false;
        }
        selection.clear(httpSession);
        response.setContentType(JsonConstants.JSON_CONTENT_TYPE);
        byte[] redirect = VaadinService.createCriticalNotificationJSON(
                        null, null, null, request.getContextPath() + "/tenant-suspended")
                .getBytes(StandardCharsets.UTF_8);
        response.getOutputStream().write(redirect);
        return true;
    }

    /**
     * Whether the tenant is still active; also when PostgreSQL cannot be asked (docs/adr/0011-durability.md): then the
     * request goes on, the screens keep what the person does on the device, and the next request asks again.
     */
    private boolean stillActive(SelectedTenant selected) {
        try {
            return directory.findById(selected.id()).map(Tenant::isActive).orElse(false);
        } catch (DataAccessException | TransactionException unreachable) {
            return true;
        }
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
