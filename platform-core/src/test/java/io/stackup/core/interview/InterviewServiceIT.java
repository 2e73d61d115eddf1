package io.stackup.core.interview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stackup.core.prospect.ProspectDraft;
import io.stackup.core.prospect.ProspectId;
import io.stackup.core.prospect.ProspectService;
import io.stackup.core.support.CoreIntegrationTest;
import io.stackup.core.template.Answer;
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
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Interviews on real PostgreSQL: assignment, answers saved one by one, completion, visibility by role, and tenants
 * kept apart.
 */
@CoreIntegrationTest
@RecordApplicationEvents
class InterviewServiceIT {

    static final JsonMapper JSON = JsonMapper.builder().build();

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

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    ApplicationEvents events;

    Tenant a;
    Tenant b;
    String key;
    TemplateId template;
    ProspectId prospect;

    @BeforeEach
    void a_tenant_with_a_published_template_a_prospect_and_members() {
        a = register("ia");
        b = register("ib");
        key = "iv-" + UUID.randomUUID().toString().substring(0, 8);
        for (Tenant t : List.of(a, b)) {
            member(t, "admin", Roles.TENANT_ADMIN);
            member(t, "ivan", Roles.INTERVIEWER);
            member(t, "fran", Roles.INTERVIEWER);
            member(t, "erin", Roles.EXPERT);
        }
        template = as(
                        a,
                        "admin",
                        () -> templates.importDocument(miniIo(key, "1.0.0"), TemplateReader.Syntax.JSON, true, false))
                .id();
        prospect = as(a, "admin", () -> prospects.create(new ProspectDraft("Acme", "Retail", 120, null, null, null)))
                .id();
    }

    @AfterEach
    void sign_out() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void an_admin_assigns_an_interview_pinned_to_the_published_version_and_the_interviewer_is_told() {
        InterviewRef ref = assign("ivan@example.test", Map.of("directory", "dynamic"));
        TemplateId next = as(
                        a,
                        "admin",
                        () -> templates.importDocument(miniIo(key, "2.0.0"), TemplateReader.Syntax.JSON, true, false))
                .id();

        InterviewDetail detail = as(a, "ivan", () -> interviews.get(ref.id()));
        assertThat(ref.status()).isEqualTo(InterviewStatus.ASSIGNED);
        assertThat(detail.template()).isEqualTo(template).isNotEqualTo(next);
        assertThat(detail.templateVersion()).isEqualTo("1.0.0");
        assertThat(detail.source()).isEqualTo(InterviewSource.ASSIGNED);
        assertThat(detail.targets()).containsEntry("directory", "dynamic");
        assertThat(detail.dueDate()).isEqualTo(LocalDate.of(2030, 1, 31));
        assertThat(detail.history()).extracting(InterviewEvent::kind).containsExactly(InterviewEventKind.ASSIGNED);
        assertThat(events.stream(InterviewAssigned.class)).singleElement().satisfies(e -> {
            assertThat(e.interviewerEmail()).isEqualTo("ivan@example.test");
            assertThat(e.prospectName()).isEqualTo("Acme");
            assertThat(e.interview()).isEqualTo(ref.id());
        });
    }

    @Test
    void the_first_answer_starts_the_interview_and_completion_waits_for_every_visible_required_question() {
        InterviewRef ref = assign("ivan@example.test", Map.of());
        answer("ivan", ref, "has-dir", "{\"option\": \"no\", \"note\": \"only local accounts\"}");
        assertThat(as(a, "ivan", () -> interviews.get(ref.id())).status()).isEqualTo(InterviewStatus.IN_PROGRESS);

        assertThatThrownBy(() -> as(a, "ivan", () -> interviews.complete(ref.id())))
                .isInstanceOfSatisfying(
                        InterviewIncompleteException.class,
                        e -> assertThat(e.missing())
                                .as("provisioning is hidden by has-dir = no")
                                .containsExactly("budget"));
        answer("ivan", ref, "budget", "{\"note\": \"ask the CFO\"}");
        assertThatThrownBy(() -> as(a, "ivan", () -> interviews.complete(ref.id())))
                .as("a note alone is no answer")
                .isInstanceOf(InterviewIncompleteException.class);
        answer("ivan", ref, "budget", "{\"option\": \"yes\"}");

        Result result = as(a, "ivan", () -> interviews.complete(ref.id()));
        Result preview = as(
                a,
                "ivan",
                () -> templates.preview(
                        template,
                        JSON.readTree("{\"has-dir\": {\"option\": \"no\"}, \"budget\": {\"option\": \"yes\"}}"),
                        null));
        assertThat(result.complete()).isTrue();
        assertThat(result.interview()).isEqualTo(ref.id().toString());
        assertThat(result.capabilities()).isEqualTo(preview.capabilities());
        assertThat(result.roadmap()).isEqualTo(preview.roadmap());
        assertThat(result.qualification()).isEqualTo(preview.qualification());
        assertThat(result.qualification().score()).isEqualTo(5.0);
        assertThat(as(a, "erin", () -> interviews.result(ref.id()))).isEqualTo(result);

        InterviewDetail detail = as(a, "admin", () -> interviews.get(ref.id()));
        assertThat(detail.status()).isEqualTo(InterviewStatus.COMPLETED);
        assertThat(detail.completedAt()).isNotNull();
        assertThat(detail.answerMap())
                .containsEntry("has-dir", new Answer.Choice("no", "only local accounts"))
                .containsEntry("budget", new Answer.Choice("yes", null));
        assertThat(events.stream(InterviewCompleted.class))
                .containsExactly(
                        new InterviewCompleted(a.id(), ref.id(), prospect, template, InterviewSource.ASSIGNED, result));
    }

