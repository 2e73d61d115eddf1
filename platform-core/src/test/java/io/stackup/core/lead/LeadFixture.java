package io.stackup.core.lead;

import io.stackup.core.interview.InterviewAssignmentService;
import io.stackup.core.interview.InterviewId;
import io.stackup.core.interview.InterviewService;
import io.stackup.core.interview.NewInterview;
import io.stackup.core.interview.SelfAssessment;
import io.stackup.core.interview.SelfAssessmentInterviewService;
import io.stackup.core.prospect.ProspectDraft;
import io.stackup.core.prospect.ProspectId;
import io.stackup.core.prospect.ProspectService;
import io.stackup.core.template.Answer;
import io.stackup.core.template.TemplateId;
import io.stackup.core.template.TemplateService;
import io.stackup.core.template.document.TemplateReader;
import io.stackup.core.tenancy.MemberLogin;
import io.stackup.core.tenancy.MemberService;
import io.stackup.core.tenancy.Roles;
import io.stackup.core.tenancy.Tenant;
import io.stackup.core.tenancy.TenantContext;
import io.stackup.core.tenancy.TenantDirectory;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Two fresh tenants with the same people, tenant A with the published lead-io template, and the ways a lead comes to
 * be: an interview completed by its interviewer, or a self-assessment. People: {@code admin} (tenant-admin),
 * {@code ivan}, {@code fran}, {@code nina} (interviewers), {@code erin}, {@code eli} (experts); {@code respondent}
 * works as a self-assessment.
 */
final class LeadFixture {

    final Tenant a;
    final Tenant b;
    final TemplateId template;
    final String unique = UUID.randomUUID().toString().substring(0, 8);

    private final MemberService members;
    private final ProspectService prospects;
    private final InterviewAssignmentService assignments;
    private final InterviewService interviews;
    private final SelfAssessmentInterviewService selfAssessments;
    private final LeadService leads;

    LeadFixture(ApplicationContext context) {
        TenantDirectory directory = context.getBean(TenantDirectory.class);
        members = context.getBean(MemberService.class);
        prospects = context.getBean(ProspectService.class);
        assignments = context.getBean(InterviewAssignmentService.class);
        interviews = context.getBean(InterviewService.class);
        selfAssessments = context.getBean(SelfAssessmentInterviewService.class);
        leads = context.getBean(LeadService.class);
        a = directory.register("la-" + unique, "Tenant A " + unique, "org-la-" + unique);
        b = directory.register("lb-" + unique, "Tenant B " + unique, "org-lb-" + unique);
        for (Tenant t : List.of(a, b)) {
            member(t, "admin", Roles.TENANT_ADMIN);
            member(t, "ivan", Roles.INTERVIEWER);
            member(t, "fran", Roles.INTERVIEWER);
            member(t, "nina", Roles.INTERVIEWER);
            member(t, "erin", Roles.EXPERT);
            member(t, "eli", Roles.EXPERT);
        }
        TemplateService templates = context.getBean(TemplateService.class);
        template = as(
                        a,
                        "admin",
                        () -> templates.importDocument(
                                LeadTemplates.leadIo("lead-" + unique, "1.0.0"),
                                TemplateReader.Syntax.JSON,
                                true,
                                false))
                .id();
    }

    /** A new prospect of tenant A, assigned to {@code interviewer}, answered and completed by them. */
    InterviewId complete(String prospectName, Map<String, Answer> answers, String interviewer) {
        InterviewId id = start(prospectName, answers, interviewer);
        as(a, interviewer, () -> interviews.complete(id));
        return id;
    }

    /** A new prospect of tenant A, assigned to {@code interviewer} and answered, not completed. */
    InterviewId start(String prospectName, Map<String, Answer> answers, String interviewer) {
        ProspectId prospect = as(
                        a,
                        "admin",
                        () -> prospects.create(new ProspectDraft(prospectName, null, null, null, null, null)))
                .id();
        InterviewId id = as(
                        a,
                        "admin",
                        () -> assignments.assign(
                                new NewInterview(template, prospect, interviewer + "@example.test", Map.of(), null)))
                .id();
        answers.forEach((key, answer) -> as(
                a,
                interviewer,
                () -> interviews.answer(
                        id,
                        key,
                        JsonNodeFactory.instance.objectNode().put("option", ((Answer.Choice) answer).option()))));
        return id;
    }

    /** A prospect's own answers through a public link of tenant A. */
    InterviewId selfAssessment(String prospectName, Map<String, Answer> answers) {
        return as(
                        a,
                        "respondent",
                        () -> selfAssessments.record(new SelfAssessment(
                                template,
                                new ProspectDraft(prospectName, null, null, "Rita", "rita@acme.test", null),
                                answers)))
                .interview();
    }

    /** The lead of an interview of tenant A, as its admin reads it. */
    Lead leadOf(InterviewId interview) {
        return as(a, "admin", () -> leads.find(LeadFilter.all(), LeadSort.NEWEST, 0, 500)).stream()
                .map(LeadSummary::lead)
                .filter(l -> l.interview().equals(interview))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no lead of interview " + interview));
    }

    /** A completed interview's lead in tenant A. */
    LeadId lead(String prospectName, Map<String, Answer> answers) {
        return leadOf(complete(prospectName, answers, "ivan")).id();
    }

    /** Works as {@code user} of {@code tenant}, with the role their member has. */
    <T> T as(Tenant tenant, String user, Supplier<T> work) {
        String role = switch (user) {
            case "admin" -> Roles.TENANT_ADMIN;
            case "erin", "eli" -> Roles.EXPERT;
            case "respondent" -> Roles.SELF_ASSESSMENT;
            default -> Roles.INTERVIEWER;
        };
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext()
                .setAuthentication(new TestingAuthenticationToken(user, "n/a", Roles.authority(role)));
        try {
            return TenantContext.callAs(tenant.id(), userId(tenant, user), work);
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    void run(Tenant tenant, String user, Runnable work) {
        as(tenant, user, () -> {
            work.run();
            return null;
        });
    }

    static String userId(Tenant tenant, String user) {
        return "kc-" + user + "-" + tenant.slug();
    }

    static String email(String user) {
        return user + "@example.test";
    }

    private void member(Tenant tenant, String name, String role) {
        TenantContext.callAs(
                tenant.id(),
                "test",
                () -> members.ensureMember(new MemberLogin(userId(tenant, name), email(name), name, Set.of(role))));
    }
}
