package io.stackup.tenantadmin.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stackup.core.membership.MemberConflictException;
import io.stackup.core.membership.MemberEntry;
import io.stackup.core.membership.MemberNotFoundException;
import io.stackup.core.membership.MemberStatus;
import io.stackup.core.membership.MemberValidationException;
import io.stackup.core.template.Problem;
import io.stackup.core.tenancy.Member;
import io.stackup.core.tenancy.MemberLogin;
import io.stackup.core.tenancy.MemberService;
import io.stackup.core.tenancy.Roles;
import io.stackup.core.tenancy.Tenant;
import io.stackup.core.tenancy.TenantContext;
import io.stackup.core.tenancy.TenantDirectory;
import io.stackup.deploy.KeycloakServer;
import io.stackup.deploy.MailServer;
import io.stackup.tenantadmin.identity.IdentityAdmin;
import io.stackup.tenantadmin.identity.KeycloakIdentityAdmin;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.UserRepresentation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Member management on a real PostgreSQL and a real Keycloak with Stackup's realm, whose mails arrive in the test SMTP
 * server: invitations (a new account gets Keycloak's mail, a known one Stackup's), resend and revoke, roles, the last
 * admin (also under two concurrent demotions), deactivation ending the Keycloak sessions, an expert's areas, every
 * change audited, and another tenant's admin finding none of it.
 */
