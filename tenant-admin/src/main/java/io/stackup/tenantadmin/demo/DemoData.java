package io.stackup.tenantadmin.demo;

import io.stackup.core.tenancy.MemberLogin;
import io.stackup.core.tenancy.MemberService;
import io.stackup.core.tenancy.Roles;
import io.stackup.core.tenancy.Tenant;
import io.stackup.core.tenancy.TenantContext;
import io.stackup.core.tenancy.TenantDirectory;
import io.stackup.tenantadmin.keycloak.KeycloakAdmin;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Creates the demo tenants and users at start-up, idempotently: Keycloak organizations and users through the admin
 * REST API, tenant rows in Stackup's database. Users: {@code admin@<tenant>.test} (tenant-admin),
 * {@code interviewer@}, {@code expert@} and {@code expert2@<tenant>.test} for the tenants {@code demo} and
 * {@code other}; {@code freelancer@stackup.test}, an interviewer in both; {@code operator@stackup.test}
 * (platform-operator, in no organization). Every user of a tenant is also made a member of it before their first
 * login, so that an admin can assign interviews to the demo interviewers at once.
 */
@Component
@Profile("demo")
@EnableConfigurationProperties(DemoProperties.class)
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    record DemoTenant(String slug, String name) {}

    record DemoUser(String localPart, String firstName, String lastName, String role) {}

    static final List<DemoTenant> TENANTS =
            List.of(new DemoTenant("demo", "Demo Partners Ltd"), new DemoTenant("other", "Other Consulting"));

    static final List<DemoUser> USERS = List.of(
            new DemoUser("admin", "Ada", "Admin", Roles.TENANT_ADMIN),
            new DemoUser("interviewer", "Ivan", "Interviewer", Roles.INTERVIEWER),
            new DemoUser("expert", "Erin", "Expert", Roles.EXPERT),
            new DemoUser("expert2", "Eli", "Expert", Roles.EXPERT));

    private final DemoProperties properties;
    private final TenantDirectory directory;
    private final MemberService members;

    DemoData(DemoProperties properties, TenantDirectory directory, MemberService members) {
        this.properties = properties;
        this.directory = directory;
        this.members = members;
    }

    @Override
    public void run(ApplicationArguments args) {
        KeycloakAdmin admin = new KeycloakAdmin(
                properties.keycloakUrl(), "stackup", properties.adminUsername(), properties.adminPassword());
        String password = properties.password();
        String freelancer = admin.ensureUser("freelancer@stackup.test", "Fran", "Freelancer", password);
        admin.grantRealmRoles(freelancer, Roles.INTERVIEWER);
        for (DemoTenant demo : TENANTS) {
            String organizationId = admin.ensureOrganization(demo.slug(), demo.name(), demo.slug() + ".test");
            Tenant tenant = directory.register(demo.slug(), demo.name(), organizationId);
            for (DemoUser user : USERS) {
                String email = user.localPart() + "@" + demo.slug() + ".test";
                String userId = admin.ensureUser(email, user.firstName(), user.lastName(), password);
                admin.grantRealmRoles(userId, user.role());
                admin.addOrganizationMember(organizationId, userId);
                ensureMember(tenant, userId, email, user.firstName() + " " + user.lastName(), user.role());
            }
            admin.addOrganizationMember(organizationId, freelancer);
            ensureMember(tenant, freelancer, "freelancer@stackup.test", "Fran Freelancer", Roles.INTERVIEWER);
        }
        String operator = admin.ensureUser("operator@stackup.test", "Otto", "Operator", password);
        admin.grantRealmRoles(operator, Roles.PLATFORM_OPERATOR);
        admin.ensurePublicClient(KeycloakAdmin.CLI_CLIENT);
        log.info("Demo data ready: tenants {}, users' password from STACKUP_DEMO_PASSWORD", TENANTS);
    }

    private void ensureMember(Tenant tenant, String userId, String email, String name, String role) {
        TenantContext.callAs(
                tenant.id(),
                "system:demo",
                () -> members.ensureMember(new MemberLogin(userId, email, name, Set.of(role))));
    }
}
