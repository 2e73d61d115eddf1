package io.stackup.ui.shell;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.HandlerHelper;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.SynchronizedRequestHandler;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.server.communication.StreamRequestHandler;
import com.vaadin.flow.shared.JsonConstants;
import io.stackup.security.SelectedTenant;
import io.stackup.security.TenantSelection;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * Binds each browser tab (each Vaadin {@link UI}) to the tenant it was opened in, and refuses its writes once the
 * session works in another tenant. The tenant is chosen per HTTP session, which every tab of the browser shares, and
 * every request runs in the session's current tenant ({@code UiTenantFilter}); so without this a tab left open in
 * one tenant, after a switch in a second tab, would save what it shows of the first tenant into the second.
 *
 * <p>A tab takes the session's tenant when its UI is made, or at its first round trip with a tenant chosen (a tab
 * opened on the page that asks for one). Each later round trip (a click, a value change, a navigation) and each upload
 * of a tab whose tenant is no longer the session's is not processed at all, so nothing of it is written in either
 * tenant; the tab shows why, and a click on the message reloads the application in the session's tenant (Vaadin's
 * client shows a critical notification and follows its URL on a click). Runs before Vaadin's own handlers (added
 * handlers come first), under the session's lock.
 */
@Component
class TabTenant implements VaadinServiceInitListener {

    private final TenantSelection selection;

    TabTenant(TenantSelection selection) {
        this.selection = selection;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource()
                .addUIInitListener(
                        init -> current(VaadinSession.getCurrent()).ifPresent(tenant -> bind(init.getUI(), tenant)));
        event.addRequestHandler(new Guard());
    }

    /** The tenant the tab belongs to; none while it was only ever open without a tenant. */
    static Optional<SelectedTenant> of(UI ui) {
        return Optional.ofNullable(ComponentUtil.getData(ui, SelectedTenant.class));
    }

    private static void bind(UI ui, SelectedTenant tenant) {
        ComponentUtil.setData(ui, SelectedTenant.class, tenant);
    }

    private Optional<SelectedTenant> current(@Nullable VaadinSession session) {
        WrappedSession wrapped = session == null ? null : session.getSession();
        return wrapped == null ? Optional.empty() : selection.current(wrapped::getAttribute);
    }

    /** Refuses a tab's round trip or upload once the session's tenant is not the tab's. */
    private final class Guard extends SynchronizedRequestHandler {

        private static final String UPLOAD_PREFIX = "/" + StreamRequestHandler.DYN_RES_PREFIX;

        @Override
        protected boolean canHandleRequest(VaadinRequest request) {
            return HandlerHelper.isRequestType(request, HandlerHelper.RequestType.UIDL) || isUpload(request);
        }

        @Override
        public boolean synchronizedHandleRequest(VaadinSession session, VaadinRequest request, VaadinResponse response)
                throws IOException {
            UI ui = isUpload(request)
                    ? uploadsUi(session, request)
                    : session.getService().findUI(request);
            if (ui == null) {
                return false;
            }
            Optional<SelectedTenant> current = current(session);
            Optional<SelectedTenant> tab = of(ui);
            if (tab.isEmpty() || showsTenantFreeView(ui)) {
                // a page outside any tenant (choosing one, no access) may choose another: it takes the session's
                current.ifPresent(tenant -> bind(ui, tenant));
                return false;
            }
            if (current.isPresent() && current.get().id().equals(tab.get().id())) {
                return false;
            }
            String tabName = tab.get().name();
            String currentName = current.map(SelectedTenant::name).orElse("");
            if (isUpload(request)) {
                response.setStatus(409);
                response.setContentType("text/plain;charset=UTF-8");
                response.getOutputStream()
                        .write(ui.getTranslation("tab-tenant.upload", tabName, currentName)
                                .getBytes(StandardCharsets.UTF_8));
                return true;
            }
            String message = current.isPresent()
                    ? ui.getTranslation("tab-tenant.switched", tabName, currentName)
                    : ui.getTranslation("tab-tenant.none", tabName);
            response.setContentType(JsonConstants.JSON_CONTENT_TYPE);
            response.getOutputStream()
                    .write(VaadinService.createCriticalNotificationJSON(
                                    ui.getTranslation("tab-tenant.caption", tabName),
                                    message,
                                    null,
                                    request.getContextPath() + "/")
                            .getBytes(StandardCharsets.UTF_8));
            return true;
        }

        private static boolean showsTenantFreeView(UI ui) {
            List<HasElement> chain = ui.getInternals().getActiveRouterTargetsChain();
            return !chain.isEmpty() && ClassUtils.getUserClass(chain.getFirst()).isAnnotationPresent(TenantFree.class);
        }

        /** An upload (a POST to a stream resource, {@code VAADIN/dynamic/resource/<ui id>/…}). */
        private static boolean isUpload(VaadinRequest request) {
            String path = request.getPathInfo();
            return "POST".equals(request.getMethod()) && path != null && path.startsWith(UPLOAD_PREFIX);
        }

        private static @Nullable UI uploadsUi(VaadinSession session, VaadinRequest request) {
            String path = String.valueOf(request.getPathInfo()).substring(UPLOAD_PREFIX.length());
            int slash = path.indexOf('/');
            try {
                return session.getUIById(Integer.parseInt(slash < 0 ? path : path.substring(0, slash)));
            } catch (NumberFormatException notAnId) {
                return null;
            }
        }
    }
}
