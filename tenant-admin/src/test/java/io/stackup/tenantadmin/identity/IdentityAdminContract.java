package io.stackup.tenantadmin.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every {@link IdentityAdmin} does, checked on the in-memory fake ({@link FakeIdentityAdminTest}) and on Keycloak
 * ({@link KeycloakIdentityAdminIT}) alike, so the fake answers as Keycloak does. Each test works on names of its own,
 * so the tests may share one realm.
 */
abstract class IdentityAdminContract {

    private final String unique = UUID.randomUUID().toString().substring(0, 8);

    abstract IdentityAdmin admin();

    String alias() {
        return "org-" + unique;
    }

    String email(String localPart) {
        return localPart + "-" + unique + "@contract.test";
    }

    @Test
    void an_organization_is_created_once_and_found_by_its_alias() {
        String id = admin().ensureOrganization(alias(), "Contract Ltd", alias() + ".test");

        assertThat(admin().ensureOrganization(alias(), "Contract Ltd", alias() + ".test"))
                .isEqualTo(id);
        assertThat(admin().findOrganizationId(alias())).contains(id);
        assertThat(admin().findOrganizationId("no-" + alias())).isEmpty();
    }

    @Test
    void an_organization_may_have_no_domain() {
        String id = admin().ensureOrganization(alias(), "No Domain Ltd", null);

        assertThat(admin().findOrganizationId(alias())).contains(id);
    }

    @Test
    void a_user_is_created_once_and_found_by_username_ignoring_case() {
        String email = email("ada");
        String id = admin().ensureUser(email, "Ada", "Admin", "Secret-123-long");

        assertThat(admin().ensureUser(email, "Ada", "Lovelace", "Secret-456-long"))
                .isEqualTo(id);
        assertThat(admin().findUserId(email)).contains(id);
        assertThat(admin().findUserId(email.toUpperCase(Locale.ROOT))).contains(id);
        assertThat(admin().findUserId(email("nobody"))).isEmpty();
    }

    @Test
    void granted_realm_roles_add_to_the_users_and_granting_again_changes_nothing() {
        String id = admin().ensureUser(email("otto"), "Otto", "Operator", "Secret-123-long");

        admin().grantRealmRoles(id, "platform-operator");
        admin().grantRealmRoles(id, "offline_access", "platform-operator");
        admin().grantRealmRoles(id);

        assertThat(admin().realmRolesOf(id)).contains("platform-operator", "offline_access");
    }

    @Test
    void a_role_the_realm_lacks_is_refused_and_none_of_the_others_is_granted() {
        String id = admin().ensureUser(email("eve"), "Eve", "Eager", "Secret-123-long");

        assertThatThrownBy(() -> admin().grantRealmRoles(id, "platform-operator", "no-such-role"))
                .isInstanceOfSatisfying(
                        IdentityAdminException.class,
                        e -> assertThat(e.status()).isEqualTo(404));
        assertThat(admin().realmRolesOf(id)).doesNotContain("platform-operator");
    }

    @Test
    void the_roles_of_a_tenant_are_no_realm_roles() {
        String id = admin().ensureUser(email("tim"), "Tim", "Tenant", "Secret-123-long");

        for (String tenantRole : new String[] {"tenant-admin", "interviewer", "expert"}) {
            assertThatThrownBy(() -> admin().grantRealmRoles(id, tenantRole))
                    .as(tenantRole)
                    .isInstanceOfSatisfying(
                            IdentityAdminException.class,
                            e -> assertThat(e.status()).isEqualTo(404));
        }
    }

    @Test
    void a_member_is_added_once_and_only_to_that_organization() {
        String organization = admin().ensureOrganization(alias(), "Members Ltd", null);
        String other = admin().ensureOrganization(alias() + "-other", "Others Ltd", null);
        String user = admin().ensureUser(email("mia"), "Mia", "Member", "Secret-123-long");
        assertThat(admin().isOrganizationMember(organization, user)).isFalse();

        admin().addOrganizationMember(organization, user);
        admin().addOrganizationMember(organization, user);

        assertThat(admin().isOrganizationMember(organization, user)).isTrue();
        assertThat(admin().isOrganizationMember(other, user)).isFalse();
    }

    // offboarding

