package io.stackup.core.interview;

import io.stackup.core.audit.AuditLog;
import io.stackup.core.interview.query.InterviewQueries;
import io.stackup.core.interview.repository.InterviewRepository;
import io.stackup.core.prospect.Prospect;
import io.stackup.core.prospect.ProspectService;
import io.stackup.core.template.Answer;
import io.stackup.core.template.TemplateConflictException;
import io.stackup.core.template.TemplateNotFoundException;
import io.stackup.core.template.TemplateService;
import io.stackup.core.template.scoring.PreparedTemplate;
import io.stackup.core.template.scoring.Result;
import io.stackup.core.tenancy.Roles;
import io.stackup.core.tenancy.TenantContext;
import io.stackup.core.tenancy.TenantId;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A prospect's own answers, given through a public link, kept as a completed interview of the current tenant. Only the
 * self-assessment feature calls this door, holding {@link Roles#SELF_ASSESSMENT} after it resolved an active link;
 * people work interviews through {@link InterviewService}. Never returns null.
 */
@Service
@Transactional
public class SelfAssessmentInterviewService {

    private final InterviewRepository interviews;
    private final InterviewQueries queries;
    private final TemplateService templates;
    private final ProspectService prospects;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;

    SelfAssessmentInterviewService(
            InterviewRepository interviews,
            InterviewQueries queries,
            TemplateService templates,
            ProspectService prospects,
            ApplicationEventPublisher events,
            AuditLog audit) {
        this.interviews = interviews;
        this.queries = queries;
        this.templates = templates;
        this.prospects = prospects;
        this.events = events;
        this.audit = audit;
    }

    /**
     * Records a prospect's own answers, given through a public link, in one go: creates the prospect, an interview with
     * source {@link InterviewSource#SELF_ASSESSMENT} and no interviewer, its answers, the result scored with the
     * template's own targets, a {@code completed} history event, and publishes {@link InterviewCompleted}. Only the
     * self-assessment feature calls this, holding {@link Roles#SELF_ASSESSMENT} after it resolved an active link.
     *
     * @throws InterviewIncompleteException while a visible required question is unanswered; nothing is stored
     * @throws io.stackup.core.prospect.ProspectValidationException when the prospect does not fit
     * @throws TemplateNotFoundException or {@link TemplateConflictException} when the template is not published
     */
    @RolesAllowed(Roles.SELF_ASSESSMENT)
    public SelfAssessmentRecorded record(SelfAssessment assessment) {
        TenantId tenant = TenantContext.requireTenant();
        String actor = Caller.current().userId();
        PreparedTemplate template = templates.published(assessment.template());
        Map<String, Answer> answers = assessment.answers();
        List<String> missing = template.missingRequired(answers);
        if (!missing.isEmpty()) {
            throw new InterviewIncompleteException(missing);
        }
        Prospect prospect = prospects.create(assessment.prospect());
        InterviewId id = interviews.insert(
                tenant,
                new InterviewRepository.NewRow(
                        assessment.template(), prospect.id(), null, InterviewSource.SELF_ASSESSMENT, Map.of(), null),
                actor);
        answers.forEach((key, answer) -> interviews.saveAnswer(tenant, id, key, answer, actor));
        Result result = template.score(answers, Map.of(), id.toString(), true);
        interviews.complete(tenant, id, result, actor);
        interviews.addEvent(tenant, id, InterviewEventKind.COMPLETED, null, null, actor);
        audit.record(
                actor,
                respondent(prospect),
                InterviewService.completed(id, prospect.name(), template, result, InterviewSource.SELF_ASSESSMENT)
                        .with("respondent", prospect.contactEmail()));
        events.publishEvent(new InterviewCompleted(
                tenant, id, prospect.id(), assessment.template(), InterviewSource.SELF_ASSESSMENT, result));
        return new SelfAssessmentRecorded(id, prospect.id(), result);
    }

    /**
     * The stored result of a completed self-assessment, for the respondent's own result page; any other interview is
     * "not found". Only the self-assessment feature calls this, after it matched the respondent's receipt.
     */
    @RolesAllowed(Roles.SELF_ASSESSMENT)
    @Transactional(readOnly = true)
    public Result result(InterviewId id) {
        Result result = completedSelfAssessment(id).result();
        if (result == null) {
            throw new InterviewNotFoundException(id);
        }
        return result;
    }

    /**
     * A completed self-assessment with its template and stored result, for the respondent's own report; any other
     * interview is "not found". Only the self-assessment feature calls this, after it matched the respondent's receipt.
     */
    @RolesAllowed(Roles.SELF_ASSESSMENT)
    @Transactional(readOnly = true)
    public ScoredInterview scored(InterviewId id) {
        InterviewDetail detail = completedSelfAssessment(id);
        Result result = detail.result();
        if (result == null) {
            throw new InterviewNotFoundException(id);
        }
        return new ScoredInterview(detail, templates.published(detail.template()), result);
    }

    /**
     * How the audit log names the anonymous respondent, who is no member: by what they typed into the public form (so
     * never trusted as an identity), marked as such.
     */
    private static String respondent(Prospect prospect) {
        String contact = prospect.contactName();
        String address = prospect.contactEmail();
        return (contact == null ? prospect.name() : contact) + (address == null ? "" : " (" + address + ")")
                + ", through a public link";
    }

    private InterviewDetail completedSelfAssessment(InterviewId id) {
        return queries.find(TenantContext.requireTenant(), new InterviewQueries.Scope(true, null, false), id)
                .filter(d -> d.source() == InterviewSource.SELF_ASSESSMENT && d.result() != null)
                .orElseThrow(() -> new InterviewNotFoundException(id));
    }
}
