package io.stackup.core.interview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.stackup.core.prospect.ProspectDraft;
import io.stackup.core.prospect.ProspectId;
import io.stackup.core.prospect.ProspectService;
import io.stackup.core.support.CoreIntegrationTest;
import io.stackup.core.template.AnswerValidationException;
import io.stackup.core.template.Problem;
import io.stackup.core.template.TemplateId;
import io.stackup.core.template.TemplateService;
import io.stackup.core.template.document.TemplateReader;
import io.stackup.core.template.scoring.Result;
import io.stackup.core.tenancy.MemberLogin;
import io.stackup.core.tenancy.MemberService;
import io.stackup.core.tenancy.Roles;
import io.stackup.core.tenancy.Tenant;
import io.stackup.core.tenancy.TenantContext;
import io.stackup.core.tenancy.TenantDirectory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.databind.json.JsonMapper;

/**
 * What-if targets on real PostgreSQL: overrides merged and removed, refused changes that change nothing, a completed
 * interview's stored result recomputed with its qualification, the history, who may, and tenants kept apart.
 */
@CoreIntegrationTest
class InterviewTargetServiceIT {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    InterviewTargetService targets;

    @Autowired
    InterviewService interviews;

    @Autowired
    InterviewAssignmentService assignments;

    @Autowired
    TemplateService templates;

    @Autowired
    ProspectService prospects;

    @Autowired
    MemberService members;

    @Autowired
    TenantDirectory directory;

    Tenant a;
    Tenant b;
    TemplateId template;
    ProspectId prospect;

    @BeforeEach
    void a_tenant_with_a_two_capability_template_a_prospect_and_members() {
        a = register("ta");
        b = register("tb");
        for (Tenant t : List.of(a, b)) {
            member(t, "admin", Roles.TENANT_ADMIN);
            member(t, "ivan", Roles.INTERVIEWER);
            member(t, "fran", Roles.INTERVIEWER);
            member(t, "erin", Roles.EXPERT);
        }
        String key = "wi-" + UUID.randomUUID().toString().substring(0, 8);
        byte[] document = new String(InterviewServiceIT.miniIo(key, "1.0.0"), StandardCharsets.UTF_8)
                .replace(
                        "\"capabilities\": [",
                        "\"capabilities\": [ { \"key\": \"sso\", \"name\": \"Single sign-on\", \"target\": \"dynamic\" },")
                .getBytes(StandardCharsets.UTF_8);
        template = as(a, "admin", () -> templates.importDocument(document, TemplateReader.Syntax.JSON, true, false))
                .id();
        prospect = as(a, "admin", () -> prospects.create(new ProspectDraft("Acme", null, null, null, null, null)))
                .id();
    }

    @AfterEach
    void sign_out() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_level_sets_an_override_null_removes_it_and_capabilities_not_named_keep_theirs() {
        InterviewRef ref = assign(Map.of("directory", "dynamic"));
        answer(ref, "has-dir", "{\"option\": \"no\"}");

        Result set = change("ivan", ref, Map.of("sso", "standardized"));
        assertThat(as(a, "admin", () -> interviews.get(ref.id())).targets())
                .isEqualTo(Map.of("directory", "dynamic", "sso", "standardized"));
        assertThat(set.complete()).isFalse();
        assertThat(capability(set, "directory").target()).isEqualTo("dynamic");
        assertThat(capability(set, "sso").target()).isEqualTo("standardized");

        Result removed = change("admin", ref, nullFor("directory"));
        assertThat(as(a, "admin", () -> interviews.get(ref.id())).targets()).isEqualTo(Map.of("sso", "standardized"));
        assertThat(capability(removed, "directory").target())
                .as("the template's default target applies again")
                .isEqualTo("rationalized");
        assertThat(capability(removed, "directory").gap()).isEqualTo(2);
        assertThat(removed).isEqualTo(as(a, "ivan", () -> interviews.result(ref.id())));

        InterviewDetail detail = as(a, "admin", () -> interviews.get(ref.id()));
        assertThat(detail.history())
                .filteredOn(e -> e.kind() == InterviewEventKind.TARGETS_CHANGED)
                .extracting(InterviewEvent::reason, InterviewEvent::actor)
                .containsExactly(
                        tuple(
                                "Single sign-on: Dynamic (the template's target) → Standardized",
                                "ivan (ivan@example.test)"),
                        tuple(
                                "Directory services: Dynamic → Rationalized (the template's target)",
                                "admin (admin@example.test)"));

        change("ivan", ref, Map.of("sso", "standardized"));
        assertThat(as(a, "admin", () -> interviews.get(ref.id())).history())
                .as("a change that changes nothing is not recorded")
                .filteredOn(e -> e.kind() == InterviewEventKind.TARGETS_CHANGED)
                .hasSize(2);
    }

