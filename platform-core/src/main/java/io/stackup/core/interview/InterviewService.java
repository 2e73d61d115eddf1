package io.stackup.core.interview;

import io.stackup.core.interview.query.InterviewQueries;
import io.stackup.core.interview.repository.InterviewRepository;
import io.stackup.core.interview.repository.InterviewRepository.Locked;
import io.stackup.core.prospect.Prospect;
import io.stackup.core.prospect.ProspectNotFoundException;
import io.stackup.core.prospect.ProspectService;
import io.stackup.core.template.Answer;
import io.stackup.core.template.AnswerValidationException;
import io.stackup.core.template.Problem;
import io.stackup.core.template.TemplateConflictException;
import io.stackup.core.template.TemplateNotFoundException;
import io.stackup.core.template.TemplateService;
import io.stackup.core.template.document.AnswerReader;
import io.stackup.core.template.scoring.PreparedTemplate;
import io.stackup.core.template.scoring.Result;
import io.stackup.core.tenancy.Member;
import io.stackup.core.tenancy.MemberService;
import io.stackup.core.tenancy.Roles;
import io.stackup.core.tenancy.TenantContext;
import io.stackup.core.tenancy.TenantId;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * Interviews of the current tenant: assign, answer, complete, and read them. The one door for the UI and the API alike.
 *
 * <p>Who sees what: a tenant admin every interview of the tenant, an interviewer those assigned to them, an expert the
 * completed ones; an interview the caller may not see does not exist for them ({@link InterviewNotFoundException}).
 * Only the assigned interviewer changes answers or completes ({@link AccessDeniedException} for others who see it).
 *
 * <p>Errors: {@link InterviewValidationException} (the request does not fit), {@link AnswerValidationException} (an
 * answer does not fit its question), {@link InterviewNotFoundException}, {@link InterviewConflictException} (completed
 * or cancelled), {@link InterviewIncompleteException}. Never returns null.
 */
@Service
@Transactional
public class InterviewService {

    static final int MAX_REASON = 2_000;

    private final InterviewRepository interviews;
    private final InterviewQueries queries;
    private final TemplateService templates;
    private final ProspectService prospects;
    private final MemberService members;
    private final ApplicationEventPublisher events;

    InterviewService(
            InterviewRepository interviews,
            InterviewQueries queries,
            TemplateService templates,
            ProspectService prospects,
            MemberService members,
            ApplicationEventPublisher events) {
        this.interviews = interviews;
        this.queries = queries;
        this.templates = templates;
        this.prospects = prospects;
        this.members = members;
        this.events = events;
    }

