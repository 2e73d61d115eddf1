package io.stackup.core.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stackup.core.interview.InterviewCompleted;
import io.stackup.core.interview.InterviewDetail;
import io.stackup.core.interview.InterviewEvent;
import io.stackup.core.interview.InterviewEventKind;
import io.stackup.core.interview.InterviewId;
import io.stackup.core.interview.InterviewService;
import io.stackup.core.interview.InterviewStatus;
import io.stackup.core.support.CoreIntegrationTest;
import io.stackup.core.template.scoring.Result;
import io.stackup.deploy.EmbeddedDatabase;
import io.stackup.deploy.SharedPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Exactly one lead per completed interview, made in the completing transaction: with what the result and the template
 * give it, for interviews and self-assessments alike, never twice, never without the completion, and seen only by the
 * tenant's admins and experts.
 */
@CoreIntegrationTest
class LeadCreationIT {

    @Autowired
    ApplicationContext context;

    @Autowired
    LeadService leads;

    @Autowired
    LeadMaker maker;

    @Autowired
    InterviewService interviews;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcTemplate jdbc;

    LeadFixture f;

    @BeforeEach
    void two_tenants_and_the_lead_template() {
        f = new LeadFixture(context);
    }

    @AfterEach
    void sign_out() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_completed_interview_makes_one_lead_carrying_prospect_score_rules_gaps_by_area_and_offerings() {
        InterviewId interview = f.complete("Acme " + f.unique, LeadTemplates.allGaps(), "ivan");

        LeadDetail detail =
                f.as(f.a, "erin", () -> leads.get(f.leadOf(interview).id()));
        Lead lead = detail.lead();
        assertThat(lead.interview()).isEqualTo(interview);
        assertThat(lead.prospectName()).isEqualTo("Acme " + f.unique);
        assertThat(lead.source()).isEqualTo(LeadSource.INTERVIEW);
        assertThat(lead.status()).isEqualTo(LeadStatus.QUALIFIED);
        assertThat(lead.qualified()).isTrue();
        assertThat(lead.score()).isEqualTo(6.0);
        assertThat(lead.rules()).containsExactly("budget", 1, "backup gap");
        assertThat(lead.areaGaps()).containsExactly(new AreaGap("iam", 4), new AreaGap("backup", 2));
        assertThat(lead.offerings()).containsExactly("Directory Rollout", "Backup as a Service", "Identity Automation");
        assertThat(lead.interviewerEmail()).isEqualTo("ivan@example.test");
        assertThat(lead.holderEmail()).isNull();
        assertThat(lead.overdue()).isFalse();
        assertThat(detail.history()).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(LeadEventKind.CREATED);
            assertThat(e.to()).isEqualTo(LeadStatus.QUALIFIED);
            assertThat(e.actor()).as("the interviewer who completed it").isEqualTo("ivan (ivan@example.test)");
        });
        Result result = f.as(f.a, "admin", () -> interviews.result(interview));
        assertThat(lead.score()).isEqualTo(result.qualification().score());
        assertThat(f.as(f.a, "admin", () -> leads.count(LeadFilter.all()))).isEqualTo(1);
    }

    @Test
    void an_interview_that_fails_the_rules_makes_a_disqualified_lead_outside_the_queue() {
        InterviewId interview = f.complete("Nobudget " + f.unique, LeadTemplates.noBudget(), "ivan");

        Lead lead = f.leadOf(interview);
        assertThat(lead.status()).isEqualTo(LeadStatus.DISQUALIFIED);
        assertThat(lead.qualified()).isFalse();
        assertThat(lead.score()).isEqualTo(3.0);
        assertThat(f.as(f.a, "erin", () -> leads.count(LeadFilter.queue()))).isZero();
    }

    @Test
    void a_self_assessment_makes_a_lead_with_source_self() {
        InterviewId interview = f.selfAssessment("Selfie " + f.unique, LeadTemplates.backupGap());

        Lead lead = f.leadOf(interview);
        assertThat(lead.source()).isEqualTo(LeadSource.SELF);
        assertThat(lead.status()).isEqualTo(LeadStatus.QUALIFIED);
        assertThat(lead.score()).isEqualTo(4.0);
        assertThat(lead.areaGaps()).containsExactly(new AreaGap("backup", 2));
        assertThat(lead.offerings()).containsExactly("Backup as a Service");
        assertThat(lead.interviewerEmail()).isNull();
        assertThat(f.as(
                        f.a,
                        "erin",
                        () -> leads.find(LeadFilter.queue().withSource(LeadSource.SELF), LeadSort.SCORE, 0, 10)))
                .extracting(s -> s.lead().id())
                .containsExactly(lead.id());
    }

    @Test
    void the_listener_delivered_twice_for_the_same_completion_still_makes_one_lead() {
        InterviewId interview = f.complete("Twice " + f.unique, LeadTemplates.allGaps(), "ivan");
        InterviewDetail detail = f.as(f.a, "admin", () -> interviews.get(interview));
        InterviewCompleted again = new InterviewCompleted(
                f.a.id(), interview, detail.prospectId(), detail.template(), detail.source(), detail.result());

        f.run(f.a, "ivan", () -> tx.executeWithoutResult(s -> maker.interviewCompleted(again)));
        f.run(f.a, "ivan", () -> tx.executeWithoutResult(s -> maker.interviewCompleted(again)));

        assertThat(f.as(f.a, "admin", () -> leads.find(LeadFilter.all(), LeadSort.NEWEST, 0, 10)))
                .singleElement()
                .satisfies(s -> assertThat(s.lead().interview()).isEqualTo(interview));
        assertThat(f.as(f.a, "admin", () -> leads.get(f.leadOf(interview).id())).history())
                .as("one 'created' entry: the second insert changed nothing")
                .extracting(LeadEvent::kind)
                .containsExactly(LeadEventKind.CREATED);
    }

    @Test
    void the_listener_refuses_to_run_outside_a_transaction_so_the_event_is_never_the_only_record() {
        InterviewId interview = f.start("Outside " + f.unique, LeadTemplates.allGaps(), "ivan");
        InterviewDetail detail = f.as(f.a, "admin", () -> interviews.get(interview));
        Result result = f.as(f.a, "admin", () -> interviews.result(interview));
        InterviewCompleted event = new InterviewCompleted(
                f.a.id(), interview, detail.prospectId(), detail.template(), detail.source(), result);

        assertThatThrownBy(() -> f.run(f.a, "ivan", () -> maker.interviewCompleted(event)))
                .isInstanceOf(IllegalTransactionStateException.class);
        assertThat(f.as(f.a, "admin", () -> leads.count(LeadFilter.all()))).isZero();
    }

    @Test
    void when_the_lead_cannot_be_stored_the_completion_rolls_back_with_it() throws Exception {
        InterviewId interview = f.start("Atomic " + f.unique, LeadTemplates.allGaps(), "ivan");
        String constraint = "lead_refused_in_test_" + f.unique.replace('-', '_');
        try (Connection owner = owner();
                Statement sql = owner.createStatement()) {
            // only tenant A's leads are refused, and only while this test runs
            sql.execute("ALTER TABLE lead ADD CONSTRAINT " + constraint + " CHECK (tenant_id <> '" + f.a.id()
                    + "') NOT VALID");
            try {
                assertThatThrownBy(() -> f.as(f.a, "ivan", () -> interviews.complete(interview)))
                        .isInstanceOf(DataIntegrityViolationException.class)
                        .hasMessageContaining(constraint);
            } finally {
                sql.execute("ALTER TABLE lead DROP CONSTRAINT " + constraint);
            }
        }

        InterviewDetail detail = f.as(f.a, "admin", () -> interviews.get(interview));
        assertThat(detail.status()).as("not completed").isEqualTo(InterviewStatus.IN_PROGRESS);
        assertThat(detail.result()).isNull();
        assertThat(detail.history()).extracting(InterviewEvent::kind).doesNotContain(InterviewEventKind.COMPLETED);
        assertThat(f.as(f.a, "admin", () -> leads.count(LeadFilter.all()))).isZero();

        f.as(f.a, "ivan", () -> interviews.complete(interview));
        assertThat(f.leadOf(interview).status())
                .as("completed again once the lead can be stored")
                .isEqualTo(LeadStatus.QUALIFIED);
    }

    @Test
    void the_lead_is_written_by_the_completing_transaction_itself() {
        InterviewId interview = f.start("Same tx " + f.unique, LeadTemplates.allGaps(), "ivan");

        List<Long> transactions = f.as(
                f.a,
                "ivan",
                () -> tx.execute(s -> {
                    interviews.complete(interview);
                    return jdbc.queryForList(
                            "SELECT xmin::text::bigint FROM interview WHERE id = ? UNION ALL"
                                    + " SELECT xmin::text::bigint FROM lead WHERE interview_id = ?",
                            Long.class,
                            interview.value(),
                            interview.value());
                }));

        assertThat(transactions)
                .hasSize(2)
                .as("the interview row and the lead row, one writer")
                .containsOnly(transactions.getFirst());
    }

    @Test
    void interviewers_have_no_leads_and_another_tenant_finds_none() {
        LeadId id = f.lead("Private " + f.unique, LeadTemplates.allGaps());

        assertThatThrownBy(() -> f.as(f.a, "ivan", () -> leads.find(LeadFilter.all(), LeadSort.SCORE, 0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> f.as(f.a, "ivan", () -> leads.get(id))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> f.as(f.a, "ivan", () -> leads.claim(id))).isInstanceOf(AccessDeniedException.class);

        assertThat(f.as(f.b, "admin", () -> leads.find(LeadFilter.all(), LeadSort.SCORE, 0, 10)))
                .isEmpty();
        assertThat(f.as(f.b, "erin", () -> leads.count(LeadFilter.all()))).isZero();
        assertThatThrownBy(() -> f.as(f.b, "admin", () -> leads.get(id))).isInstanceOf(LeadNotFoundException.class);
        assertThatThrownBy(() -> f.as(f.b, "erin", () -> leads.claim(id))).isInstanceOf(LeadNotFoundException.class);
        assertThatThrownBy(() -> f.as(f.b, "admin", () -> leads.changeStatus(id, LeadStatus.CLAIMED, null)))
                .isInstanceOf(LeadNotFoundException.class);
        assertThatThrownBy(() -> f.as(f.b, "admin", () -> leads.addNote(id, "mine now")))
                .isInstanceOf(LeadNotFoundException.class);
        assertThatThrownBy(() -> f.as(f.b, "admin", () -> leads.reassign(id, "eli@example.test", "why not")))
                .isInstanceOf(LeadNotFoundException.class);
        assertThat(f.as(f.a, "admin", () -> leads.get(id)).lead().status())
                .as("unchanged")
                .isEqualTo(LeadStatus.QUALIFIED);
    }

    private static Connection owner() throws Exception {
        return DriverManager.getConnection(
                SharedPostgres.get().jdbcUrl(EmbeddedDatabase.DATABASE),
                EmbeddedDatabase.OWNER_ROLE,
                EmbeddedDatabase.passwordOf(EmbeddedDatabase.OWNER_ROLE));
    }
}
