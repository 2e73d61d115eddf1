package io.stackup.tenantadmin.demo;

import io.stackup.core.tenancy.Roles;
import io.stackup.tenantadmin.identity.IdentityAdmin;
import io.stackup.tenantadmin.identity.KeycloakIdentityAdmin;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo's side in the identity provider, idempotently: one organization per demo tenant with its four users, the
 * freelancer in both, the operator in none (with the realm role {@code platform-operator}, the only role Keycloak
 * holds), and the local command-line client. It knows nothing of Stackup's database: {@link DemoData} registers the
 * tenants and the members it returns, with each member's roles in that tenant (docs/adr/0014-roles-per-tenant.md).
 */
final class DemoIdentities {

    /** A demo tenant, and the freelancer's role in it. */
    record DemoTenant(String slug, String name, String freelancerRole) {}

    record DemoUser(String localPart, String firstName, String lastName, String role) {}

    /** A user as the tenant's member row needs them, with their role in that tenant. */
    record Member(String userId, String email, String name, String role) {}

    /** A demo tenant's organization and the users who are its members. */
    record Organization(String slug, String name, String organizationId, List<Member> members) {}

    static final List<DemoTenant> TENANTS = List.of(
            new DemoTenant("demo", "Demo Partners Ltd", Roles.INTERVIEWER),
            new DemoTenant("other", "Other Consulting", Roles.TENANT_ADMIN));

    static final List<DemoUser> USERS = List.of(
            new DemoUser("admin", "Ada", "Admin", Roles.TENANT_ADMIN),
            new DemoUser("interviewer", "Ivan", "Interviewer", Roles.INTERVIEWER),
            new DemoUser("expert", "Erin", "Expert", Roles.EXPERT),
            new DemoUser("expert2", "Eli", "Expert", Roles.EXPERT));

    /**
     * Works for both tenants with different rights: interviewer in {@code demo}, tenant-admin in {@code other}; the
     * demo's person whose roles differ between tenants.
     */
    static final String FREELANCER = "freelancer@stackup.test";

    static final String OPERATOR = "operator@stackup.test";

    private final IdentityAdmin admin;
    private final String password;

    /** @param password the password every demo user gets */
    DemoIdentities(IdentityAdmin admin, String password) {
        this.admin = admin;
        this.password = password;
    }

    /** Creates what is missing and returns the demo tenants' organizations with their members, in order. */
    List<Organization> ensure() {
        String freelancer = admin.ensureUser(FREELANCER, "Fran", "Freelancer", password);
        List<Organization> organizations = new ArrayList<>();
        for (DemoTenant tenant : TENANTS) {
            String organizationId = admin.ensureOrganization(tenant.slug(), tenant.name(), tenant.slug() + ".test");
            List<Member> members = new ArrayList<>();
            for (DemoUser user : USERS) {
                String email = user.localPart() + "@" + tenant.slug() + ".test";
                String userId = admin.ensureUser(email, user.firstName(), user.lastName(), password);
                admin.addOrganizationMember(organizationId, userId);
                members.add(new Member(userId, email, user.firstName() + " " + user.lastName(), user.role()));
            }
            admin.addOrganizationMember(organizationId, freelancer);
            members.add(new Member(freelancer, FREELANCER, "Fran Freelancer", tenant.freelancerRole()));
            organizations.add(new Organization(tenant.slug(), tenant.name(), organizationId, List.copyOf(members)));
        }
        String operator = admin.ensureUser(OPERATOR, "Otto", "Operator", password);
        admin.grantRealmRoles(operator, Roles.PLATFORM_OPERATOR);
        admin.ensurePasswordGrantClient(KeycloakIdentityAdmin.CLI_CLIENT);
        return List.copyOf(organizations);
    }
}
