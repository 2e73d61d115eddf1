package io.stackup.tenantadmin.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The in-memory fake keeps the contract Keycloak keeps, and shows what a test wants to see. */
class FakeIdentityAdminTest extends IdentityAdminContract {

    private final FakeIdentityAdmin admin = new FakeIdentityAdmin();

    @Override
    IdentityAdmin admin() {
        return admin;
    }

    @Test
    void a_user_ensured_again_gets_the_new_names_and_password() {
        String id = admin.ensureUser(email("ada"), "Ada", "Admin", "first");
        admin.ensureUser(email("ada"), "Ada", "Lovelace", "second");

        assertThat(admin.nameOf(id)).isEqualTo("Ada Lovelace");
        assertThat(admin.passwordOf(id)).isEqualTo("second");
        assertThat(admin.userCount()).isOne();
    }
}