    @Test
    void the_result_of_a_running_interview_is_a_preview_with_its_targets() {
        InterviewRef ref = assign("ivan@example.test", Map.of("directory", "dynamic"));
        answer("ivan", ref, "has-dir", "{\"option\": \"no\"}");
        Result result = as(a, "ivan", () -> interviews.result(ref.id()));
        assertThat(result.complete()).isFalse();
        assertThat(result.capabilities().getFirst().target()).isEqualTo("dynamic");
        assertThat(result.capabilities().getFirst().gap()).isEqualTo(3);
    }

    @Test
    void a_completed_interview_is_frozen_even_for_plain_sql() {
        InterviewRef ref = completedInterview();

        assertThatThrownBy(() -> answer("ivan", ref, "budget", "{\"option\": \"no\"}"))
                .isInstanceOf(InterviewConflictException.class)
                .hasMessageContaining("completed");
        assertThatThrownBy(() -> as(a, "ivan", () -> {
                    interviews.removeAnswer(ref.id(), "budget");
                    return null;
                }))
                .isInstanceOf(InterviewConflictException.class);
        assertThatThrownBy(() -> as(a, "ivan", () -> interviews.complete(ref.id())))
                .isInstanceOf(InterviewConflictException.class);
        assertThatThrownBy(() -> as(a, "admin", () -> {
                    assignments.cancel(ref.id(), "too late");
                    return null;
                }))
                .isInstanceOf(InterviewConflictException.class);
        assertThatThrownBy(() -> as(
                        a,
                        "ivan",
                        () -> tx.execute(s -> jdbc.update(
                                "UPDATE interview_answer SET note = 'changed' WHERE interview_id = ?",
                                ref.id().value()))))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(as(a, "ivan", () -> interviews.get(ref.id())).answerMap())
                .containsEntry("budget", new Answer.Choice("yes", null));
    }