    @Test
    void a_deleted_organization_is_gone_and_its_members_remain_in_their_other_organizations() {
        String gone = admin().ensureOrganization(alias(), "Gone Ltd", null);
        String kept = admin().ensureOrganization(alias() + "-kept", "Kept Ltd", null);
        String both = admin().ensureUser(email("bo"), "Bo", "Both", "Secret-123-long");
        admin().addOrganizationMember(gone, both);
        admin().addOrganizationMember(kept, both);
        assertThat(admin().organizationsOf(both)).containsExactlyInAnyOrder(gone, kept);

        admin().deleteOrganization(gone);
        admin().deleteOrganization(gone);

        assertThat(admin().findOrganizationId(alias())).isEmpty();
        assertThat(admin().organizationsOf(both)).containsExactly(kept);
    }

    @Test
    void a_deleted_user_is_gone_and_deleting_again_changes_nothing() {
        String user = admin().ensureUser(email("del"), "Del", "Eted", "Secret-123-long");
        assertThat(admin().organizationsOf(user)).isEmpty();

        admin().deleteUser(user);
        admin().deleteUser(user);

        assertThat(admin().findUserId(email("del"))).isEmpty();
        assertThat(admin().organizationsOf(user)).isEmpty();
    }

    // members

    @Test
    void an_invited_user_is_found_by_email_and_a_second_one_with_that_email_is_refused() {
        String id = admin().createInvitedUser(email("ivy"), "Ivy", "Invitee");

        assertThat(admin().findUserIdByEmail(email("ivy").toUpperCase(Locale.ROOT)))
                .contains(id);
        assertThat(admin().findUserId(email("ivy"))).contains(id);
        assertThat(admin().findUserIdByEmail(email("nobody"))).isEmpty();
        assertThatThrownBy(() -> admin().createInvitedUser(email("ivy"), "Ivy", "Again"))
                .isInstanceOfSatisfying(
                        IdentityAdminException.class,
                        e -> assertThat(e.status()).isEqualTo(409));
    }

    @Test
    void a_member_removed_from_one_organization_stays_in_the_other_and_removing_twice_is_no_failure() {
        String one = admin().ensureOrganization(alias(), "One Ltd", null);
        String two = admin().ensureOrganization(alias() + "-two", "Two Ltd", null);
        String user = admin().createInvitedUser(email("rex"), "Rex", "Removed");
        admin().addOrganizationMember(one, user);
        admin().addOrganizationMember(two, user);

        admin().removeOrganizationMember(one, user);
        admin().removeOrganizationMember(one, user);

        assertThat(admin().isOrganizationMember(one, user)).isFalse();
        assertThat(admin().organizationsOf(user)).containsExactly(two);
    }

    @Test
    void a_user_in_no_organization_has_none_and_a_deleted_user_is_gone_and_deleting_again_is_no_failure() {
        String user = admin().createInvitedUser(email("dora"), "Dora", "Deleted");
        assertThat(admin().organizationsOf(user)).isEmpty();

        admin().endSessions(user);
        admin().deleteUser(user);
        admin().deleteUser(user);

        assertThat(admin().findUserIdByEmail(email("dora"))).isEmpty();
    }

    // signup

    @Test
    void an_organization_is_created_only_when_its_alias_is_free() {
        String id = admin().createOrganization(alias(), "Created Ltd " + alias());

        assertThat(admin().findOrganizationId(alias())).contains(id);
        assertThatThrownBy(() -> admin().createOrganization(alias(), "Other Ltd " + alias()))
                .isInstanceOfSatisfying(
                        IdentityAdminException.class,
                        e -> assertThat(e.status()).isEqualTo(409));
    }

    @Test
    void an_unverified_user_is_created_once_and_a_second_one_with_the_same_email_is_refused() {
        String email = email("una");
        String id = admin().createUnverifiedUser(email, "Una", "Unverified", "Long-Secret-123");

        assertThat(admin().findUserId(email)).contains(id);
        assertThat(admin().isEmailVerified(id)).isFalse();
        assertThatThrownBy(() -> admin().createUnverifiedUser(email, "Una", "Again", "Long-Secret-456"))
                .isInstanceOfSatisfying(
                        IdentityAdminException.class,
                        e -> assertThat(e.status()).isEqualTo(409));
    }

    @Test
    void deleted_users_and_organizations_are_gone_and_deleting_again_is_fine() {
        String organization = admin().createOrganization(alias(), "Deleted Ltd " + alias());
        String user = admin().createUnverifiedUser(email("dora"), "Dora", "Deleted", "Long-Secret-123");
        admin().addOrganizationMember(organization, user);

        admin().deleteUser(user);
        admin().deleteOrganization(organization);
        admin().deleteUser(user);
        admin().deleteOrganization(organization);

        assertThat(admin().findUserId(email("dora"))).isEmpty();
        assertThat(admin().findOrganizationId(alias())).isEmpty();
        assertThat(admin().isEmailVerified(user)).isFalse();
    }
}
