package io.stackup.tenantadmin.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.stackup.tenantadmin.demo.DemoIdentities.Member;
import io.stackup.tenantadmin.demo.DemoIdentities.Organization;
import io.stackup.tenantadmin.identity.FakeIdentityAdmin;
import io.stackup.tenantadmin.identity.KeycloakIdentityAdmin;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The demo's organizations, users, roles and memberships, on the in-memory identity provider. */
class DemoIdentitiesTest {

    private final FakeIdentityAdmin admin = new FakeIdentityAdmin();
    private final DemoIdentities demo = new DemoIdentities(admin, "demo-password");

    @Test
    void each_demo_tenant_has_an_organization_with_its_four_users_and_the_freelancer() {
        List<Organization> organizations = demo.ensure();

        assertThat(organizations).extracting(Organization::slug).containsExactly("demo", "other");
        Organization first = organizations.getFirst();
        assertThat(admin.findOrganizationId("demo")).contains(first.organizationId());
        assertThat(first.members())
                .extracting(Member::email, Member::role)
                .containsExactly(
                        tuple("admin@demo.test", "tenant-admin"),
                        tuple("interviewer@demo.test", "interviewer"),
                        tuple("expert@demo.test", "expert"),
                        tuple("expert2@demo.test", "expert"),
                        tuple("freelancer@stackup.test", "interviewer"));
        assertThat(organizations.getLast().members())
                .extracting(Member::email, Member::role)
                .contains(tuple("admin@other.test", "tenant-admin"), tuple("freelancer@stackup.test", "tenant-admin"));
        for (Organization organization : organizations) {
            for (Member member : organization.members()) {
                assertThat(admin.findUserId(member.email())).contains(member.userId());
                assertThat(admin.isOrganizationMember(organization.organizationId(), member.userId()))
                        .as(member.email())
                        .isTrue();
                assertThat(admin.realmRolesOf(member.userId()))
                        .as("tenant roles live on member rows, not in the realm")
                        .isEmpty();
                assertThat(admin.passwordOf(member.userId())).isEqualTo("demo-password");
                assertThat(admin.nameOf(member.userId())).isEqualTo(member.name());
            }
        }
    }

    @Test
    void the_freelancer_is_in_both_tenants_and_the_operator_in_none() {
        List<Organization> organizations = demo.ensure();

        String freelancer = admin.findUserId("freelancer@stackup.test").orElseThrow();
        assertThat(admin.organizationsOf(freelancer))
                .containsExactlyInAnyOrderElementsOf(
                        organizations.stream().map(Organization::organizationId).toList());
        String operator = admin.findUserId("operator@stackup.test").orElseThrow();
        assertThat(admin.organizationsOf(operator)).isEmpty();
        assertThat(admin.realmRolesOf(operator)).containsExactly("platform-operator");
    }

    @Test
    void the_local_command_line_client_exists() {
        demo.ensure();

        assertThat(admin.clientIds()).containsExactly(KeycloakIdentityAdmin.CLI_CLIENT);
    }

    @Test
    void running_again_returns_the_same_ids_and_creates_nothing_more() {
        List<Organization> first = demo.ensure();
        int users = admin.userCount();

        assertThat(demo.ensure()).isEqualTo(first);
        assertThat(admin.userCount()).isEqualTo(users).isEqualTo(10);
        assertThat(admin.organizationCount()).isEqualTo(2);
    }
}
