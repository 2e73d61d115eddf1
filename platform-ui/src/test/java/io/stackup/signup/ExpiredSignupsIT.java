package io.stackup.signup;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import io.stackup.core.tenancy.Tenant;
import io.stackup.core.tenancy.TenantDirectory;
import io.stackup.core.tenancy.TenantStatus;
import io.stackup.support.SharedStack;
import io.stackup.support.StackupIntegrationTest;
import io.stackup.support.Superuser;
import io.stackup.tenantadmin.identity.KeycloakIdentityAdmin;
import io.stackup.tenantadmin.signup.ExpiredSignups;
import io.stackup.tenantadmin.signup.SignupActivation;
import io.stackup.tenantadmin.signup.SignupRequest;
import io.stackup.tenantadmin.signup.SignupService;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@link ExpiredSignups} on the real stack (PostgreSQL, Keycloak): a sign-up left unverified longer than the expiry is
 * gone from every table, from Keycloak (organization and admin user) and frees its short name; a verified one and a
 * fresh pending one are untouched; an admin user who is in another organization too is kept; and a run that finds a
 * removal half done (crash after Keycloak's organization was deleted) finishes it.
 */
@StackupIntegrationTest
class ExpiredSignupsIT {

    private static KeycloakIdentityAdmin keycloak;

    @Autowired
    private ExpiredSignups expiredSignups;

    @Autowired
    private SignupService signups;

    @Autowired
    private SignupActivation activation;

    @Autowired
    private TenantDirectory directory;

    @Autowired
    private Scheduler scheduler;

    private final String unique = UUID.randomUUID().toString().substring(0, 8);

    @BeforeAll
    static void connect() {
        keycloak = SharedStack.keycloakAdmin();
    }

    @AfterAll
    static void close() {
        keycloak.close();
    }

    @BeforeEach
    void belowEveryLimit() {
        Superuser.resetSignupRates();
    }

    @Test
    void the_expiry_is_seven_days_and_runs_as_a_recurring_task_of_the_scheduler() {
        assertThat(expiredSignups.expiry()).isEqualTo(Duration.ofDays(7));
        assertThat(scheduler.getScheduledExecution(TaskInstanceId.of("signup-expiry", "recurring")))
                .isPresent();
    }

    @Test
    void an_expired_pending_sign_up_is_gone_everywhere_and_its_short_name_is_free_while_others_are_untouched() {
        Tenant expired = signUp("old-" + unique, "old-" + unique + "@expired.example.com");
        String expiredUser =
                keycloak.findUserId("old-" + unique + "@expired.example.com").orElseThrow();
        Tenant fresh = signUp("new-" + unique, "new-" + unique + "@fresh.example.com");
        Tenant verified = signUp("ver-" + unique, "ver-" + unique + "@verified.example.com");
        String verifiedUser =
                keycloak.findUserId("ver-" + unique + "@verified.example.com").orElseThrow();
        assertThat(activation.activateIfVerified(verified, verifiedUser, true)).isTrue();
        age(expired, 8);
        age(verified, 30);
        age(fresh, 6);

        assertThat(expiredSignups.removeExpired()).isGreaterThanOrEqualTo(1);

        assertThat(directory.findById(expired.id())).isEmpty();
        assertThat(rowsOf(expired)).isZero();
        assertThat(keycloak.findOrganizationId(expired.slug())).isEmpty();
        assertThat(keycloak.organizationsOf(expiredUser)).isEmpty();
        assertThat(keycloak.findUserId("old-" + unique + "@expired.example.com"))
                .isEmpty();
        assertThat(signups.checkSlug(expired.slug())).isEmpty();

        assertThat(directory.findById(fresh.id()).orElseThrow().status()).isEqualTo(TenantStatus.PENDING);
        assertThat(directory.findById(verified.id()).orElseThrow().status()).isEqualTo(TenantStatus.ACTIVE);
        assertThat(rowsOf(fresh)).isPositive();
        assertThat(rowsOf(verified)).isPositive();
        assertThat(keycloak.findOrganizationId(fresh.slug())).contains(fresh.keycloakOrganizationId());
        assertThat(keycloak.findOrganizationId(verified.slug())).contains(verified.keycloakOrganizationId());
        assertThat(keycloak.findUserId("new-" + unique + "@fresh.example.com")).isPresent();
        assertThat(keycloak.findUserId("ver-" + unique + "@verified.example.com"))
                .contains(verifiedUser);

        Tenant again = signUp(expired.slug(), "again-" + unique + "@expired.example.com");
        assertThat(again.status()).isEqualTo(TenantStatus.PENDING);
    }

    @Test
    void an_admin_who_is_in_another_organization_too_keeps_their_user() {
        String email = "both-" + unique + "@expired.example.com";
        Tenant expired = signUp("both-" + unique, email);
        String user = keycloak.findUserId(email).orElseThrow();
        String other = keycloak.createOrganization("other-" + unique, "Other " + unique);
        keycloak.addOrganizationMember(other, user);
        age(expired, 8);

        expiredSignups.removeExpired();

        assertThat(directory.findById(expired.id())).isEmpty();
        assertThat(keycloak.findOrganizationId(expired.slug())).isEmpty();
        assertThat(keycloak.findUserId(email)).contains(user);
        assertThat(keycloak.organizationsOf(user)).containsExactly(other);
        keycloak.deleteOrganization(other);
        keycloak.deleteUser(user);
    }

    @Test
    void a_removal_interrupted_after_keycloaks_organization_was_deleted_is_finished_by_the_next_run() {
        String email = "half-" + unique + "@expired.example.com";
        Tenant expired = signUp("half-" + unique, email);
        age(expired, 8);
        // As if a run had made the deletion due and deleted the organization, then crashed.
        Superuser.update(
                "UPDATE tenant SET deletion_requested_at = now(), deletion_requested_by = 'system:signup-expiry',"
                        + " deletion_due_at = now() - interval '1 minute' WHERE id = ?",
                expired.id().value());
        keycloak.deleteOrganization(expired.keycloakOrganizationId());

        expiredSignups.removeExpired();
        expiredSignups.removeExpired();

        assertThat(directory.findById(expired.id())).isEmpty();
        assertThat(rowsOf(expired)).isZero();
        assertThat(keycloak.findUserId(email)).isEmpty();
    }

    private Tenant signUp(String slug, String email) {
        signups.signUp(
                new SignupRequest(
                        "Acme " + unique,
                        slug,
                        "Ada",
                        "Admin",
                        email,
                        "correct-horse-battery",
                        "correct-horse-battery"),
                "test-" + UUID.randomUUID());
        return directory.findBySlug(slug).orElseThrow();
    }

    /** Moves the sign-up's time back by this many days. */
    private static void age(Tenant tenant, int days) {
        Superuser.update(
                "UPDATE tenant SET created_at = now() - make_interval(days => ?) WHERE id = ?",
                days,
                tenant.id().value());
    }

    /** The tenant's member and audit rows. */
    private static long rowsOf(Tenant tenant) {
        return Superuser.number(
                        "SELECT count(*) FROM member WHERE tenant_id = ?",
                        tenant.id().value())
                + Superuser.number(
                        "SELECT count(*) FROM audit_event WHERE tenant_id = ?",
                        tenant.id().value());
    }
}
