package io.stackup.core.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stackup.core.assessment.PublicLink;
import io.stackup.core.assessment.PublicLinkService;
import io.stackup.core.assessment.PublicLinkSettings;
import io.stackup.core.assessment.Respondent;
import io.stackup.core.assessment.SelfAssessmentService;
import io.stackup.core.audit.AuditFilter;
import io.stackup.core.audit.AuditRecord;
import io.stackup.core.audit.AuditService;
import io.stackup.core.interview.InterviewAssignmentService;
import io.stackup.core.interview.InterviewConflictException;
import io.stackup.core.interview.InterviewId;
import io.stackup.core.support.CoreIntegrationTest;
import io.stackup.core.template.TemplateService;
import io.stackup.core.template.TemplateVersion;
import io.stackup.core.template.document.TemplateReader;
import io.stackup.core.webhook.CreatedWebhook;
import io.stackup.core.webhook.WebhookDraft;
import io.stackup.core.webhook.WebhookService;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.databind.json.JsonMapper;

/**
 * The changes of the existing features leave exactly one audit record each, in their own tenant, by the person who
 * made them, with the values before and after and the reason; a change that fails leaves none. Here, beside the lead
 * feature, because {@link LeadFixture} makes every kind of change (templates, interviews, leads) possible.
 */
@CoreIntegrationTest
class RecordedChangesIT {

    @Autowired
    ApplicationContext context;

    @Autowired
    AuditService audit;

    @Autowired
    LeadService leads;

    @Autowired
    TemplateService templates;

    @Autowired
    InterviewAssignmentService assignments;

    @Autowired
    WebhookService webhooks;

    @Autowired
    PublicLinkService links;

    @Autowired
    SelfAssessmentService assessments;

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
    void a_template_published_by_import_or_from_its_draft_is_recorded_once_by_its_admin() {
        AuditRecord imported = only("template.published", f.template.toString());
        assertThat(imported.actorId()).isEqualTo(LeadFixture.userId(f.a, "admin"));
        assertThat(imported.actorLabel()).isEqualTo("admin (admin@example.test)");
        assertThat(imported.subjectType()).isEqualTo("template");
        assertThat(imported.details())
                .containsEntry("key", "lead-" + f.unique)
                .containsEntry("version", "1.0.0")
                .containsEntry("from", "import");

        TemplateVersion draft = f.as(
                f.a,
                "admin",
                () -> templates.importDocument(
                        LeadTemplates.leadIo("lead-" + f.unique, "2.0.0"), TemplateReader.Syntax.JSON, false, false));
        assertThat(records(AuditFilter.all().withSubject("template", draft.id().toString())))
                .as("a draft is no publication")
                .isEmpty();
        f.as(f.a, "admin", () -> templates.publish(draft.id()));
        f.as(f.a, "admin", () -> templates.publish(draft.id()));

        AuditRecord published = only("template.published", draft.id().toString());
        assertThat(published.summary()).contains("version 2.0.0");
        assertThat(published.details()).containsEntry("from", "draft");
        assertThat(f.as(f.b, "admin", () -> audit.count(AuditFilter.all())))
                .as("the other tenant's log")
                .isZero();
    }

