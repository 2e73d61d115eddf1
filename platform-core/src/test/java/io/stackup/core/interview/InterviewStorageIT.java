package io.stackup.core.interview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stackup.core.interview.query.InterviewQueries;
import io.stackup.core.interview.repository.InterviewRepository;
import io.stackup.core.prospect.ProspectDraft;
import io.stackup.core.prospect.ProspectId;
import io.stackup.core.prospect.repository.ProspectRepository;
import io.stackup.core.support.CoreIntegrationTest;
import io.stackup.core.template.Answer;
import io.stackup.core.template.TemplateId;
import io.stackup.core.template.TemplateStatus;
import io.stackup.core.template.repository.TemplateRepository;
import io.stackup.core.tenancy.Member;
import io.stackup.core.tenancy.MemberLogin;
import io.stackup.core.tenancy.Roles;
import io.stackup.core.tenancy.Tenant;
import io.stackup.core.tenancy.TenantContext;
import io.stackup.core.tenancy.TenantDirectory;
import io.stackup.core.tenancy.repository.MemberRepository;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.PermissionDeniedDataAccessException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The interview repository and queries keep another tenant's rows invisible, even when asked for them by id, and read
 * back what they wrote.
 */
@CoreIntegrationTest
class InterviewStorageIT {

    static final InterviewQueries.Scope EVERYTHING = new InterviewQueries.Scope(true, null, false);

    @Autowired
    InterviewRepository interviews;

    @Autowired
    InterviewQueries queries;

    @Autowired
    ProspectRepository prospects;

    @Autowired
    TemplateRepository templates;

    @Autowired
    MemberRepository members;

    @Autowired
    TenantDirectory directory;

    @Autowired
    TransactionTemplate tx;

    Tenant a;
    Tenant b;
    InterviewId id;

    @BeforeEach
    void an_interview_with_an_answer_in_tenant_a() {
        a = register("sa");
        b = register("sb");
        id = as(a, () -> {
            Member ivan = members.ensure(
                    a.id(), new MemberLogin("kc-ivan", "ivan@example.test", "Ivan", Set.of(Roles.INTERVIEWER)));
            TemplateId template = templates.insert(
                    a.id(),
                    new TemplateRepository.NewVersion(
                            "t", "1", "T", TemplateStatus.PUBLISHED, "{}", "application/json"),
                    "alice");
            ProspectId prospect =
                    prospects.insert(a.id(), new ProspectDraft("Acme", null, null, null, null, null), "alice");
            InterviewId created = interviews.insert(
                    a.id(),
                    new InterviewRepository.NewRow(
                            template, prospect, ivan.id(), InterviewSource.ASSIGNED, Map.of("c", "high"), null),
                    "alice");
            interviews.saveAnswer(a.id(), created, "q", new Answer.Choice("yes", "note"), "kc-ivan");
            interviews.addEvent(a.id(), created, InterviewEventKind.ASSIGNED, ivan.id(), null, "alice");
            return created;
        });
    }

    @Test
    void another_tenant_sees_none_of_the_interviews_answers_or_history() {
        assertThat(as(b, () -> queries.find(b.id(), EVERYTHING, id))).isEmpty();
        assertThat(as(b, () -> queries.find(a.id(), EVERYTHING, id)))
                .as("asking for A's row while working for B finds nothing")
                .isEmpty();
        assertThat(as(b, () -> queries.find(a.id(), EVERYTHING, InterviewFilter.all(), 0, 50)))
                .isEmpty();
        assertThat(as(b, () -> queries.count(a.id(), EVERYTHING, InterviewFilter.all())))
                .isZero();
        assertThat(as(b, () -> interviews.lock(a.id(), id))).isEmpty();
        assertThat(as(b, () -> interviews.answers(a.id(), id))).isEmpty();
        assertThat(as(b, () -> interviews.deleteAnswer(a.id(), id, "q"))).isFalse();
        assertThat(as(b, () -> interviews.markStarted(a.id(), id))).isFalse();
        assertThat(as(b, () -> interviews.cancel(a.id(), id))).isFalse();
        assertThatThrownBy(() -> as(b, () -> {
                    interviews.saveAnswer(a.id(), id, "q", new Answer.Choice("no", null), "mallory");
                    return null;
                }))
                .isInstanceOf(PermissionDeniedDataAccessException.class);

        InterviewDetail detail =
                as(a, () -> queries.find(a.id(), EVERYTHING, id)).orElseThrow();
        assertThat(detail.answerMap()).containsEntry("q", new Answer.Choice("yes", "note"));
        assertThat(detail.history()).hasSize(1);
        assertThat(detail.targets()).containsEntry("c", "high");
        assertThat(as(a, () -> interviews.lock(a.id(), id))).isPresent();
    }

