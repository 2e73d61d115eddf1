package io.stackup.support;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedHttpSession;
import io.stackup.core.tenancy.Tenant;
import io.stackup.core.tenancy.TenantContext;
import io.stackup.security.SignedInUsers;
import io.stackup.security.StackupUser;
import io.stackup.security.TenantAccess;
import io.stackup.security.TenantSelection;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A view test without a browser: the real views, services, PostgreSQL and Keycloak users of the shared test stack,
 * driven in the test's JVM (Vaadin's browserless testing). Each test starts signed in as {@link #user()}, working in
 * {@link #tenant()}, as the UI's login and tenant choice would leave them; {@link #signInAs} starts afresh as someone
 * else. The Chromium tests stay for journeys that need a browser (scripts, keys, layout).
 */
@StackupIntegrationTest
public abstract class BrowserlessViewTest extends SpringBrowserlessTest {

    @Autowired
    private TenantAccess access;

    @Autowired
    private TenantSelection selection;

    private TenantContext.@Nullable Scope tenantScope;
    private boolean started;

    /** The demo user each test of this class starts signed in as. */
    protected abstract String user();

    /** The organization alias {@link #user()} works in. */
    protected String tenant() {
        return "demo";
    }

    @Override
    @BeforeEach
    protected void initVaadinEnvironment() {
        signInAs(user(), tenant());
    }

    /** Ends the current session and starts a new one signed in as {@code email}, working in {@code alias}. */
    protected void signInAs(String email, String alias) {
        cleanVaadinEnvironment();
        Authentication authentication = SignedInUsers.authentication(email, alias);
        SecurityContextHolder.getContext().setAuthentication(authentication);
        super.initVaadinEnvironment();
        started = true;
        StackupUser signedIn = SignedInUsers.user(authentication);
        Tenant chosen = access.tenantsOf(signedIn.organizations()).stream()
                .filter(t -> t.slug().equals(alias))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(email + " is not a member of " + alias));
        WrappedHttpSession session =
                (WrappedHttpSession) VaadinSession.getCurrent().getSession();
        selection.select(session.getHttpSession(), signedIn, chosen);
        // as the UI's tenant filter does for each request: the roles of the member row in the chosen tenant
        SecurityContextHolder.getContext()
                .setAuthentication(SignedInUsers.inChosenTenant(authentication, session.getHttpSession()));
        tenantScope = TenantContext.bind(chosen.id(), signedIn.getSubject());
    }

    /** Ends the current session and starts a new one signed in as {@code email} in no tenant: a platform operator. */
    protected void signInWithoutTenant(String email) {
        cleanVaadinEnvironment();
        SecurityContextHolder.getContext().setAuthentication(SignedInUsers.authenticationWithoutOrganization(email));
        super.initVaadinEnvironment();
        started = true;
    }

    @Override
    @AfterEach
    protected void cleanVaadinEnvironment() {
        if (tenantScope != null) {
            tenantScope.close();
            tenantScope = null;
        }
        if (started) {
            super.cleanVaadinEnvironment();
            started = false;
        }
        SecurityContextHolder.clearContext();
    }
}