    @Test
    void interviews_assigned_reassigned_cancelled_and_completed_are_recorded_with_who_and_why() {
        InterviewId done = f.complete("Done " + f.unique, LeadTemplates.allGaps(), "ivan");
        AuditRecord assigned = only("interview.assigned", done.toString());
        assertThat(assigned.actorId()).isEqualTo(LeadFixture.userId(f.a, "admin"));
        assertThat(assigned.summary()).contains("Done " + f.unique).contains("ivan (ivan@example.test)");
        assertThat(assigned.details()).containsEntry("interviewer", "ivan@example.test");
        AuditRecord completed = only("interview.completed", done.toString());
        assertThat(completed.actorId()).isEqualTo(LeadFixture.userId(f.a, "ivan"));
        assertThat(completed.details()).containsEntry("source", "assigned").containsEntry("qualified", "true");

        InterviewId open = f.start("Open " + f.unique, LeadTemplates.allGaps(), "ivan");
        f.run(f.a, "admin", () -> assignments.reassign(open, "fran@example.test", "ivan is on leave"));
        AuditRecord reassigned = only("interview.reassigned", open.toString());
        assertThat(reassigned.details())
                .containsEntry("before", "ivan (ivan@example.test)")
                .containsEntry("after", "fran (fran@example.test)")
                .containsEntry("reason", "ivan is on leave");

        f.run(f.a, "admin", () -> assignments.cancel(open, "the prospect withdrew"));
        assertThatThrownBy(() -> f.run(f.a, "admin", () -> assignments.cancel(open, "again")))
                .isInstanceOf(InterviewConflictException.class);
        AuditRecord cancelled = only("interview.cancelled", open.toString());
        assertThat(cancelled.actorLabel()).isEqualTo("admin (admin@example.test)");
        assertThat(cancelled.details())
                .containsEntry("after", "cancelled")
                .containsEntry("reason", "the prospect withdrew");
    }

    @Test
    void a_self_assessment_is_recorded_as_completed_by_the_respondent_of_the_public_link() throws Exception {
        PublicLink link = f.as(f.a, "admin", () -> links.create(f.template, new PublicLinkSettings(true, null, null)));
        var receipt = assessments.submit(
                link.token(),
                new Respondent("Rita Respondent", "Self " + f.unique, "rita@acme.test", true),
                JsonMapper.builder()
                        .build()
                        .readTree("{\"has-dir\": {\"option\": \"no\"}, \"has-mfa\": {\"option\": \"no\"},"
                                + " \"restores\": {\"option\": \"no\"}, \"budget\": {\"option\": \"yes\"}}"),
                "203.0.113." + UUID.randomUUID());

        AuditRecord completed = only("interview.completed", receipt.result().interview());
        assertThat(completed.actorId()).isEqualTo("self-assessment:" + link.id());
        assertThat(completed.actorLabel()).isEqualTo("Rita Respondent (rita@acme.test), through a public link");
        assertThat(completed.details())
                .containsEntry("source", "self-assessment")
                .containsEntry("respondent", "rita@acme.test");
    }

    @Test
    void lead_transitions_are_recorded_once_each_and_a_refused_one_leaves_no_record() {
        LeadId id = f.lead("Walk " + f.unique, LeadTemplates.allGaps());
        f.as(f.a, "erin", () -> leads.claim(id));
        f.as(f.a, "erin", () -> leads.claim(id));
        AuditRecord claimed = only("lead.claimed", id.toString());
        assertThat(claimed.actorId()).isEqualTo(LeadFixture.userId(f.a, "erin"));
        assertThat(claimed.details())
                .containsEntry("statusBefore", "qualified")
                .containsEntry("statusAfter", "claimed")
                .containsEntry("holderAfter", "erin@example.test");

        f.as(f.a, "erin", () -> leads.changeStatus(id, LeadStatus.CONTACTED, "called the CIO"));
        int before = leadRecords(id).size();
        assertThatThrownBy(() -> f.as(f.a, "erin", () -> leads.changeStatus(id, LeadStatus.WON, null)))
                .isInstanceOf(LeadConflictException.class);
        assertThatThrownBy(() -> f.as(f.a, "erin", () -> leads.changeStatus(id, LeadStatus.LOST, " ")))
                .isInstanceOf(LeadValidationException.class);
        assertThat(leadRecords(id)).as("refused moves").hasSize(before);
        AuditRecord moved = only("lead.status_changed", id.toString());
        assertThat(moved.details())
                .containsEntry("statusBefore", "claimed")
                .containsEntry("statusAfter", "contacted")
                .containsEntry("note", "called the CIO");

        f.as(f.a, "admin", () -> leads.reassign(id, "eli@example.test", "erin is away"));
        AuditRecord reassigned = only("lead.reassigned", id.toString());
        assertThat(reassigned.actorLabel()).isEqualTo("admin (admin@example.test)");
        assertThat(reassigned.details())
                .containsEntry("holderBefore", "erin@example.test")
                .containsEntry("holderAfter", "eli@example.test")
                .containsEntry("reason", "erin is away");

        f.as(f.a, "eli", () -> leads.release(id, "not my area"));
        AuditRecord released = only("lead.released", id.toString());
        assertThat(released.actorId()).isEqualTo(LeadFixture.userId(f.a, "eli"));
        assertThat(released.details())
                .containsEntry("holderBefore", "eli@example.test")
                .containsEntry("statusAfter", "qualified")
                .containsEntry("note", "not my area");

        LeadId disqualified = f.lead("Nope " + f.unique, LeadTemplates.noBudget());
        f.as(f.a, "admin", () -> leads.overrideDisqualification(disqualified, "budget approved"));
        AuditRecord overridden = only("lead.overridden", disqualified.toString());
        assertThat(overridden.details())
                .containsEntry("statusBefore", "disqualified")
                .containsEntry("statusAfter", "qualified")
                .containsEntry("reason", "budget approved");

        assertThat(leadRecords(id))
                .extracting(AuditRecord::action)
                .containsExactly("lead.released", "lead.reassigned", "lead.status_changed", "lead.claimed");
        assertThat(f.as(f.b, "admin", () -> audit.count(AuditFilter.all()))).isZero();
    }