    @Test
    void every_kind_of_answer_reads_back_as_saved_from_the_repository_and_from_the_detail() {
        Map<String, Answer> saved = Map.of(
                "q", new Answer.Choice("yes", "note"),
                "many", new Answer.Choices(List.of("a", "b"), null),
                "count", new Answer.Number(12.5, "about"),
                "free", new Answer.Text("in \"quotes\"", null),
                "later", new Answer.NoteOnly("ask the CFO"));
        Map<String, Answer> returned = as(a, () -> {
            Map<String, Answer> stored = new HashMap<>();
            saved.forEach((key, answer) -> stored.put(key, interviews.saveAnswer(a.id(), id, key, answer, "kc-ivan")));
            return stored;
        });

        assertThat(returned).isEqualTo(saved);
        assertThat(as(a, () -> interviews.answers(a.id(), id))).isEqualTo(saved);
        InterviewDetail detail =
                as(a, () -> queries.find(a.id(), EVERYTHING, id)).orElseThrow();
        assertThat(detail.answerMap()).isEqualTo(saved);
        assertThat(detail.answers())
                .allSatisfy(stored -> assertThat(stored.answeredBy()).isEqualTo("kc-ivan"));
        assertThat(detail.history()).singleElement().satisfies(event -> {
            assertThat(event.kind()).isEqualTo(InterviewEventKind.ASSIGNED);
            assertThat(event.interviewerEmail()).isEqualTo("ivan@example.test");
            assertThat(event.actor()).as("not a member: the id as recorded").isEqualTo("alice");
        });
        assertThat(detail.status()).isEqualTo(InterviewStatus.ASSIGNED);
        assertThat(detail.source()).isEqualTo(InterviewSource.ASSIGNED);
        assertThat(detail.result()).isNull();
    }

    @Test
    void a_scope_shows_an_interviewer_their_own_and_an_expert_the_completed_ones() {
        assertThat(as(
                        a,
                        () -> queries.count(
                                a.id(), new InterviewQueries.Scope(false, "kc-ivan", false), InterviewFilter.all())))
                .isEqualTo(1);
        assertThat(as(
                        a,
                        () -> queries.count(
                                a.id(), new InterviewQueries.Scope(false, "kc-fran", false), InterviewFilter.all())))
                .isZero();
        assertThat(as(a, () -> queries.find(a.id(), new InterviewQueries.Scope(false, null, true), id)))
                .isEmpty();
    }

    @Test
    void another_tenant_sees_none_of_the_prospects() {
        ProspectId prospect =
                as(a, () -> queries.find(a.id(), EVERYTHING, id)).orElseThrow().prospectId();
        assertThat(as(b, () -> prospects.find(a.id(), prospect))).isEmpty();
        assertThat(as(b, () -> prospects.find(a.id(), "acme", 0, 50))).isEmpty();
        assertThat(as(b, () -> prospects.count(a.id(), ""))).isZero();
        assertThat(as(
                        b,
                        () -> prospects.update(
                                a.id(),
                                prospect,
                                0,
                                new ProspectDraft("Hacked", null, null, null, null, null),
                                "mallory")))
                .isFalse();
        assertThat(as(a, () -> prospects.find(a.id(), prospect)))
                .get()
                .extracting(p -> p.name())
                .isEqualTo("Acme");
    }

    private <T> T as(Tenant tenant, Supplier<T> work) {
        return TenantContext.callAs(tenant.id(), "test", () -> tx.execute(status -> work.get()));
    }

    private Tenant register(String prefix) {
        String unique = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        return directory.register(unique, "Tenant " + unique, "org-" + unique);
    }
}