    @Test
    void unknown_capabilities_and_levels_are_refused_naming_each_and_nothing_changes() {
        InterviewRef ref = assign(Map.of("directory", "dynamic"));
        Map<String, String> changes = new java.util.LinkedHashMap<>();
        changes.put("no-such", "basic");
        changes.put("directory", "expert");
        changes.put("sso", "standardized");

        assertThatThrownBy(() -> change("ivan", ref, changes))
                .isInstanceOfSatisfying(AnswerValidationException.class, e -> {
                    assertThat(e.problems()).extracting(Problem::path).containsExactly("$['no-such']", "$.directory");
                    assertThat(e.problems().get(0).message())
                            .startsWith("unknown capability 'no-such'")
                            .contains("by its key");
                    assertThat(e.problems().get(1).message())
                            .isEqualTo("unknown level 'expert': give one of basic, standardized, rationalized,"
                                    + " dynamic, or null for the template's own target");
                });

        InterviewDetail detail = as(a, "admin", () -> interviews.get(ref.id()));
        assertThat(detail.targets()).isEqualTo(Map.of("directory", "dynamic"));
        assertThat(detail.history()).extracting(InterviewEvent::kind).containsExactly(InterviewEventKind.ASSIGNED);
    }

    @Test
    void a_cancelled_interview_refuses_target_changes() {
        InterviewRef ref = assign(Map.of());
        as(a, "admin", () -> {
            assignments.cancel(ref.id(), "Prospect withdrew");
            return null;
        });
        assertThatThrownBy(() -> change("admin", ref, Map.of("directory", "dynamic")))
                .isInstanceOf(InterviewConflictException.class)
                .hasMessageContaining("cancelled");
        assertThat(as(a, "admin", () -> interviews.get(ref.id())).targets()).isEmpty();
    }