    @Test
    void webhook_endpoints_and_public_links_created_changed_and_deleted_are_recorded() {
        String url = "http://127.0.0.1:9/hook-" + f.unique;
        CreatedWebhook hook =
                f.as(f.a, "admin", () -> webhooks.create(new WebhookDraft(url, List.of("lead.qualified"), true)));
        String id = hook.endpoint().id().toString();
        assertThat(only("webhook.created", id).details())
                .containsEntry("url", url)
                .containsEntry("events", "lead.qualified")
                .doesNotContainValue(hook.secret());
        f.as(
                f.a,
                "admin",
                () -> webhooks.update(
                        hook.endpoint().id(), new WebhookDraft(url, List.of("interview.completed"), false)));
        assertThat(only("webhook.changed", id).details())
                .containsEntry("eventsBefore", "lead.qualified")
                .containsEntry("eventsAfter", "interview.completed")
                .containsEntry("enabledAfter", "false");
        f.run(f.a, "admin", () -> webhooks.delete(hook.endpoint().id()));
        assertThat(only("webhook.deleted", id).summary()).contains(url);

        PublicLink link = f.as(f.a, "admin", () -> links.create(f.template, new PublicLinkSettings(true, null, "Hi")));
        assertThat(only("public_link.created", link.id().toString()).details())
                .containsEntry("enabled", "true")
                .containsEntry("welcome", "Hi")
                .doesNotContainValue(link.token());
        f.as(f.a, "admin", () -> links.setEnabled(link.id(), false));
        AuditRecord changed = only("public_link.changed", link.id().toString());
        assertThat(changed.summary()).endsWith("(switched off)");
        assertThat(changed.details()).containsEntry("enabledBefore", "true").containsEntry("enabledAfter", "false");
    }

    private List<AuditRecord> leadRecords(LeadId id) {
        return records(AuditFilter.all().withSubject("lead", id.toString()));
    }

    /** The one record of {@code action} about {@code subjectId} in tenant A; fails unless there is exactly one. */
    private AuditRecord only(String action, String subjectId) {
        List<AuditRecord> found = records(AuditFilter.all().withAction(action)).stream()
                .filter(r -> subjectId.equals(r.subjectId()))
                .toList();
        assertThat(found).as(action + " of " + subjectId).hasSize(1);
        return found.getFirst();
    }

    private List<AuditRecord> records(AuditFilter filter) {
        return f.as(f.a, "admin", () -> audit.find(filter, 0, 500));
    }
}
