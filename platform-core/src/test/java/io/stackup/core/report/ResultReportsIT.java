package io.stackup.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stackup.core.interview.InterviewAssignmentService;
import io.stackup.core.interview.InterviewNotFoundException;
import io.stackup.core.interview.InterviewRef;
import io.stackup.core.interview.InterviewService;
import io.stackup.core.interview.InterviewStatus;
import io.stackup.core.interview.NewInterview;
import io.stackup.core.prospect.ProspectDraft;
import io.stackup.core.prospect.ProspectId;
import io.stackup.core.prospect.ProspectService;
import io.stackup.core.report.ResultReport.Evidence;
import io.stackup.core.report.ResultReport.Notes;
import io.stackup.core.support.CoreIntegrationTest;
import io.stackup.core.template.TemplateId;
import io.stackup.core.template.TemplateService;
import io.stackup.core.template.document.TemplateReader;
import io.stackup.core.tenancy.MemberLogin;
import io.stackup.core.tenancy.MemberService;
import io.stackup.core.tenancy.Roles;
import io.stackup.core.tenancy.Tenant;
import io.stackup.core.tenancy.TenantContext;
import io.stackup.core.tenancy.TenantDirectory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
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
 * Reports of interviews on real PostgreSQL: what the interview, its tenant and its template give, with and without
 * notes, to whom the interview is visible, and never across tenants.
 */
@CoreIntegrationTest
class ResultReportsIT {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    ResultReports reports;

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
    void two_tenants_with_members_and_one_with_a_published_template_and_a_prospect() throws IOException {
        a = register("ra");
        b = register("rb");
        for (Tenant t : List.of(a, b)) {
            member(t, "admin", Roles.TENANT_ADMIN);
            member(t, "ivan", Roles.INTERVIEWER);
            member(t, "fran", Roles.INTERVIEWER);
            member(t, "erin", Roles.EXPERT);
        }
        byte[] document;
        try (InputStream in = getClass().getResourceAsStream("/io/stackup/core/template/mini-io.json")) {
            document = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
    void a_report_names_the_tenant_prospect_interviewer_and_template_and_carries_notes_only_when_asked() {
        InterviewRef ref = completed();

        ResultReport report = as(a, "admin", () -> reports.report(ref.id(), Notes.INCLUDED));
        assertThat(report.tenantName()).isEqualTo(a.name());
        assertThat(report.prospectName()).isEqualTo("Acme");
        assertThat(report.interviewerName()).isEqualTo("ivan");
        assertThat(report.interviewerEmail()).isEqualTo("ivan@example.test");
        assertThat(report.status()).isEqualTo(InterviewStatus.COMPLETED);
        assertThat(report.completedAt()).isNotNull();
        assertThat(report.template().name()).isEqualTo("Mini IO");
        assertThat(report.result()).isEqualTo(as(a, "admin", () -> interviews.result(ref.id())));
        assertThat(evidence(report))
                .extracting(Evidence::answer, Evidence::note)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("No", "local accounts only"));
        assertThat(report.qualification().qualified()).isTrue();

        ResultReport customers = as(a, "erin", () -> reports.report(ref.id(), Notes.OMITTED));
        assertThat(evidence(customers)).extracting(Evidence::note).containsOnlyNulls();
        assertThat(customers.result()).isEqualTo(report.result());
    }

    @Test
    void a_running_interviews_report_is_the_preview_of_its_answers_so_far() {
        InterviewRef ref = assign();
        answer(ref, "has-dir", "{\"option\": \"yes\"}");
        ResultReport report = as(a, "ivan", () -> reports.report(ref.id(), Notes.INCLUDED));
        assertThat(report.complete()).isFalse();
        assertThat(report.completedAt()).isNull();
        assertThat(report.status()).isEqualTo(InterviewStatus.IN_PROGRESS);
        assertThat(report.result()).isEqualTo(as(a, "ivan", () -> interviews.result(ref.id())));
    }

    @Test
    void another_tenants_interview_and_another_interviewers_do_not_exist() {
        InterviewRef ref = completed();
        for (String user : List.of("admin", "ivan", "erin")) {
            assertThatThrownBy(() -> as(b, user, () -> reports.report(ref.id(), Notes.OMITTED)))
                    .as(user + " of another tenant")
                    .isInstanceOf(InterviewNotFoundException.class);
        }
        InterviewRef running = assign();
        assertThatThrownBy(() -> as(a, "fran", () -> reports.report(running.id(), Notes.OMITTED)))
                .isInstanceOf(InterviewNotFoundException.class);
        assertThatThrownBy(() -> as(a, "erin", () -> reports.report(running.id(), Notes.OMITTED)))
                .as("an expert sees completed interviews only")
                .isInstanceOf(InterviewNotFoundException.class);
    }

    @Test
    void the_own_report_is_for_the_self_assessment_role_and_self_assessments_only() {
        InterviewRef ref = completed();
        assertThatThrownBy(() -> as(a, "admin", () -> reports.ownReport(ref.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asRole(a, Roles.SELF_ASSESSMENT, () -> reports.ownReport(ref.id())))
                .as("an interview by an interviewer is no self-assessment")
                .isInstanceOf(InterviewNotFoundException.class);
    }

    private static List<Evidence> evidence(ResultReport report) {
        return report.areas().getFirst().capabilities().getFirst().evidence();
    }

    private InterviewRef completed() {
        InterviewRef ref = assign();
        answer(ref, "has-dir", "{\"option\": \"no\", \"note\": \"local accounts only\"}");
        answer(ref, "budget", "{\"option\": \"yes\"}");
        as(a, "ivan", () -> interviews.complete(ref.id()));
        return ref;
    }

    private InterviewRef assign() {
        return as(
                a,
                "admin",
                () -> assignments.assign(new NewInterview(template, prospect, "ivan@example.test", Map.of(), null)));
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

    /** Works as {@code user} of {@code tenant}, with the role their member has. */
    private <T> T as(Tenant tenant, String user, Supplier<T> work) {
        String role = switch (user) {
            case "admin" -> Roles.TENANT_ADMIN;
            case "erin" -> Roles.EXPERT;
            default -> Roles.INTERVIEWER;
        };
        return asRole(tenant, role, "kc-" + user + "-" + tenant.slug(), work);
    }

    private <T> T asRole(Tenant tenant, String role, Supplier<T> work) {
        return asRole(tenant, role, "self-assessment:test", work);
    }

    private <T> T asRole(Tenant tenant, String role, String user, Supplier<T> work) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext()
                .setAuthentication(new TestingAuthenticationToken(user, "n/a", Roles.authority(role)));
        try {
            return TenantContext.callAs(tenant.id(), user, work);
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    private Tenant register(String prefix) {
        String unique = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        return directory.register(unique, "Tenant " + unique, "org-" + unique);
    }
}
