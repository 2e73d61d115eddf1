package io.stackup.support;

import io.stackup.core.tenancy.Tenant;
import io.stackup.core.tenancy.TenantDirectory;
import io.stackup.core.tenancy.TenantStatus;
import io.stackup.tenantadmin.identity.KeycloakIdentityAdmin;

/**
 * Users beyond the demo data, for the states a demo user never reaches: an organization without a tenant, and a
 * suspended tenant. Created once per test JVM; every test class may ask for them.
 */
public final class ExtraUsers {

    public static final String GHOST = "ghost@nowhere.test";
    public static final String PAUSED = "admin@paused.test";

    private ExtraUsers() {}

    private static boolean ensured;

    public static synchronized void ensure(TenantDirectory directory) {
        if (ensured) {
            return;
        }
        try (KeycloakIdentityAdmin admin = SharedStack.keycloakAdmin()) {
            String ghostOrg = admin.ensureOrganization("nowhere", "No Tenant Inc", "nowhere.test");
            String ghost = admin.ensureUser(GHOST, "Gus", "Ghost", Tokens.PASSWORD);
            admin.addOrganizationMember(ghostOrg, ghost);

            String pausedOrg = admin.ensureOrganization("paused", "Paused Partners", "paused.test");
            Tenant paused = directory.register("paused", "Paused Partners", pausedOrg);
            directory.changeStatus(paused.id(), TenantStatus.SUSPENDED);
            String pausedAdmin = admin.ensureUser(PAUSED, "Pia", "Paused", Tokens.PASSWORD);
            admin.addOrganizationMember(pausedOrg, pausedAdmin);
        }
        ensured = true;
    }
}