    /**
     * Assigns an interview: a tenant admin to any interviewer, an interviewer to themselves only. The interviewer is
     * told by e-mail once this commits (not when they start one for themselves).
     *
     * @throws InterviewValidationException naming every problem: a template that is unknown or a draft
     *     ({@code $.templateId}), an unknown prospect ({@code $.prospectId}), an interviewer who is not an active
     *     member with the interviewer role ({@code $.interviewer}), an unknown capability or level
     *     ({@code $.targets…})
     * @throws AccessDeniedException when an interviewer assigns someone else
     */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.INTERVIEWER})
    public InterviewRef assign(NewInterview request) {
        TenantId tenant = TenantContext.requireTenant();
        Caller caller = Caller.current();
        List<Problem> problems = new ArrayList<>();
        PreparedTemplate template =
                published(request.template().toString(), () -> templates.published(request.template()), problems);
        Prospect prospect = null;
        try {
            prospect = prospects.get(request.prospect());
        } catch (ProspectNotFoundException e) {
            problems.add(new Problem("$.prospectId", "no prospect " + request.prospect() + " in this workspace"));
        }
        Member interviewer = interviewer(request.interviewerEmail(), problems);
        boolean self = interviewer != null && interviewer.keycloakUserId().equals(caller.userId());
        if (interviewer != null && !self && !caller.admin()) {
            throw new AccessDeniedException(
                    "An interviewer may start interviews only for themselves; a tenant admin assigns them to others.");
        }
        Map<String, String> targets = request.targets();
        if (template != null && !targets.isEmpty()) {
            try {
                targets = AnswerReader.readTargets(template.template(), targets);
            } catch (AnswerValidationException e) {
                e.problems()
                        .forEach(p ->
                                problems.add(new Problem("$.targets" + p.path().substring(1), p.message())));
            }
        }
        if (!problems.isEmpty() || template == null || prospect == null || interviewer == null) {
            throw new InterviewValidationException(problems);
        }
        InterviewId id = interviews.insert(
                tenant,
                new InterviewRepository.NewRow(
                        request.template(),
                        request.prospect(),
                        interviewer.id(),
                        self ? InterviewSource.SELF : InterviewSource.ASSIGNED,
                        targets,
                        request.dueDate()),
                caller.userId());
        interviews.addEvent(tenant, id, InterviewEventKind.ASSIGNED, interviewer.id(), null, caller.userId());
        if (!self) {
            events.publishEvent(assigned(tenant, id, interviewer, prospect, template, request.dueDate(), caller));
        }
        return new InterviewRef(id, InterviewStatus.ASSIGNED);
    }

    /**
     * Gives an open interview to another interviewer, with a reason kept in its history; they are told by e-mail.
     *
     * @throws InterviewValidationException for a blank or too long reason, or an interviewer who is not one
     * @throws InterviewConflictException when the interview is completed or cancelled, or already theirs
     */
    @RolesAllowed(Roles.TENANT_ADMIN)
    public void reassign(InterviewId id, String interviewerEmail, String reason) {
        TenantId tenant = TenantContext.requireTenant();
        Caller caller = Caller.current();
        List<Problem> problems = new ArrayList<>();
        String why = reason(reason, problems);
        Member interviewer = interviewer(interviewerEmail, problems);
        Locked locked = interviews.lock(tenant, id).orElseThrow(() -> new InterviewNotFoundException(id));
        requireOpen(locked);
        if (!problems.isEmpty() || interviewer == null) {
            throw new InterviewValidationException(problems);
        }
        if (interviewer.id().equals(locked.interviewerId())) {
            throw new InterviewConflictException("The interview is already assigned to " + interviewer.email() + ".");
        }
        interviews.reassign(tenant, id, interviewer.id());
        interviews.addEvent(tenant, id, InterviewEventKind.REASSIGNED, interviewer.id(), why, caller.userId());
        PreparedTemplate template = templates.published(locked.template());
        Prospect prospect = prospects.get(locked.prospect());
        events.publishEvent(assigned(tenant, id, interviewer, prospect, template, locked.dueDate(), caller));
    }

    /**
     * Cancels an open interview, with a reason kept in its history. Its answers stay, frozen.
     *
     * @throws InterviewValidationException for a blank or too long reason
     * @throws InterviewConflictException when it is completed or cancelled already
     */
    @RolesAllowed(Roles.TENANT_ADMIN)
    public void cancel(InterviewId id, String reason) {
        TenantId tenant = TenantContext.requireTenant();
        List<Problem> problems = new ArrayList<>();
        String why = reason(reason, problems);
        Locked locked = interviews.lock(tenant, id).orElseThrow(() -> new InterviewNotFoundException(id));
        requireOpen(locked);
        if (!problems.isEmpty()) {
            throw new InterviewValidationException(problems);
        }
        interviews.cancel(tenant, id);
        interviews.addEvent(
                tenant,
                id,
                InterviewEventKind.CANCELLED,
                null,
                why,
                Caller.current().userId());
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
        events.publishEvent(new InterviewCompleted(
                tenant,
                id,
                locked.prospect(),
                result.qualification().score(),
                result.qualification().qualified()));
        return result;
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
    public SelfAssessmentRecorded recordSelfAssessment(SelfAssessment assessment) {
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
        events.publishEvent(new InterviewCompleted(
                tenant,
                id,
                prospect.id(),
                result.qualification().score(),
                result.qualification().qualified()));
        return new SelfAssessmentRecorded(id, prospect.id(), result);
    }

    /**
     * The stored result of a completed self-assessment, for the respondent's own result page; any other interview is
     * "not found". Only the self-assessment feature calls this, after it matched the respondent's receipt.
     */
    @RolesAllowed(Roles.SELF_ASSESSMENT)
    @Transactional(readOnly = true)
    public Result selfAssessmentResult(InterviewId id) {
        InterviewDetail detail = queries.find(
                        TenantContext.requireTenant(), new InterviewQueries.Scope(true, null, false), id)
                .filter(d -> d.source() == InterviewSource.SELF_ASSESSMENT)
                .orElseThrow(() -> new InterviewNotFoundException(id));
        Result result = detail.result();
        if (result == null) {
            throw new InterviewNotFoundException(id);
        }
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

    private static void requireOpen(Locked locked) {
        switch (locked.status()) {
            case COMPLETED ->
                throw new InterviewConflictException(
                        "This interview is completed: its answers and result are final and no longer change.");
            case CANCELLED ->
                throw new InterviewConflictException("This interview was cancelled; it no longer changes.");
            default -> {}
        }
    }

    private @Nullable PreparedTemplate published(
            String id, java.util.function.Supplier<PreparedTemplate> load, List<Problem> problems) {
        try {
            return load.get();
        } catch (TemplateNotFoundException e) {
            problems.add(new Problem("$.templateId", "no template " + id + " in this workspace"));
        } catch (TemplateConflictException e) {
            problems.add(new Problem(
                    "$.templateId",
                    Objects.requireNonNullElse(e.getMessage(), "template " + id + " cannot be used for an interview")));
        }
        return null;
    }

    private @Nullable Member interviewer(String email, List<Problem> problems) {
        if (email.isBlank()) {
            problems.add(new Problem("$.interviewer", "name the interviewer by e-mail address"));
            return null;
        }
        Optional<Member> member = members.findByEmail(email);
        if (member.isEmpty()) {
            problems.add(new Problem(
                    "$.interviewer",
                    email.strip() + " has not signed in to this workspace yet. Ask them to sign in once, then assign"
                            + " the interview."));
            return null;
        }
        if (!member.get().active()) {
            problems.add(new Problem("$.interviewer", email.strip() + " is no longer active in this workspace"));
            return null;
        }
        if (!member.get().roles().contains(Roles.INTERVIEWER)) {
            problems.add(new Problem("$.interviewer", email.strip() + " is not an interviewer in this workspace"));
            return null;
        }
        return member.get();
    }

    private static @Nullable String reason(String reason, List<Problem> problems) {
        String stripped = reason.strip();
        if (stripped.isEmpty()) {
            problems.add(new Problem("$.reason", "give a reason; it is kept in the interview's history"));
            return null;
        }
        if (stripped.length() > MAX_REASON) {
            problems.add(new Problem("$.reason", "at most " + MAX_REASON + " characters, not " + stripped.length()));
            return null;
        }
        return stripped;
    }

    private InterviewAssigned assigned(
            TenantId tenant,
            InterviewId id,
            Member interviewer,
            Prospect prospect,
            PreparedTemplate template,
            java.time.@Nullable LocalDate dueDate,
            Caller caller) {
        return new InterviewAssigned(
                tenant,
                id,
                interviewer.email(),
                interviewer.displayName(),
                prospect.name(),
                template.template().name(),
                template.template().version(),
                dueDate,
                members.describe(caller.userId()));
    }
}