    @Test
    void the_last_answer_to_a_question_wins_and_answers_from_two_devices_at_once_all_succeed() throws Exception {
        InterviewRef ref = assign("ivan@example.test", Map.of());
        answer("ivan", ref, "has-dir", "{\"option\": \"yes\"}");
        answer("ivan", ref, "has-dir", "{\"option\": \"no\"}");
        assertThat(as(a, "ivan", () -> interviews.get(ref.id())).answerMap())
                .containsOnlyKeys("has-dir")
                .containsEntry("has-dir", new Answer.Choice("no", null));

        try (ExecutorService devices = Executors.newFixedThreadPool(2)) {
            List<Future<StoredAnswer>> saved = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                String option = i % 2 == 0 ? "yes" : "no";
                Callable<StoredAnswer> click = () -> answer("ivan", ref, "budget", "{\"option\": \"" + option + "\"}");
                saved.add(devices.submit(click));
            }
            for (Future<StoredAnswer> f : saved) {
                f.get();
            }
        }
        Integer rows = as(
                a,
                "ivan",
                () -> tx.execute(s -> jdbc.queryForObject(
                        "SELECT count(*) FROM interview_answer WHERE interview_id = ?",
                        Integer.class,
                        ref.id().value())));
        assertThat(rows).isEqualTo(2);
    }

    @Test
    void a_note_alone_keeps_the_earlier_answer_and_a_deleted_answer_is_gone() {
        InterviewRef ref = assign("ivan@example.test", Map.of());
        answer("ivan", ref, "has-dir", "{\"option\": \"yes\"}");
        StoredAnswer noted = answer("ivan", ref, "has-dir", "{\"note\": \"checked with IT\"}");
        assertThat(noted.answer()).isEqualTo(new Answer.Choice("yes", "checked with IT"));
        assertThat(as(a, "ivan", () -> interviews.get(ref.id())).answerMap())
                .containsEntry("has-dir", new Answer.Choice("yes", "checked with IT"));

        as(a, "ivan", () -> {
            interviews.removeAnswer(ref.id(), "has-dir");
            return null;
        });
        assertThat(as(a, "ivan", () -> interviews.get(ref.id())).answers()).isEmpty();
    }

    @Test
    void an_answer_and_its_note_are_set_in_one_call_a_value_alone_drops_the_note_and_a_note_alone_keeps_the_value() {
        InterviewRef ref = assign("ivan@example.test", Map.of());
        StoredAnswer both = answer("ivan", ref, "has-dir", "{\"option\": \"no\", \"note\": \"local accounts\"}");
        assertThat(both.answer()).isEqualTo(new Answer.Choice("no", "local accounts"));

        StoredAnswer changed = answer("ivan", ref, "has-dir", "{\"option\": \"yes\"}");
        assertThat(changed.answer()).as("the note becomes the one sent").isEqualTo(new Answer.Choice("yes", null));
        StoredAnswer noted = answer("ivan", ref, "has-dir", "{\"note\": \"checked\"}");
        assertThat(noted.answer()).isEqualTo(new Answer.Choice("yes", "checked"));

        StoredAnswer alone = answer("ivan", ref, "budget", "{\"note\": \"ask the CFO\"}");
        assertThat(alone.answer()).isEqualTo(new Answer.NoteOnly("ask the CFO"));
        assertThat(alone.answer().isAnswered()).isFalse();

        assertThatThrownBy(() -> answer(
                        "ivan", ref, "has-dir", "{\"option\": \"no\", \"note\": \"" + "x".repeat(10_001) + "\"}"))
                .as("a value that fits with a note that does not: neither is saved")
                .isInstanceOf(AnswerValidationException.class);
        assertThatThrownBy(() -> answer("ivan", ref, "has-dir", "{}"))
                .as("an empty answer removes nothing")
                .isInstanceOf(AnswerValidationException.class);
        assertThat(as(a, "ivan", () -> interviews.get(ref.id())).answerMap())
                .containsEntry("has-dir", new Answer.Choice("yes", "checked"))
                .containsEntry("budget", new Answer.NoteOnly("ask the CFO"));
        Integer rows = as(
                a,
                "ivan",
                () -> tx.execute(s -> jdbc.queryForObject(
                        "SELECT count(*) FROM interview_answer WHERE interview_id = ?",
                        Integer.class,
                        ref.id().value())));
        assertThat(rows).as("one row a question: value and note together").isEqualTo(2);
    }

    @Test
    void an_answer_that_does_not_fit_is_refused_naming_the_problem_and_nothing_is_stored() {
        InterviewRef ref = assign("ivan@example.test", Map.of());
        assertThatThrownBy(() -> answer("ivan", ref, "has-dir", "{\"option\": \"maybe\"}"))
                .isInstanceOfSatisfying(
                        AnswerValidationException.class,
                        e -> assertThat(e.problems())
                                .extracting(Problem::message)
                                .containsExactly("question 'has-dir' has no option 'maybe'"));
        assertThatThrownBy(() -> answer("ivan", ref, "has-dir", "{\"options\": [\"yes\"]}"))
                .isInstanceOf(AnswerValidationException.class);
        assertThatThrownBy(() -> answer("ivan", ref, "nope", "{\"option\": \"yes\"}"))
                .isInstanceOf(AnswerValidationException.class);
        assertThatThrownBy(() -> answer(
                        "ivan", ref, "has-dir", "{\"option\": \"yes\", \"note\": \"" + "x".repeat(10_001) + "\"}"))
                .isInstanceOf(AnswerValidationException.class);

        InterviewDetail detail = as(a, "ivan", () -> interviews.get(ref.id()));
        assertThat(detail.answers()).isEmpty();
        assertThat(detail.status()).isEqualTo(InterviewStatus.ASSIGNED);
    }

    @Test
    void an_interviewer_sees_only_their_own_interviews_and_an_expert_only_completed_ones() {
        InterviewRef ivans = assign("ivan@example.test", Map.of());
        InterviewRef frans = assign("fran@example.test", Map.of());

        assertThat(as(a, "ivan", () -> interviews.find(InterviewFilter.all(), 0, 50)))
                .extracting(InterviewSummary::id)
                .containsExactly(ivans.id());
        assertThat(as(a, "admin", () -> interviews.count(InterviewFilter.all())))
                .isEqualTo(2);
        assertThatThrownBy(() -> as(a, "fran", () -> interviews.get(ivans.id())))
                .isInstanceOf(InterviewNotFoundException.class);
        assertThatThrownBy(() -> answer("fran", ivans, "has-dir", "{\"option\": \"yes\"}"))
                .isInstanceOf(InterviewNotFoundException.class);
        assertThatThrownBy(() -> answer("admin", ivans, "has-dir", "{\"option\": \"yes\"}"))
                .as("an admin sees it but is not its interviewer")
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as(a, "erin", () -> interviews.count(InterviewFilter.all()))).isZero();
        assertThatThrownBy(() -> as(a, "erin", () -> interviews.get(frans.id())))
                .isInstanceOf(InterviewNotFoundException.class);

        answer("ivan", ivans, "has-dir", "{\"option\": \"no\"}");
        answer("ivan", ivans, "budget", "{\"option\": \"yes\"}");
        as(a, "ivan", () -> interviews.complete(ivans.id()));
        assertThat(as(a, "erin", () -> interviews.find(InterviewFilter.all(), 0, 50)))
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.id()).isEqualTo(ivans.id());
                    assertThat(s.qualified()).isTrue();
                    assertThat(s.qualificationScore()).isEqualTo(5.0);
                });
        assertThat(as(
                        a,
                        "admin",
                        () -> interviews.find(
                                new InterviewFilter(InterviewStatus.ASSIGNED, "FRAN@example.test", prospect, "acme"),
                                0,
                                50)))
                .extracting(InterviewSummary::id)
                .containsExactly(frans.id());
    }

    @Test
    void another_tenants_interview_does_not_exist() {
        InterviewRef ref = assign("ivan@example.test", Map.of());
        assertThatThrownBy(() -> as(b, "admin", () -> interviews.get(ref.id())))
                .isInstanceOf(InterviewNotFoundException.class);
        assertThatThrownBy(() -> as(
                        b,
                        "ivan",
                        () -> interviews.answer(ref.id(), "has-dir", JSON.readTree("{\"option\": \"yes\"}"))))
                .isInstanceOf(InterviewNotFoundException.class);
        assertThatThrownBy(() -> as(b, "admin", () -> {
                    assignments.cancel(ref.id(), "not mine");
                    return null;
                }))
                .isInstanceOf(InterviewNotFoundException.class);
        assertThat(as(b, "admin", () -> interviews.count(InterviewFilter.all())))
                .isZero();
        assertThatThrownBy(() -> as(
                        b,
                        "admin",
                        () -> assignments.assign(
                                new NewInterview(template, prospect, "ivan@example.test", Map.of(), null))))
                .isInstanceOfSatisfying(
                        InterviewValidationException.class,
                        e -> assertThat(e.problems())
                                .extracting(Problem::path)
                                .containsExactly("$.templateId", "$.prospectId"));
    }

    @Test
    void an_assignment_names_every_problem_and_an_interviewer_may_only_assign_themselves() {
        TemplateId draft = as(
                        a,
                        "admin",
                        () -> templates.importDocument(
                                miniIo(key + "-d", "0.1.0"), TemplateReader.Syntax.JSON, false, false))
                .id();
        assertThatThrownBy(() -> as(
                        a,
                        "admin",
                        () -> assignments.assign(new NewInterview(
                                draft, prospect, "nobody@example.test", Map.of("directory", "expert"), null))))
                .isInstanceOfSatisfying(InterviewValidationException.class, e -> {
                    assertThat(e.problems()).extracting(Problem::path).containsExactly("$.templateId", "$.interviewer");
                    assertThat(e.problems().get(1).message()).contains("has not signed in to this workspace yet");
                });
        assertThatThrownBy(() -> as(
                        a,
                        "admin",
                        () -> assignments.assign(new NewInterview(
                                template, prospect, "erin@example.test", Map.of("directory", "expert"), null))))
                .isInstanceOfSatisfying(
                        InterviewValidationException.class,
                        e -> assertThat(e.problems())
                                .extracting(Problem::path, Problem::message)
                                .containsExactly(
                                        org.assertj.core.groups.Tuple.tuple(
                                                "$.interviewer",
                                                "erin@example.test is not an interviewer in this workspace"),
                                        org.assertj.core.groups.Tuple.tuple(
                                                "$.targets.directory", "unknown level 'expert'")));
        assertThatThrownBy(() -> as(
                        a,
                        "ivan",
                        () -> assignments.assign(
                                new NewInterview(template, prospect, "fran@example.test", Map.of(), null))))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(as(a, "admin", () -> members.findInterviewers("", 0, 10)))
                .extracting(m -> m.email())
                .containsExactly("fran@example.test", "ivan@example.test");

        InterviewRef own = as(
                a,
                "ivan",
                () -> assignments.assign(new NewInterview(template, prospect, "ivan@example.test", Map.of(), null)));
        assertThat(as(a, "ivan", () -> interviews.get(own.id())).source()).isEqualTo(InterviewSource.SELF);
        assertThat(events.stream(InterviewAssigned.class))
                .as("no mail to oneself")
                .isEmpty();
    }

    @Test
    void reassignment_and_cancellation_are_kept_in_the_history_with_their_reasons() {
        InterviewRef ref = assign("ivan@example.test", Map.of());
        as(a, "admin", () -> {
            assignments.reassign(ref.id(), "fran@example.test", "Ivan is on leave");
            return null;
        });
        assertThatThrownBy(() -> as(a, "ivan", () -> interviews.get(ref.id())))
                .isInstanceOf(InterviewNotFoundException.class);
        assertThatThrownBy(() -> as(a, "admin", () -> {
                    assignments.cancel(ref.id(), "  ");
                    return null;
                }))
                .isInstanceOf(InterviewValidationException.class);
        as(a, "admin", () -> {
            assignments.cancel(ref.id(), "Prospect withdrew");
            return null;
        });

        InterviewDetail detail = as(a, "fran", () -> interviews.get(ref.id()));
        assertThat(detail.status()).isEqualTo(InterviewStatus.CANCELLED);
        assertThat(detail.interviewerEmail()).isEqualTo("fran@example.test");
        assertThat(detail.history())
                .extracting(InterviewEvent::kind, InterviewEvent::interviewerEmail, InterviewEvent::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(InterviewEventKind.ASSIGNED, "ivan@example.test", null),
                        org.assertj.core.groups.Tuple.tuple(
                                InterviewEventKind.REASSIGNED, "fran@example.test", "Ivan is on leave"),
                        org.assertj.core.groups.Tuple.tuple(InterviewEventKind.CANCELLED, null, "Prospect withdrew"));
        assertThat(detail.history().getFirst().actor()).isEqualTo("admin (admin@example.test)");
        assertThat(events.stream(InterviewAssigned.class))
                .extracting(InterviewAssigned::interviewerEmail, InterviewAssigned::dueDate)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("ivan@example.test", LocalDate.of(2030, 1, 31)),
                        org.assertj.core.groups.Tuple.tuple("fran@example.test", LocalDate.of(2030, 1, 31)));
        assertThatThrownBy(() -> answer("fran", ref, "has-dir", "{\"option\": \"yes\"}"))
                .isInstanceOf(InterviewConflictException.class);
    }

    private InterviewRef completedInterview() {
        InterviewRef ref = assign("ivan@example.test", Map.of());
        answer("ivan", ref, "has-dir", "{\"option\": \"no\"}");
        answer("ivan", ref, "budget", "{\"option\": \"yes\"}");
        as(a, "ivan", () -> interviews.complete(ref.id()));
        return ref;
    }

    private InterviewRef assign(String interviewer, Map<String, String> targets) {
        return as(
                a,
                "admin",
                () -> assignments.assign(
                        new NewInterview(template, prospect, interviewer, targets, LocalDate.of(2030, 1, 31))));
    }

    private StoredAnswer answer(String user, InterviewRef ref, String question, String json) {
        JsonNode answer = JSON.readTree(json);
        return as(a, user, () -> interviews.answer(ref.id(), question, answer));
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

    static byte[] miniIo(String key, String version) {
        try (InputStream in = InterviewServiceIT.class.getResourceAsStream("/io/stackup/core/template/mini-io.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("\"key\": \"mini-io\"", "\"key\": \"" + key + "\"")
                    .replace("\"version\": \"1.0.0\"", "\"version\": \"" + version + "\"")
                    .getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Tenant register(String prefix) {
        String unique = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        return directory.register(unique, "Tenant " + unique, "org-" + unique);
    }
}
