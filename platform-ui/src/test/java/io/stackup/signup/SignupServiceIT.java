package io.stackup.signup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stackup.core.signup.SignupRateLimitedException;
import io.stackup.core.tenancy.Tenant;
import io.stackup.core.tenancy.TenantDirectory;
import io.stackup.core.tenancy.TenantStatus;
import io.stackup.deploy.MailServer;
import io.stackup.support.SharedStack;
import io.stackup.support.StackupIntegrationTest;
import io.stackup.support.Superuser;
import io.stackup.tenantadmin.identity.KeycloakIdentityAdmin;
import io.stackup.tenantadmin.signup.FieldProblem;
import io.stackup.tenantadmin.signup.SignupActivation;
import io.stackup.tenantadmin.signup.SignupRequest;
import io.stackup.tenantadmin.signup.SignupService;
import io.stackup.tenantadmin.signup.SignupValidationException;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@link SignupService} on the real stack: Keycloak, PostgreSQL and the SMTP server. A sign-up either wholly happens
 * (Keycloak's organization, user and membership; the pending tenant, its admin member and the audit record; the
 * verification mail) or leaves nothing, whichever side refuses; the rate limits refuse before Keycloak is asked.
 */
@StackupIntegrationTest
class SignupServiceIT {

    private static KeycloakIdentityAdmin keycloak;

    @Autowired
    private SignupService signups;

    @Autowired
    private SignupActivation activation;

    @Autowired
    private TenantDirectory directory;

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
    void a_sign_up_makes_the_organization_the_unverified_user_the_pending_tenant_its_admin_and_the_audit_record() {
        SignupRequest request = request("acme-" + unique, "ada-" + unique + "@acme.example.com");

        SignupService.Receipt receipt = signups.signUp(request, address());

        assertThat(receipt.email()).isEqualTo(request.email());
        String organization = keycloak.findOrganizationId(request.slug()).orElseThrow();
        String user = keycloak.findUserId(request.email()).orElseThrow();
        assertThat(keycloak.isOrganizationMember(organization, user)).isTrue();
        assertThat(keycloak.isEmailVerified(user)).isFalse();
        Tenant tenant = directory.findBySlug(request.slug()).orElseThrow();
        assertThat(tenant.status()).isEqualTo(TenantStatus.PENDING);
        assertThat(tenant.name()).isEqualTo("Acme " + unique);
        assertThat(tenant.keycloakOrganizationId()).isEqualTo(organization);
        assertThat(Superuser.number(
                        "SELECT count(*) FROM member WHERE tenant_id = ? AND keycloak_user_id = ?"
                                + " AND roles = ARRAY['tenant-admin'] AND active",
                        tenant.id().value(),
                        user))
                .isOne();
        assertThat(Superuser.number(
                        "SELECT count(*) FROM audit_event WHERE tenant_id = ? AND action = 'tenant.signed_up'"
                                + " AND actor_id = ? AND details ->> 'admin' = ?",
                        tenant.id().value(),
                        user,
                        request.email()))
                .isOne();
        MimeMessage mail = SharedStack.mail()
                .await(m -> sentTo(m, request.email()), Duration.ofSeconds(30))
                .orElseThrow(() -> new AssertionError("no verification mail to " + request.email()));
        assertThat(MailServer.body(mail)).contains("/login-actions/action-token");
    }

    @Test
    void a_slug_taken_in_the_database_but_not_in_keycloak_leaves_nothing_in_keycloak() {
        String slug = "dbonly-" + unique;
        directory.register(slug, "Taken in the database", "not-a-keycloak-organization-" + unique);
        SignupRequest request = request(slug, "db-" + unique + "@taken.example.com");
        long users = keycloakUsers();

        assertThatThrownBy(() -> signups.signUp(request, address()))
                .isInstanceOfSatisfying(
                        SignupValidationException.class,
                        e -> assertThat(e.problems())
                                .extracting(FieldProblem::field, FieldProblem::code)
                                .containsExactly(org.assertj.core.groups.Tuple.tuple("slug", "taken")));

        assertThat(keycloak.findOrganizationId(slug)).isEmpty();
        assertThat(keycloak.findUserId(request.email())).isEmpty();
        assertThat(keycloakUsers()).isEqualTo(users);
        assertThat(directory.findBySlug(slug).orElseThrow().name()).isEqualTo("Taken in the database");
    }