    @Test
    void a_completed_interviews_stored_result_follows_the_new_targets_qualification_included() {
        InterviewRef ref = assign(Map.of());
        answer(ref, "has-dir", "{\"option\": \"no\"}");
        answer(ref, "budget", "{\"option\": \"yes\"}");
        Result completed = as(a, "ivan", () -> interviews.complete(ref.id()));
        assertThat(completed.qualification().qualified()).isTrue();
        assertThat(completed.qualification().rules()).containsExactly("budget", "IAM gap");
        assertThat(completed.roadmap()).hasSize(2);

        Result whatIf = change("admin", ref, Map.of("directory", "basic"));

        assertThat(whatIf.complete()).isTrue();
        assertThat(capability(whatIf, "directory").target()).isEqualTo("basic");
        assertThat(capability(whatIf, "directory").gap()).isZero();
        assertThat(whatIf.roadmap()).as("nothing to climb to").isEmpty();
        assertThat(whatIf.qualification().score()).isEqualTo(3.0);
        assertThat(whatIf.qualification().qualified())
                .as("the IAM gap rule no longer holds")
                .isFalse();
        assertThat(whatIf.qualification().rules()).containsExactly("budget");
        assertThat(as(a, "erin", () -> interviews.result(ref.id())))
                .as("the stored result is the recomputed one")
                .isEqualTo(whatIf);
        assertThat(as(a, "admin", () -> interviews.find(InterviewFilter.all(), 0, 10)))
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.qualified()).isFalse();
                    assertThat(s.qualificationScore()).isEqualTo(3.0);
                });
        InterviewDetail detail = as(a, "admin", () -> interviews.get(ref.id()));
        assertThat(detail.status()).isEqualTo(InterviewStatus.COMPLETED);
        assertThat(detail.history())
                .extracting(InterviewEvent::kind, InterviewEvent::reason)
                .containsExactly(
                        tuple(InterviewEventKind.ASSIGNED, null),
                        tuple(InterviewEventKind.COMPLETED, null),
                        tuple(
                                InterviewEventKind.TARGETS_CHANGED,
                                "Directory services: Rationalized (the template's target) → Basic"));

        Result back = change("ivan", ref, nullFor("directory"));
        assertThat(back).isEqualTo(completed);
        assertThat(as(a, "admin", () -> interviews.result(ref.id()))).isEqualTo(completed);
    }

    @Test
    void only_a_tenant_admin_or_the_assigned_interviewer_changes_targets() {
        InterviewRef ref = assign(Map.of());
        assertThatThrownBy(() -> change("fran", ref, Map.of("directory", "dynamic")))
                .as("another interviewer does not see it")
                .isInstanceOf(InterviewNotFoundException.class);
        answer(ref, "has-dir", "{\"option\": \"no\"}");
        answer(ref, "budget", "{\"option\": \"yes\"}");
        as(a, "ivan", () -> interviews.complete(ref.id()));
        assertThatThrownBy(() -> change("erin", ref, Map.of("directory", "dynamic")))
                .as("an expert sees the completed interview but may not change it")
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as(a, "admin", () -> interviews.get(ref.id())).targets()).isEmpty();
        assertThat(capability(change("ivan", ref, Map.of("directory", "dynamic")), "directory")
                        .gap())
                .isEqualTo(3);
    }

    @Test
    void another_tenants_interview_does_not_exist() {
        InterviewRef ref = assign(Map.of());
        assertThatThrownBy(() -> change("admin", ref, Map.of("directory", "dynamic"), b))
                .isInstanceOf(InterviewNotFoundException.class);
        assertThatThrownBy(() -> change("ivan", ref, Map.of("directory", "dynamic"), b))
                .isInstanceOf(InterviewNotFoundException.class);
        assertThat(as(a, "admin", () -> interviews.get(ref.id())).targets()).isEmpty();
    }

    @Test
    void two_people_changing_targets_at_once_both_keep_their_change() throws Exception {
        InterviewRef ref = assign(Map.of());
        for (int round = 0; round < 10; round++) {
            String directoryLevel = round % 2 == 0 ? "dynamic" : "standardized";
            String ssoLevel = round % 2 == 0 ? "basic" : "rationalized";
            CountDownLatch start = new CountDownLatch(1);
            try (ExecutorService people = Executors.newFixedThreadPool(2)) {
                List<Future<Result>> done = new ArrayList<>();
                done.add(people.submit(() -> {
                    start.await();
                    return change("admin", ref, Map.of("directory", directoryLevel));
                }));
                done.add(people.submit(() -> {
                    start.await();
                    return change("ivan", ref, Map.of("sso", ssoLevel));
                }));
                start.countDown();
                for (Future<Result> f : done) {
                    f.get();
                }
            }
            assertThat(as(a, "admin", () -> interviews.get(ref.id())).targets())
                    .isEqualTo(Map.of("directory", directoryLevel, "sso", ssoLevel));
        }
        assertThat(as(a, "admin", () -> interviews.get(ref.id())).history())
                .filteredOn(e -> e.kind() == InterviewEventKind.TARGETS_CHANGED)
                .hasSize(20);
    }

    private static Result.CapabilityResult capability(Result result, String key) {
        return result.capabilities().stream()
                .filter(c -> c.key().equals(key))
                .findFirst()
                .orElseThrow();
    }

    private static Map<String, String> nullFor(String capability) {
        Map<String, String> changes = new HashMap<>();
        changes.put(capability, null);
        return changes;
    }

    private Result change(String user, InterviewRef ref, Map<String, String> changes) {
        return change(user, ref, changes, a);
    }

    private Result change(String user, InterviewRef ref, Map<String, String> changes, Tenant tenant) {
        return as(tenant, user, () -> targets.changeTargets(ref.id(), new HashMap<>(changes)));
    }

    private InterviewRef assign(Map<String, String> overrides) {
        return as(
                a,
                "admin",
                () -> assignments.assign(new NewInterview(template, prospect, "ivan@example.test", overrides, null)));
    }

    private void answer(InterviewRef ref, String question, String json) {
        as(a, "ivan", () -> interviews.answer(ref.id(), question, JSON.readTree(json)));
    }

    private void member(Tenant tenant, String name, String role) {
        TenantContext.callAs(
                tenant.id(),
                "test",
                () -> members.ensureMember(new MemberLogin(
                        "kc-" + name + "-" + tenant.slug(), name + "@example.test", name, Set.of(role))));
    }

    /** Works as {@code user} of {@code tenant}, with the roles their member has. */
    private <T> T as(Tenant tenant, String user, Supplier<T> work) {
        String role = switch (user) {
            case "admin" -> Roles.TENANT_ADMIN;
            case "erin" -> Roles.EXPERT;
            default -> Roles.INTERVIEWER;
        };
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext()
                .setAuthentication(new TestingAuthenticationToken(user, "n/a", Roles.authority(role)));
        try {
            return TenantContext.callAs(tenant.id(), "kc-" + user + "-" + tenant.slug(), work);
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    private Tenant register(String prefix) {
        String unique = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        return directory.register(unique, "Tenant " + unique, "org-" + unique);
    }
}
