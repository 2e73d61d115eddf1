package io.stackup.core.report;

import io.stackup.core.interview.InterviewId;
import io.stackup.core.interview.InterviewNotFoundException;
import io.stackup.core.interview.InterviewService;
import io.stackup.core.interview.ScoredInterview;
import io.stackup.core.interview.SelfAssessmentInterviewService;
import io.stackup.core.report.ResultReport.Notes;
import io.stackup.core.tenancy.Roles;
import io.stackup.core.tenancy.Tenant;
import io.stackup.core.tenancy.TenantContext;
import io.stackup.core.tenancy.TenantDirectory;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reports of interview results of the current tenant ({@link ResultReport}), for the result screen and the
 * customer PDF alike. A report is read in one transaction from one load of the interview (its answers, notes and
 * history nested in one statement), the tenant's row, and the interview's published template (cached in memory), so
 * its cost does not grow with the number of areas, capabilities or answers.
 *
 * <p>Who sees what is the interview feature's rule: an interview the caller may not see does not exist for them
 * ({@link InterviewNotFoundException}). Never returns null.
 */
@Service
@Transactional(readOnly = true)
public class ResultReports {

    private final InterviewService interviews;
    private final SelfAssessmentInterviewService selfAssessments;
    private final TenantDirectory tenants;

    ResultReports(
            InterviewService interviews, SelfAssessmentInterviewService selfAssessments, TenantDirectory tenants) {
        this.interviews = interviews;
        this.selfAssessments = selfAssessments;
        this.tenants = tenants;
    }

    /**
     * The report of an interview the caller may see: the stored result once completed, else the preview of the
     * answers so far ({@code complete} false).
     *
     * @param notes whether the evidence carries the interviewer's notes ({@link Notes#OMITTED} for a customer's copy)
     * @throws InterviewNotFoundException when the caller may not see it (another tenant's, another interviewer's)
     */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.INTERVIEWER, Roles.EXPERT})
    public ResultReport report(InterviewId id, Notes notes) {
        return of(interviews.scored(id), notes);
    }

    /**
     * The report of a completed self-assessment, for the respondent's own result page: never with notes. Only the
     * self-assessment feature calls this, holding {@link Roles#SELF_ASSESSMENT} after it matched the respondent's
     * receipt.
     *
     * @throws InterviewNotFoundException for any interview but a completed self-assessment of the bound tenant
     */
    @RolesAllowed(Roles.SELF_ASSESSMENT)
    public ResultReport ownReport(InterviewId id) {
        return of(selfAssessments.scored(id), Notes.OMITTED);
    }

    private ResultReport of(ScoredInterview scored, Notes notes) {
        String tenantName = tenants.findById(TenantContext.requireTenant())
                .map(Tenant::name)
                .orElseThrow(
                        () -> new InterviewNotFoundException(scored.detail().id()));
        return ReportBuilder.build(tenantName, scored.detail(), scored.template(), scored.result(), notes);
    }
}