    @Test
    void a_slug_taken_in_keycloak_but_not_in_the_database_leaves_nothing_anywhere() {
        String slug = "kconly-" + unique;
        String theirs = keycloak.createOrganization(slug, "Taken in Keycloak " + unique);
        SignupRequest request = request(slug, "kc-" + unique + "@taken.example.com");
        long tenants = tenants();

        assertThatThrownBy(() -> signups.signUp(request, address()))
                .isInstanceOfSatisfying(
                        SignupValidationException.class,
                        e -> assertThat(e.problems())
                                .extracting(FieldProblem::code)
                                .containsExactly("taken"));

        assertThat(keycloak.findUserId(request.email())).isEmpty();
        assertThat(directory.findBySlug(slug)).isEmpty();
        assertThat(tenants()).isEqualTo(tenants);
        assertThat(keycloak.findOrganizationId(slug)).contains(theirs);
        keycloak.deleteOrganization(theirs);
    }

    @Test
    void a_known_email_gets_the_same_answer_as_a_new_one_and_nothing_is_created() {
        String slug = "known-" + unique;
        long tenants = tenants();
        long users = keycloakUsers();

        SignupService.Receipt receipt = signups.signUp(request(slug, "ADMIN@demo.test"), address());

        assertThat(receipt.email()).isEqualTo("admin@demo.test");
        assertThat(keycloak.findOrganizationId(slug)).isEmpty();
        assertThat(directory.findBySlug(slug)).isEmpty();
        assertThat(tenants()).isEqualTo(tenants);
        assertThat(keycloakUsers()).isEqualTo(users);
    }

    @Test
    void a_slug_must_fit_the_format_not_be_reserved_and_not_be_taken() {
        assertThat(signups.checkSlug("ab")).map(FieldProblem::code).contains("too-short");
        assertThat(signups.checkSlug("-abc")).map(FieldProblem::code).contains("format");
        assertThat(signups.checkSlug("a_b_c")).map(FieldProblem::code).contains("format");
        assertThat(signups.checkSlug("x".repeat(64))).map(FieldProblem::code).contains("too-long");
        for (String reserved : List.of("admin", "api", "www", "app", "auth", "login", "signup", "stackup", "support")) {
            assertThat(signups.checkSlug(reserved))
                    .as(reserved)
                    .map(FieldProblem::code)
                    .contains("reserved");
        }
        assertThat(signups.checkSlug("Admin")).map(FieldProblem::code).contains("reserved");
        assertThat(signups.checkSlug("demo")).map(FieldProblem::code).contains("taken");
        assertThat(signups.checkSlug("free-" + unique)).isEmpty();
    }

    @Test
    void every_field_problem_is_named_and_nothing_is_counted_or_created() {
        SignupRequest request =
                new SignupRequest("", "API", "", "x".repeat(101), "not-an-address", "short", "different");

        assertThatThrownBy(() -> signups.signUp(request, address()))
                .isInstanceOfSatisfying(
                        SignupValidationException.class,
                        e -> assertThat(e.problems())
                                .extracting(p -> p.field() + ":" + p.code())
                                .containsExactlyInAnyOrder(
                                        "companyName:required",
                                        "slug:reserved",
                                        "firstName:required",
                                        "lastName:too-long",
                                        "email:format",
                                        "password:too-short",
                                        "passwordConfirmation:mismatch"));
        assertThatThrownBy(() -> signups.signUp(
                        new SignupRequest(
                                "Same Ltd",
                                "same-" + unique,
                                "Sam",
                                "Same",
                                "sam.same@same.example.com",
                                "sam.same@same.example.com",
                                "sam.same@same.example.com"),
                        address()))
                .isInstanceOfSatisfying(
                        SignupValidationException.class,
                        e -> assertThat(e.problems())
                                .extracting(FieldProblem::code)
                                .containsExactly("same-as-email"));
        assertThat(Superuser.number("SELECT count(*) FROM rate_limit WHERE purpose = 'signup'"))
                .isZero();
    }

