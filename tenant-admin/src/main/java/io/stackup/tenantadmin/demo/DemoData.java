package io.stackup.tenantadmin.demo;

import io.stackup.core.tenancy.MemberLogin;
import io.stackup.core.tenancy.MemberService;
import io.stackup.core.tenancy.Tenant;
import io.stackup.core.tenancy.TenantContext;
import io.stackup.core.tenancy.TenantDirectory;
import io.stackup.tenantadmin.identity.KeycloakIdentityAdmin;
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
 * Creates the demo tenants and users at start-up, idempotently: Keycloak organizations and users through
 * {@link DemoIdentities}, tenant and member rows in Stackup's database. Users: {@code admin@<tenant>.test}
 * (tenant-admin), {@code interviewer@}, {@code expert@} and {@code expert2@<tenant>.test} for the tenants {@code demo}
 * and {@code other}; {@code freelancer@stackup.test}, interviewer in {@code demo} and tenant-admin in {@code other};
 * {@code operator@stackup.test} (platform-operator, in no organization). Every user of a tenant is made a member of it
 * with their roles there before their first login: the member row is where a person's roles in a tenant live
 * (docs/adr/0014-roles-per-tenant.md), and an admin can assign interviews to the demo interviewers at once.
 */
@Component
@Profile("demo")
@EnableConfigurationProperties(DemoProperties.class)
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

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
        List<DemoIdentities.Organization> organizations;
        try (KeycloakIdentityAdmin admin = new KeycloakIdentityAdmin(
                properties.keycloakUrl(), "stackup", properties.adminUsername(), properties.adminPassword())) {
            organizations = new DemoIdentities(admin, properties.password()).ensure();
        }
        for (DemoIdentities.Organization organization : organizations) {
            Tenant tenant = directory.register(organization.slug(), organization.name(), organization.organizationId());
            for (DemoIdentities.Member member : organization.members()) {
                TenantContext.callAs(
                        tenant.id(),
                        "system:demo",
                        () -> members.ensureMember(new MemberLogin(
                                member.userId(), member.email(), member.name(), Set.of(member.role()))));
            }
        }
        log.info("Demo data ready: tenants {}, users' password from STACKUP_DEMO_PASSWORD", DemoIdentities.TENANTS);
    }
}
