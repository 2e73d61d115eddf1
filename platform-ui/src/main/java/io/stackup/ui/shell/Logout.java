package io.stackup.ui.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Logging out on a shared device (a tablet passed between interviewers): the answers this device still keeps for the
 * person (conversation mode, see {@code scripts/device.js}) are cleared before the session ends, so the next person
 * never sends them; when some have not reached the server yet, the person is told and decides.
 */
final class Logout {

    static final String SCRIPT = "context://scripts/device.js";

    private Logout() {}

    /** Loads the device script into the page (once a page), before any logout asks it. */
    static void install(UI ui) {
        ui.getPage().addJavaScript(SCRIPT);
    }

    /** Logs the person out from {@code source}'s page: asks the device what it keeps, warns if needed, clears it. */
    static void start(Component source, AuthenticationContext authentication) {
        String user = authentication
                .getAuthenticatedUser(OidcUser.class)
                .map(OidcUser::getSubject)
                .orElse("");
        source.getElement()
                .executeJs("return window.stackupDevice ? window.stackupDevice.pending($0) : 0", user)
                .then(
                        Integer.class,
                        pending -> {
                            if (pending == null || pending == 0) {
                                clearAndLogout(source, authentication, user);
                            } else {
                                confirm(source, authentication, user, pending);
                            }
                        },
                        error -> authentication.logout());
    }

    private static void confirm(Component source, AuthenticationContext authentication, String user, int pending) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("logout-pending");
        dialog.setHeader(source.getTranslation("shell.logout.pending.title"));
        dialog.setText(source.getTranslation("shell.logout.pending.text", pending));
        dialog.setCancelable(true);
        dialog.setCancelText(source.getTranslation("shell.logout.pending.stay"));
        dialog.setConfirmText(source.getTranslation("shell.logout.pending.discard"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> clearAndLogout(source, authentication, user));
        dialog.open();
    }

    private static void clearAndLogout(Component source, AuthenticationContext authentication, String user) {
        source.getElement()
                .executeJs("window.stackupDevice && window.stackupDevice.clear($0)", user)
                .then(ignored -> authentication.logout(), error -> authentication.logout());
    }
}
