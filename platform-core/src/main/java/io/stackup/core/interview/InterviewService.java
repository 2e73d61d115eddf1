package io.stackup.core.interview;

import io.stackup.core.audit.AuditEntry;
import io.stackup.core.audit.AuditLog;
import io.stackup.core.interview.query.InterviewQueries;
import io.stackup.core.interview.repository.InterviewRepository;
import io.stackup.core.interview.repository.InterviewRepository.Locked;
import io.stackup.core.prospect.ProspectService;
import io.stackup.core.template.Answer;
import io.stackup.core.template.AnswerValidationException;
import io.stackup.core.template.TemplateService;
import io.stackup.core.template.document.AnswerReader;
import io.stackup.core.template.scoring.PreparedTemplate;
import io.stackup.core.template.scoring.Result;
import io.stackup.core.tenancy.Roles;
import io.stackup.core.tenancy.TenantContext;
import io.stackup.core.tenancy.TenantId;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * Interviews of the current tenant as the interviewer works them: answer, complete, and read them. The one door for the
 * UI and the API alike; assigning, reassigning and cancelling go through {@link InterviewAssignmentService}, a
 * prospect's own answers through {@link SelfAssessmentInterviewService}.
 *
 * <p>Who sees what: a tenant admin every interview of the tenant, an interviewer those assigned to them, an expert the
 * completed ones; an interview the caller may not see does not exist for them ({@link InterviewNotFoundException}).
 * Only the assigned interviewer changes answers or completes ({@link AccessDeniedException} for others who see it).
 *
 * <p>Errors: {@link AnswerValidationException} (an answer does not fit its question),
 * {@link InterviewNotFoundException}, {@link InterviewConflictException} (completed or cancelled),
 * {@link InterviewIncompleteException}. Never returns null.
 */
@Service
@Transactional
public class InterviewService {

    private final InterviewRepository interviews;
    private final InterviewQueries queries;
    private final TemplateService templates;
    private final ApplicationEventPublisher events;
    private final ProspectService prospects;
    private final AuditLog audit;

    InterviewService(
            InterviewRepository interviews,
            InterviewQueries queries,
            TemplateService templates,
            ApplicationEventPublisher events,
            ProspectService prospects,
            AuditLog audit) {
        this.interviews = interviews;
        this.queries = queries;
        this.templates = templates;
        this.events = events;
        this.prospects = prospects;
        this.audit = audit;
    }

    /**
     * Saves the answer to one question with its note, in one transaction and one upsert (the last one saved wins); the
     * first answer starts the interview. The answer is read and validated here, once, for the UI and the API alike.
     * Its meaning (docs/spec/api.md, "An answer and its note"): the note becomes the one given, or none; a value given
     * replaces the earlier one, and a note alone keeps it (on an unanswered question, the note is stored without a
     * value). The answer and its note are removed together by {@link #removeAnswer}, never by an empty answer.
     *
     * @param answer as docs/spec/template-format.md writes answers, e.g. {@code {"option": "yes", "note": "…"}}
     * @return what is stored now: the value (given or kept) with the note given
     * @throws AnswerValidationException when the question is unknown or the answer does not fit it; nothing is saved
     * @throws InterviewConflictException once the interview is completed or cancelled
     */
    @RolesAllowed(Roles.INTERVIEWER)
    public StoredAnswer answer(InterviewId id, String questionKey, JsonNode answer) {
        TenantId tenant = TenantContext.requireTenant();
        Caller caller = Caller.current();
        Locked locked = lockAsInterviewer(tenant, id, caller);
        PreparedTemplate template = templates.published(locked.template());
        Answer read = AnswerReader.read(template.template(), questionKey, answer);
        Answer stored = interviews.saveAnswer(tenant, id, questionKey, read, caller.userId());
        if (locked.status() == InterviewStatus.ASSIGNED) {
            interviews.markStarted(tenant, id);
        }
        return new StoredAnswer(questionKey, stored, caller.userId(), Instant.now());
    }

    /**
     * Removes the answer to one question (and its note); removing an absent answer changes nothing.
     *
     * @throws InterviewConflictException once the interview is completed or cancelled
     */
    @RolesAllowed(Roles.INTERVIEWER)
    public void removeAnswer(InterviewId id, String questionKey) {
        TenantId tenant = TenantContext.requireTenant();
        lockAsInterviewer(tenant, id, Caller.current());
        interviews.deleteAnswer(tenant, id, questionKey);
    }

