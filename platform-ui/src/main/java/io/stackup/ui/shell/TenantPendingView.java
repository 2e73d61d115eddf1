package io.stackup.ui.shell;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.security.AuthenticationContext;
import io.stackup.core.signup.SignupRateLimitedException;
import io.stackup.tenantadmin.signup.SignupService;
import jakarta.annotation.security.PermitAll;

/**
 * For a signed-up admin whose workspace is still pending: nobody works in it until the e-mail address is verified.
 * Says to check the inbox and sends the verification mail again on request (counted like a sign-up).
 */
@Route(value = "tenant-pending", autoLayout = false)
@PermitAll
@TenantFree
class TenantPendingView extends NoticePage implements HasDynamicTitle {

    TenantPendingView(CurrentUser currentUser, SignupService signups, AuthenticationContext authentication) {
        super("tenant-pending", "tenant-pending.heading", authentication);
        setExplanation(getTranslation("tenant-pending.text"));
        Paragraph resent = new Paragraph();
        resent.setId("tenant-pending-resent");
        resent.setVisible(false);
        String email = currentUser.user().map(user -> user.getEmail()).orElse(null);
        if (email != null) {
            Button resend = new Button(getTranslation("tenant-pending.resend"), e -> {
                try {
                    signups.resendVerification(email, clientAddress());
                    resent.setText(getTranslation("tenant-pending.resent"));
                } catch (SignupRateLimitedException limited) {
                    resent.setText(getTranslation("signup.rate-limited"));
                }
                resent.setVisible(true);
            });
            resend.setId("tenant-pending-resend");
            addAction(resend);
            addAction(resent);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("tenant-pending.title");
    }

    private static String clientAddress() {
        VaadinSession session = VaadinSession.getCurrent();
        String address = session == null ? null : session.getBrowser().getAddress();
        return address == null ? "unknown" : address;
    }
}
