package io.stackup.core.interview;

import io.stackup.core.audit.AuditEntry;
import io.stackup.core.audit.AuditLog;
import io.stackup.core.interview.repository.InterviewRepository;
import io.stackup.core.interview.repository.InterviewRepository.Locked;
import io.stackup.core.prospect.Prospect;
import io.stackup.core.prospect.ProspectNotFoundException;
import io.stackup.core.prospect.ProspectService;
import io.stackup.core.template.AnswerValidationException;
import io.stackup.core.template.Problem;
import io.stackup.core.template.TemplateConflictException;
import io.stackup.core.template.TemplateNotFoundException;
import io.stackup.core.template.TemplateService;
import io.stackup.core.template.document.AnswerReader;
import io.stackup.core.template.scoring.PreparedTemplate;
import io.stackup.core.tenancy.Member;
import io.stackup.core.tenancy.MemberService;
import io.stackup.core.tenancy.Roles;
import io.stackup.core.tenancy.TenantContext;
import io.stackup.core.tenancy.TenantId;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
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

/**
 * Who carries out an interview of the current tenant: assign it, give it to another interviewer, or cancel it. The one
 * door for the UI and the API alike; answering and reading go through {@link InterviewService}.
 *
 * <p>An interview the caller may not see does not exist for them ({@link InterviewNotFoundException}).
 *
 * <p>Errors: {@link InterviewValidationException} (the request does not fit, naming every problem),
 * {@link InterviewNotFoundException}, {@link InterviewConflictException} (completed or cancelled), and
 * {@link AccessDeniedException} when an interviewer assigns someone else. Never returns null.
 */
@Service
@Transactional
public class InterviewAssignmentService {

    static final int MAX_REASON = 2_000;

    /** A due date's years: four digits, well inside what PostgreSQL's {@code date} holds (up to 5874897). */
    static final int MIN_DUE_YEAR = 1;

    static final int MAX_DUE_YEAR = 9999;

    private final InterviewRepository interviews;
    private final TemplateService templates;
    private final ProspectService prospects;
    private final MemberService members;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;

    InterviewAssignmentService(
            InterviewRepository interviews,
            TemplateService templates,
            ProspectService prospects,
            MemberService members,
            ApplicationEventPublisher events,
            AuditLog audit) {
        this.interviews = interviews;
        this.templates = templates;
        this.prospects = prospects;
        this.members = members;
        this.events = events;
        this.audit = audit;
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
        LocalDate due = request.dueDate();
        if (due != null && (due.getYear() < MIN_DUE_YEAR || due.getYear() > MAX_DUE_YEAR)) {
            problems.add(
                    new Problem("$.dueDate", "must be a date in the years " + MIN_DUE_YEAR + " to " + MAX_DUE_YEAR));
        }
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
        audit.record(AuditEntry.of(
                        "interview.assigned",
                        "interview",
                        id,
                        "Assigned the interview of " + prospect.name() + " ("
                                + template.template().name() + " "
                                + template.template().version() + ") to " + name(interviewer))
                .with("prospect", prospect.name())
                .with(
                        "template",
                        template.template().key() + " " + template.template().version())
                .with("interviewer", interviewer.email())
                .with("source", self ? "self" : "assigned")
                .with("dueDate", request.dueDate()));
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
        InterviewService.requireOpen(locked);
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
        String previous = locked.interviewerUserId();
        String before = previous == null ? null : members.describe(previous);
        audit.record(AuditEntry.of(
                        "interview.reassigned",
                        "interview",
                        id,
                        "Reassigned the interview of " + prospect.name() + " to " + name(interviewer))
                .with("prospect", prospect.name())
                .with("before", before)
                .with("after", name(interviewer))
                .with("reason", why));
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
        InterviewService.requireOpen(locked);
        if (!problems.isEmpty()) {
            throw new InterviewValidationException(problems);
        }
        interviews.cancel(tenant, id);
        Prospect prospect = prospects.get(locked.prospect());
        audit.record(
                AuditEntry.of("interview.cancelled", "interview", id, "Cancelled the interview of " + prospect.name())
                        .with("prospect", prospect.name())
                        .with("before", locked.status().json())
                        .with("after", InterviewStatus.CANCELLED.json())
                        .with("reason", why));
        interviews.addEvent(
                tenant,
                id,
                InterviewEventKind.CANCELLED,
                null,
                why,
                Caller.current().userId());
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

    /** "Display Name (email)": how the audit log names an interviewer. */
    private static String name(Member member) {
        return member.displayName() + " (" + member.email() + ")";
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