    /**
     * Completes the interview: scores its answers with its targets, stores the result, freezes the answers and
     * publishes {@link InterviewCompleted}.
     *
     * @return the stored result, {@code complete: true}
     * @throws InterviewIncompleteException while a visible required question is unanswered
     * @throws InterviewConflictException when it is completed or cancelled already
     */
    @RolesAllowed(Roles.INTERVIEWER)
    public Result complete(InterviewId id) {
        TenantId tenant = TenantContext.requireTenant();
        Caller caller = Caller.current();
        Locked locked = lockAsInterviewer(tenant, id, caller);
        PreparedTemplate template = templates.published(locked.template());
        Map<String, Answer> answers = interviews.answers(tenant, id);
        List<String> missing = template.missingRequired(answers);
        if (!missing.isEmpty()) {
            throw new InterviewIncompleteException(missing);
        }
        Result result = template.score(answers, locked.targets(), id.toString(), true);
        interviews.complete(tenant, id, result, caller.userId());
        interviews.addEvent(tenant, id, InterviewEventKind.COMPLETED, null, null, caller.userId());
        audit.record(completed(id, prospects.get(locked.prospect()).name(), template, result, locked.source()));
        events.publishEvent(
                new InterviewCompleted(tenant, id, locked.prospect(), locked.template(), locked.source(), result));
        return result;
    }

    /** The interview with its answers and history. */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.INTERVIEWER, Roles.EXPERT})
    @Transactional(readOnly = true)
    public InterviewDetail get(InterviewId id) {
        return queries.find(TenantContext.requireTenant(), Caller.current().scope(), id)
                .orElseThrow(() -> new InterviewNotFoundException(id));
    }

    /** The published template version the interview is pinned to, prepared: its questions and what is visible. */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.INTERVIEWER, Roles.EXPERT})
    @Transactional(readOnly = true)
    public PreparedTemplate template(InterviewId id) {
        return templates.published(get(id).template());
    }

    /**
     * The stored result once completed; before that, what the answers so far give ({@code complete: false}).
     */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.INTERVIEWER, Roles.EXPERT})
    @Transactional(readOnly = true)
    public Result result(InterviewId id) {
        InterviewDetail detail = get(id);
        if (detail.result() != null) {
            return detail.result();
        }
        return templates.published(detail.template()).score(detail.answerMap(), detail.targets(), id.toString(), false);
    }

    /**
     * The interview with its pinned template and its result ({@link #result}'s): what a report of it reads, in one
     * load of the interview.
     */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.INTERVIEWER, Roles.EXPERT})
    @Transactional(readOnly = true)
    public ScoredInterview scored(InterviewId id) {
        InterviewDetail detail = get(id);
        PreparedTemplate template = templates.published(detail.template());
        Result result = detail.result() != null
                ? detail.result()
                : template.score(detail.answerMap(), detail.targets(), id.toString(), false);
        return new ScoredInterview(detail, template, result);
    }

    /** A page of the interviews the caller may see, newest first. */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.INTERVIEWER, Roles.EXPERT})
    @Transactional(readOnly = true)
    public List<InterviewSummary> find(InterviewFilter filter, int offset, int limit) {
        return queries.find(TenantContext.requireTenant(), Caller.current().scope(), filter, offset, limit);
    }

    @RolesAllowed({Roles.TENANT_ADMIN, Roles.INTERVIEWER, Roles.EXPERT})
    @Transactional(readOnly = true)
    public int count(InterviewFilter filter) {
        return queries.count(TenantContext.requireTenant(), Caller.current().scope(), filter);
    }

    private Locked lockAsInterviewer(TenantId tenant, InterviewId id, Caller caller) {
        Locked locked = interviews.lock(tenant, id).orElseThrow(() -> new InterviewNotFoundException(id));
        if (!caller.userId().equals(locked.interviewerUserId())) {
            boolean visible = caller.admin() || (caller.expert() && locked.status() == InterviewStatus.COMPLETED);
            if (visible) {
                throw new AccessDeniedException("Only the interviewer assigned to this interview may change it.");
            }
            throw new InterviewNotFoundException(id);
        }
        requireOpen(locked);
        return locked;
    }

    /** The audit log's record of an interview completed, by its interviewer or a respondent through a public link. */
    static AuditEntry completed(
            InterviewId id, String prospect, PreparedTemplate template, Result result, InterviewSource source) {
        Result.QualificationResult qualification = result.qualification();
        return AuditEntry.of(
                        "interview.completed",
                        "interview",
                        id,
                        "Completed the interview of " + prospect + " ("
                                + template.template().name() + " "
                                + template.template().version() + ")")
                .with("prospect", prospect)
                .with(
                        "template",
                        template.template().key() + " " + template.template().version())
                .with("source", source.json())
                .with("score", qualification.score())
                .with("qualified", qualification.qualified());
    }

    /** Refuses any change to a completed or cancelled interview. */
    static void requireOpen(Locked locked) {
        switch (locked.status()) {
            case COMPLETED ->
                throw new InterviewConflictException(
                        "This interview is completed: its answers and result are final and no longer change.");
            case CANCELLED ->
                throw new InterviewConflictException("This interview was cancelled; it no longer changes.");
            default -> {}
        }
    }
}