@SpringBootTest(classes = MembersTestStack.class)
@ContextConfiguration(initializers = MembersTestStack.class)
class MemberAdministrationIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static Keycloak keycloak;

    @Autowired
    MemberAdministration members;

    @Autowired
    MemberService memberService;

    @Autowired
    TenantDirectory directory;

    @Autowired
    IdentityAdmin identity;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate tx;

    final String unique = UUID.randomUUID().toString().substring(0, 8);
    Tenant tenant;
    Tenant otherTenant;
    String adminId;
    String otherAdminId;

    @BeforeAll
    static void keycloakClient() {
        keycloak = Keycloak.getInstance(
                MembersTestStack.keycloak().baseUrl(),
                "master",
                KeycloakServer.ADMIN_USERNAME,
                MembersTestStack.keycloak().adminPassword(),
                "admin-cli");
    }

    @AfterAll
    static void closeClient() {
        keycloak.close();
    }

    @BeforeEach
    void a_tenant_with_an_admin_and_another_tenant() {
        tenant = tenant("m-" + unique);
        otherTenant = tenant("o-" + unique);
        adminId = joinedMember(tenant, email("admin"), "Ada Admin", Roles.TENANT_ADMIN);
        otherAdminId = joinedMember(otherTenant, email("oscar"), "Oscar Other", Roles.TENANT_ADMIN);
    }

    @AfterEach
    void unbind() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void an_unknown_address_gets_an_unverified_keycloak_user_who_must_set_a_password_and_keycloaks_mail() {
        Invited invited = as(
                tenant,
                adminId,
                () -> members.invite(
                        new Invitation(" Ivy-" + unique + "@Members.TEST ", "Ivy Invitee", Set.of(Roles.INTERVIEWER))));

        assertThat(invited.newAccount()).isTrue();
        assertThat(invited.mailSent()).isTrue();
        Member member = invited.member().member();
        assertThat(invited.member().status()).isEqualTo(MemberStatus.INVITED);
        assertThat(member.email()).isEqualTo(email("ivy"));
        assertThat(member.displayName()).isEqualTo("Ivy Invitee");
        assertThat(member.roles()).containsExactly(Roles.INTERVIEWER);
        assertThat(member.active()).isTrue();
        UserRepresentation user = user(member.keycloakUserId());
        assertThat(user.getUsername()).isEqualTo(email("ivy"));
        assertThat(user.isEmailVerified()).isFalse();
        assertThat(user.getRequiredActions()).containsExactlyInAnyOrder("UPDATE_PASSWORD", "VERIFY_EMAIL");
        assertThat(user.getFirstName()).isEqualTo("Ivy");
        assertThat(user.getLastName()).isEqualTo("Invitee");
        assertThat(identity.isOrganizationMember(tenant.keycloakOrganizationId(), member.keycloakUserId()))
                .isTrue();
        MimeMessage mail = mailTo(email("ivy"), "");
        assertThat(MailServer.body(mail)).contains("/realms/stackup/login-actions/action-token?key=");
        assertThat(audit(tenant, "member.invited"))
                .singleElement()
                .satisfies(row -> assertThat(row.get("details").toString())
                        .contains("\"roles\": \"interviewer\"")
                        .contains(email("ivy")));
    }

    @Test
    void a_person_keycloak_knows_is_added_to_the_organization_and_gets_stackups_mail() {
        String known = joinedMember(otherTenant, email("fay"), "Fay Freelancer", Roles.INTERVIEWER);

        Invited invited = as(
                tenant,
                adminId,
                () -> members.invite(new Invitation(email("fay"), "Fay F.", Set.of(Roles.EXPERT, Roles.INTERVIEWER))));

        assertThat(invited.newAccount()).isFalse();
        assertThat(invited.member().member().keycloakUserId()).isEqualTo(known);
        assertThat(invited.member().member().roles()).containsExactlyInAnyOrder(Roles.EXPERT, Roles.INTERVIEWER);
        assertThat(identity.organizationsOf(known))
                .containsExactlyInAnyOrder(tenant.keycloakOrganizationId(), otherTenant.keycloakOrganizationId());
        MimeMessage mail = mailTo(email("fay"), "You were added to ");
        assertThat(MailServer.body(mail)).contains(tenant.name()).contains(MembersTestStack.PUBLIC_URL);
        assertThat(user(known).getRequiredActions()).isEmpty();
    }

    @Test
    void an_invitation_that_does_not_fit_is_refused_naming_each_field_and_nothing_is_created() {
        assertThat(problems(new Invitation("not-an-address", "x".repeat(201), Set.of())))
                .extracting(Problem::path)
                .containsExactly("$.email", "$.name", "$.roles");
        assertThat(problems(new Invitation("a@" + "b".repeat(250) + ".test", null, Set.of("owner"))))
                .containsExactly(
                        new Problem("$.email", "at most 254 characters"),
                        new Problem("$.roles", "unknown role owner; the roles are tenant-admin, interviewer, expert"));
        assertThat(problems(
                        new Invitation(email("admin").toUpperCase(java.util.Locale.ROOT), null, Set.of(Roles.EXPERT))))
                .containsExactly(new Problem("$.email", "is already a member of this workspace"));
        assertThat(problems(new Invitation(null, null, null)))
                .extracting(Problem::path)
                .containsExactly("$.email", "$.roles");

        assertThat(as(tenant, adminId, () -> members.count(""))).isOne();
        assertThat(identity.findUserIdByEmail("not-an-address")).isEmpty();
    }

    @Test
    void resending_sends_keycloaks_mail_again_and_revoking_removes_the_member_and_the_user_it_created() {
        Invited invited = as(
                tenant,
                adminId,
                () -> members.invite(new Invitation(email("rita"), "Rita Resent", Set.of(Roles.EXPERT))));
        UUID id = invited.member().member().id();
        String userId = invited.member().member().keycloakUserId();
        mailTo(email("rita"), "");

        assertThat(as(tenant, adminId, () -> members.resend(id))).isTrue();
        assertThat(MembersTestStack.mail().await(m -> count(email("rita")) == 2, Duration.ofSeconds(20)))
                .isPresent();

        as(tenant, adminId, () -> {
            members.revoke(id);
            return null;
        });

        assertThatThrownBy(() -> as(tenant, adminId, () -> members.get(id)))
                .isInstanceOf(MemberNotFoundException.class);
        assertThat(identity.findUserIdByEmail(email("rita")))
                .as("created by the invitation, in no other")
                .isEmpty();
        assertThat(audit(tenant, "member.invitation_resent")).hasSize(1);
        assertThat(audit(tenant, "member.invitation_revoked"))
                .singleElement()
                .satisfies(row -> assertThat(row.get("subject_id")).isEqualTo(id.toString()));
        assertThat(userExists(userId)).isFalse();
    }

    @Test
    void revoking_a_known_persons_invitation_keeps_their_user_and_other_tenant() {
        String known = joinedMember(otherTenant, email("kim"), "Kim Known", Roles.INTERVIEWER);
        UUID id = as(tenant, adminId, () -> members.invite(new Invitation(email("kim"), null, Set.of(Roles.EXPERT))))
                .member()
                .member()
                .id();

        as(tenant, adminId, () -> {
            members.revoke(id);
            return null;
        });

        assertThat(identity.organizationsOf(known)).containsExactly(otherTenant.keycloakOrganizationId());
    }

    @Test
    void an_invitation_is_pending_until_the_first_login_and_then_can_be_neither_resent_nor_revoked() {
        Invited invited = as(
                tenant,
                adminId,
                () -> members.invite(new Invitation(email("jon"), "Jon Joined", Set.of(Roles.INTERVIEWER))));
        Member member = invited.member().member();

        TenantContext.callAs(
                tenant.id(),
                member.keycloakUserId(),
                () -> tx.execute(s -> memberService.recordLogin(new MemberLogin(
                        member.keycloakUserId(), member.email(), member.displayName(), member.roles()))));

        assertThat(as(tenant, adminId, () -> members.get(member.id())).status()).isEqualTo(MemberStatus.ACTIVE);
        assertThatThrownBy(() -> as(tenant, adminId, () -> {
                    members.revoke(member.id());
                    return null;
                }))
                .isInstanceOfSatisfying(
                        MemberConflictException.class,
                        e -> assertThat(e.reason()).isEqualTo(MemberConflictException.Reason.NOT_PENDING));
        assertThatThrownBy(() -> as(tenant, adminId, () -> members.resend(member.id())))
                .isInstanceOf(MemberConflictException.class)
                .hasMessageContaining("have joined already");
    }

    @Test
    void an_invitees_first_login_records_the_acceptance_once_by_the_invitee_and_a_provisioned_members_none() {
        Invited invited = as(
                tenant,
                adminId,
                () -> members.invite(new Invitation(email("joy"), "Joy Joiner", Set.of(Roles.EXPERT))));
        Member member = invited.member().member();

        login(tenant, member);
        login(tenant, member);
        Member admin = TenantContext.callAs(
                tenant.id(),
                adminId,
                () -> tx.execute(s -> memberService.current().orElseThrow()));
        login(tenant, admin);

        List<Map<String, Object>> joined = TenantContext.callAs(
                tenant.id(),
                "system:test",
                () -> tx.execute(s -> jdbc.queryForList(
                        "SELECT subject_id, actor_id, actor_label, summary FROM audit_event WHERE action ="
                                + " 'member.joined'")));
        assertThat(joined).singleElement().satisfies(row -> {
            assertThat(row.get("subject_id")).isEqualTo(member.id().toString());
            assertThat(row.get("actor_id")).isEqualTo(member.keycloakUserId());
            assertThat(String.valueOf(row.get("actor_label"))).contains(member.email());
            assertThat(String.valueOf(row.get("summary")))
                    .isEqualTo(member.email() + " accepted the invitation and joined as expert");
        });
    }

    /** A sign-in of the member into the tenant, as the UI records it when the tenant is chosen. */
    private void login(Tenant in, Member member) {
        TenantContext.callAs(
                in.id(),
                member.keycloakUserId(),
                () -> tx.execute(s -> memberService.recordLogin(new MemberLogin(
                        member.keycloakUserId(), member.email(), member.displayName(), member.roles()))));
    }

    @Test
    void roles_change_with_before_and_after_in_the_audit_log_and_the_last_admin_keeps_the_role() {
        UUID me = memberId(tenant, adminId);
        String ivanId = joinedMember(tenant, email("ivan"), "Ivan Interviewer", Roles.INTERVIEWER);
        UUID ivan = memberId(tenant, ivanId);

        MemberEntry changed =
                as(tenant, adminId, () -> members.changeRoles(ivan, Set.of(Roles.INTERVIEWER, Roles.EXPERT)));

        assertThat(changed.member().roles()).containsExactlyInAnyOrder(Roles.INTERVIEWER, Roles.EXPERT);
        assertThat(audit(tenant, "member.roles_changed"))
                .singleElement()
                .satisfies(row -> assertThat(row.get("details").toString())
                        .contains("\"after\": \"expert, interviewer\"")
                        .contains("\"before\": \"interviewer\""));
        assertThatThrownBy(() -> as(tenant, adminId, () -> members.changeRoles(me, Set.of(Roles.EXPERT))))
                .isInstanceOfSatisfying(
                        MemberConflictException.class,
                        e -> assertThat(e.reason()).isEqualTo(MemberConflictException.Reason.LAST_ADMIN))
                .hasMessage("You are the last active admin of this workspace, so you cannot take the tenant-admin role"
                        + " from yourself. Make someone else admin first.");
        assertThatThrownBy(() -> as(tenant, adminId, () -> members.deactivate(me)))
                .isInstanceOf(MemberConflictException.class)
                .hasMessageContaining("Make someone else admin first");
        assertThatThrownBy(() -> as(tenant, adminId, () -> members.changeRoles(ivan, Set.of())))
                .isInstanceOfSatisfying(
                        MemberValidationException.class,
                        e -> assertThat(e.problems()).extracting(Problem::path).containsExactly("$.roles"));

        as(tenant, adminId, () -> members.changeRoles(ivan, Set.of(Roles.TENANT_ADMIN)));
        as(tenant, adminId, () -> members.changeRoles(me, Set.of(Roles.EXPERT)));
        assertThat(as(tenant, ivanId, () -> members.get(me)).member().roles()).containsExactly(Roles.EXPERT);
    }

    @Test
    void a_pending_admin_does_not_count_as_the_other_admin() {
        UUID me = memberId(tenant, adminId);
        as(tenant, adminId, () -> members.invite(new Invitation(email("pia"), null, Set.of(Roles.TENANT_ADMIN))));

        assertThatThrownBy(() -> as(tenant, adminId, () -> members.changeRoles(me, Set.of(Roles.EXPERT))))
                .isInstanceOf(MemberConflictException.class);
    }

    @Test
    void of_two_admins_demoting_each_other_at_once_exactly_one_succeeds() throws Exception {
        String bertId = joinedMember(tenant, email("bert"), "Bert Admin", Roles.TENANT_ADMIN);
        UUID ada = memberId(tenant, adminId);
        UUID bert = memberId(tenant, bertId);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> outcomes = new ArrayList<>();
            for (Map.Entry<String, UUID> demotion :
                    Map.of(adminId, bert, bertId, ada).entrySet()) {
                outcomes.add(pool.submit(() -> {
                    start.await();
                    try {
                        as(
                                tenant,
                                demotion.getKey(),
                                () -> members.changeRoles(demotion.getValue(), Set.of(Roles.EXPERT)));
                        return "demoted";
                    } catch (MemberConflictException refused) {
                        return refused.reason().name();
                    }
                }));
            }
            start.countDown();
            List<String> results = new ArrayList<>();
            for (Future<String> outcome : outcomes) {
                results.add(outcome.get());
            }
            assertThat(results).containsExactlyInAnyOrder("demoted", "LAST_ADMIN");
        } finally {
            pool.shutdownNow();
        }
        long admins = as(tenant, adminId, () -> members.find("", 0, 50)).stream()
                .filter(m -> m.member().roles().contains(Roles.TENANT_ADMIN))
                .count();
        assertThat(admins).isOne();
    }

    @Test
    void a_deactivated_member_loses_their_keycloak_sessions_keeps_their_roles_and_comes_back_on_reactivation() {
        String eveId = joinedMember(tenant, email("eve"), "Eve Expert", Roles.EXPERT);
        UUID eve = memberId(tenant, eveId);
        identity.ensurePasswordGrantClient(KeycloakIdentityAdmin.CLI_CLIENT);
        String refreshToken = logIn(email("eve"), "Secret-Pass-123");
        assertThat(refresh(refreshToken)).as("a session to end").isEqualTo(200);

        MemberEntry off = as(tenant, adminId, () -> members.deactivate(eve));

        assertThat(off.status()).isEqualTo(MemberStatus.DEACTIVATED);
        assertThat(off.member().active()).isFalse();
        assertThat(refresh(refreshToken)).as("the session is over").isEqualTo(400);
        MemberEntry on = as(tenant, adminId, () -> members.reactivate(eve));
        assertThat(on.status()).isEqualTo(MemberStatus.ACTIVE);
        assertThat(on.member().roles()).containsExactly(Roles.EXPERT);
        assertThat(audit(tenant, "member.deactivated")).hasSize(1);
        assertThat(audit(tenant, "member.reactivated"))
                .singleElement()
                .satisfies(row -> assertThat(row.get("details").toString()).contains("\"after\": \"active\""));
    }

    @Test
    void an_admin_sets_an_experts_areas_audited_and_not_those_of_someone_who_is_no_expert() {
        UUID eve = memberId(tenant, joinedMember(tenant, email("eve"), "Eve Expert", Roles.EXPERT));
        UUID ivan = memberId(tenant, joinedMember(tenant, email("ivan"), "Ivan Interviewer", Roles.INTERVIEWER));

        assertThat(as(tenant, adminId, () -> members.changeAreas(eve, List.of("iam", "cloud", "iam"))))
                .containsExactly("cloud", "iam");

        assertThat(as(tenant, adminId, () -> members.areas(eve))).containsExactly("cloud", "iam");
        assertThat(audit(tenant, "member.areas_changed"))
                .singleElement()
                .satisfies(row -> assertThat(row.get("details").toString()).contains("\"after\": \"cloud, iam\""));
        assertThatThrownBy(() -> as(tenant, adminId, () -> members.changeAreas(ivan, List.of("iam"))))
                .isInstanceOf(MemberValidationException.class)
                .hasMessageContaining("give them the expert role first");
    }

    @Test
    void another_tenants_admin_finds_none_of_the_members_and_can_change_none() {
        UUID ivy = as(tenant, adminId, () -> members.invite(new Invitation(email("ivy"), null, Set.of(Roles.EXPERT))))
                .member()
                .member()
                .id();
        UUID me = memberId(tenant, adminId);

        assertThat(as(otherTenant, otherAdminId, () -> members.find("", 0, 100)))
                .extracting(e -> e.member().id())
                .doesNotContain(ivy, me);
        assertThat(as(otherTenant, otherAdminId, () -> members.count(email("ivy"))))
                .isZero();
        for (UUID id : List.of(ivy, me)) {
            List<Callable<?>> calls = List.of(
                    () -> members.get(id),
                    () -> members.resend(id),
                    () -> {
                        members.revoke(id);
                        return null;
                    },
                    () -> members.changeRoles(id, Set.of(Roles.EXPERT)),
                    () -> members.deactivate(id),
                    () -> members.reactivate(id),
                    () -> members.areas(id),
                    () -> members.changeAreas(id, List.of()));
            for (Callable<?> call : calls) {
                assertThatThrownBy(() -> as(otherTenant, otherAdminId, () -> {
                            try {
                                return call.call();
                            } catch (Exception e) {
                                throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
                            }
                        }))
                        .isInstanceOf(MemberNotFoundException.class);
            }
        }
        assertThat(as(tenant, adminId, () -> members.get(ivy)).status()).isEqualTo(MemberStatus.INVITED);
    }

    @Test
    void someone_who_is_no_admin_may_not_manage_members() {
        String ivanId = joinedMember(tenant, email("ivan"), "Ivan Interviewer", Roles.INTERVIEWER);

        assertThatThrownBy(() -> asWithRoles(tenant, ivanId, Set.of(Roles.INTERVIEWER), () -> members.find("", 0, 10)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    // ---- helpers

    private Tenant tenant(String alias) {
        String organization = identity.ensureOrganization(alias, "Members " + alias, null);
        return directory.register(alias, "Members " + alias, organization);
    }

    private String email(String localPart) {
        return localPart + "-" + unique + "@members.test";
    }

    /** A person with a Keycloak user in the tenant's organization and a member row, as provisioning makes them. */
    private String joinedMember(Tenant in, String email, String name, String role) {
        String userId = identity.ensureUser(email, name.split(" ")[0], name.split(" ")[1], "Secret-Pass-123");
        identity.addOrganizationMember(in.keycloakOrganizationId(), userId);
        TenantContext.callAs(
                in.id(),
                "system:test",
                () -> tx.execute(s -> memberService.ensureMember(new MemberLogin(userId, email, name, Set.of(role)))));
        return userId;
    }

    private UUID memberId(Tenant in, String userId) {
        return TenantContext.callAs(
                in.id(),
                "system:test",
                () -> tx.execute(s ->
                        jdbc.queryForObject("SELECT id FROM member WHERE keycloak_user_id = ?", UUID.class, userId)));
    }

    private List<Problem> problems(Invitation invitation) {
        try {
            as(tenant, adminId, () -> members.invite(invitation));
        } catch (MemberValidationException e) {
            return e.problems();
        }
        throw new AssertionError("not refused: " + invitation);
    }

    private <T> T as(Tenant in, String userId, Supplier<T> work) {
        return asWithRoles(in, userId, Set.of(Roles.TENANT_ADMIN), work);
    }

    private static <T> T asWithRoles(Tenant in, String userId, Set<String> roles, Supplier<T> work) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext()
                .setAuthentication(new TestingAuthenticationToken(
                        userId, "n/a", roles.stream().map(Roles::authority).toArray(String[]::new)));
        try {
            return TenantContext.callAs(in.id(), userId, work);
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    private List<Map<String, Object>> audit(Tenant in, String action) {
        return TenantContext.callAs(
                in.id(),
                "system:test",
                () -> tx.execute(s -> jdbc.queryForList(
                        "SELECT subject_id, details::text AS details FROM audit_event WHERE action = ? ORDER BY at",
                        action)));
    }

    private static UserRepresentation user(String id) {
        return keycloak.realm(KeycloakServer.REALM).users().get(id).toRepresentation();
    }

    private static boolean userExists(String id) {
        try {
            keycloak.realm(KeycloakServer.REALM).users().get(id).toRepresentation();
            return true;
        } catch (jakarta.ws.rs.NotFoundException gone) {
            return false;
        }
    }

    private static MimeMessage mailTo(String address, String subjectStart) {
        return MembersTestStack.mail()
                .await(m -> to(m).contains(address) && subject(m).startsWith(subjectStart), Duration.ofSeconds(30))
                .orElseThrow(() -> new AssertionError("no mail to " + address));
    }

    private static long count(String address) {
        return MembersTestStack.mail().received().stream()
                .filter(m -> to(m).contains(address))
                .count();
    }

    private static String to(MimeMessage mail) {
        try {
            return Arrays.toString(mail.getRecipients(Message.RecipientType.TO));
        } catch (MessagingException e) {
            return "";
        }
    }

    private static String subject(MimeMessage mail) {
        try {
            return String.valueOf(mail.getSubject());
        } catch (MessagingException e) {
            return "";
        }
    }

    /** Logs in with the password grant of the local command-line client; returns the refresh token. */
    private static String logIn(String username, String password) {
        HttpResponse<String> response = token(Map.of(
                "grant_type",
                "password",
                "client_id",
                KeycloakIdentityAdmin.CLI_CLIENT,
                "username",
                username,
                "password",
                password,
                "scope",
                "openid"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).path("refresh_token").asString();
    }

    /** The status of a refresh with this token: 200 while its session lives, 400 once it is over. */
    private static int refresh(String refreshToken) {
        return token(Map.of(
                        "grant_type",
                        "refresh_token",
                        "client_id",
                        KeycloakIdentityAdmin.CLI_CLIENT,
                        "refresh_token",
                        refreshToken))
                .statusCode();
    }

    private static HttpResponse<String> token(Map<String, String> fields) {
        String form = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        try {
            return HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(
                                            MembersTestStack.keycloak().issuerUri() + "/protocol/openid-connect/token"))
                                    .header("Content-Type", "application/x-www-form-urlencoded")
                                    .POST(HttpRequest.BodyPublishers.ofString(form))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
