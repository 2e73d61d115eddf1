package io.stackup.tenantadmin.demo;

import io.stackup.core.tenancy.TenantDirectory;
import io.stackup.tenantadmin.keycloak.KeycloakAdmin;
import java.util.List;
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
 * (platform-operator, in no organization).
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
            new DemoUser("admin", "Ada", "Admin", "tenant-admin"),
            new DemoUser("interviewer", "Ivan", "Interviewer", "interviewer"),
            new DemoUser("expert", "Erin", "Expert", "expert"),
            new DemoUser("expert2", "Eli", "Expert", "expert"));

    private final DemoProperties properties;
    private final TenantDirectory directory;

    DemoData(DemoProperties properties, TenantDirectory directory) {
        this.properties = properties;
        this.directory = directory;
    }

    @Override
    public void run(ApplicationArguments args) {
        KeycloakAdmin admin = new KeycloakAdmin(
                properties.keycloakUrl(), "stackup", properties.adminUsername(), properties.adminPassword());
        String password = properties.password();
        List<String> organizationIds = TENANTS.stream()
                .map(tenant -> {
                    String organizationId =
                            admin.ensureOrganization(tenant.slug(), tenant.name(), tenant.slug() + ".test");
                    directory.register(tenant.slug(), tenant.name(), organizationId);
                    for (DemoUser user : USERS) {
                        String userId = admin.ensureUser(
                                user.localPart() + "@" + tenant.slug() + ".test",
                                user.firstName(),
                                user.lastName(),
                                password);
                        admin.grantRealmRoles(userId, user.role());
                        admin.addOrganizationMember(organizationId, userId);
                    }
                    return organizationId;
                })
                .toList();
        String freelancer = admin.ensureUser("freelancer@stackup.test", "Fran", "Freelancer", password);
        admin.grantRealmRoles(freelancer, "interviewer");
        organizationIds.forEach(organizationId -> admin.addOrganizationMember(organizationId, freelancer));
        String operator = admin.ensureUser("operator@stackup.test", "Otto", "Operator", password);
        admin.grantRealmRoles(operator, "platform-operator");
        admin.ensurePublicClient(KeycloakAdmin.CLI_CLIENT);
        log.info("Demo data ready: tenants {}, users' password from STACKUP_DEMO_PASSWORD", TENANTS);
    }
}