    @Test
    void an_address_over_its_limit_is_refused_before_keycloak_is_asked() {
        String address = address();
        for (int attempt = 0; attempt < 5; attempt++) {
            signups.signUp(request("limit-" + unique + "-" + attempt, "admin@demo.test"), address);
        }
        SignupRequest sixth = request("limit-" + unique, "limit-" + unique + "@limit.example.com");
        long users = keycloakUsers();

        assertThatThrownBy(() -> signups.signUp(sixth, address))
                .isInstanceOfSatisfying(
                        SignupRateLimitedException.class,
                        e -> assertThat(e.retryAfter()).isPositive().isLessThanOrEqualTo(Duration.ofHours(1)));

        assertThat(keycloak.findUserId(sixth.email())).isEmpty();
        assertThat(keycloak.findOrganizationId(sixth.slug())).isEmpty();
        assertThat(keycloakUsers()).isEqualTo(users);
        signups.signUp(request("other-" + unique, "admin@demo.test"), address());
    }

    @Test
    void the_global_limit_refuses_every_address_once_reached() {
        Superuser.update("INSERT INTO rate_limit (purpose, key, window_start, window_end, hits)"
                + " SELECT 'signup', 'global', w, w + interval '1 hour', 50"
                + " FROM date_bin('1 hour', now(), timestamptz '2000-01-01 00:00:00+00') AS w");
        SignupRequest request = request("global-" + unique, "global-" + unique + "@limit.example.com");

        assertThatThrownBy(() -> signups.signUp(request, address())).isInstanceOf(SignupRateLimitedException.class);

        assertThat(keycloak.findUserId(request.email())).isEmpty();
        assertThat(directory.findBySlug(request.slug())).isEmpty();
    }

    @Test
    void a_pending_tenant_turns_active_only_for_its_admin_with_a_verified_address_and_says_so_in_the_audit_log() {
        SignupRequest request = request("verify-" + unique, "vera-" + unique + "@verify.example.com");
        signups.signUp(request, address());
        Tenant pending = directory.findBySlug(request.slug()).orElseThrow();
        String admin = keycloak.findUserId(request.email()).orElseThrow();
        String stranger = keycloak.findUserId("admin@demo.test").orElseThrow();

        assertThat(activation.activateIfVerified(pending, admin, false)).isFalse();
        assertThat(activation.activateIfVerified(pending, stranger, true)).isFalse();
        assertThat(directory.findBySlug(request.slug()).orElseThrow().status()).isEqualTo(TenantStatus.PENDING);

        assertThat(activation.activateIfVerified(pending, admin, true)).isTrue();
        assertThat(activation.activateIfVerified(pending, admin, true))
                .as("again, from a stale copy")
                .isFalse();
        Tenant active = directory.findBySlug(request.slug()).orElseThrow();
        assertThat(active.status()).isEqualTo(TenantStatus.ACTIVE);
        assertThat(activation.activateIfVerified(active, admin, true)).isFalse();
        assertThat(Superuser.number(
                        "SELECT count(*) FROM audit_event WHERE tenant_id = ? AND action = 'tenant.activated'",
                        active.id().value()))
                .isOne();
    }

    private SignupRequest request(String slug, String email) {
        return new SignupRequest(
                "Acme " + unique, slug, "Ada", "Admin", email, "correct-horse-battery", "correct-horse-battery");
    }

    private String address() {
        return "test-" + UUID.randomUUID();
    }

    private static long tenants() {
        return Superuser.number("SELECT count(*) FROM tenant");
    }

    /** Keycloak's users of the realm, as its admin API counts them. */
    private static long keycloakUsers() {
        return keycloak.userCount();
    }

    private static boolean sentTo(MimeMessage mail, String address) {
        try {
            return Arrays.stream(mail.getRecipients(Message.RecipientType.TO))
                    .anyMatch(a -> a.toString().equalsIgnoreCase(address));
        } catch (jakarta.mail.MessagingException e) {
            return false;
        }
    }
}
