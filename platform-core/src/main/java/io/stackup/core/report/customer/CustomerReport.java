package io.stackup.core.report.customer;

import io.stackup.core.interview.InterviewId;
import io.stackup.core.interview.InterviewNotFoundException;
import io.stackup.core.report.Comparison;
import io.stackup.core.report.Comparisons;
import io.stackup.core.report.ResultReport;
import io.stackup.core.report.ResultReport.Notes;
import io.stackup.core.report.ResultReports;
import io.stackup.core.settings.SettingsService;
import io.stackup.core.settings.TenantLook;
import io.stackup.core.tenancy.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The customer report of an interview as a PDF ({@code GET /api/v1/interviews/{id}/report.pdf} and the result
 * screen's download), made by {@link CustomerReportDocument} from the interview's {@link ResultReport} (the stored
 * result once completed, else the preview of the answers so far) and, when the prospect has an interview completed
 * before it that the caller may see, the comparison with the latest such one.
 *
 * <p>Who may have it is the result's rule ({@link ResultReports#report}): an interview the caller may not see does not
 * exist for them. Everything is read in one read-only transaction; the rendering (about half a second for a large
 * interview, CPU only) runs after it, so it holds no database connection.
 */
@Service
public class CustomerReport {

    /**
     * A rendered report.
     *
     * @param fileName the name to save it under ({@link CustomerReportDocument#fileName}): the prospect and the date
     * @param content the PDF
     */
    public record Pdf(String fileName, byte[] content) {}

    private final ResultReports reports;
    private final Comparisons comparisons;
    private final SettingsService settings;
    private final TransactionTemplate readOnly;
    private final Clock clock;

    CustomerReport(
            ResultReports reports,
            Comparisons comparisons,
            SettingsService settings,
            PlatformTransactionManager transactions) {
        this.reports = reports;
        this.comparisons = comparisons;
        this.settings = settings;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.clock = Clock.systemUTC();
    }

    /**
     * The report of an interview the caller may see; its dates are read in the tenant's time zone (its settings).
     *
     * @param notes whether the appendix carries the interviewer's notes
     * @throws InterviewNotFoundException when the caller may not see it (another tenant's, another interviewer's)
     */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.INTERVIEWER, Roles.EXPERT})
    public Pdf pdf(InterviewId id, boolean notes) {
        Read read = Objects.requireNonNull(readOnly.execute(status -> read(id, notes)));
        ZoneId zone = read.zone();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        byte[] content = CustomerReportDocument.pdf(read.report(), read.comparison(), read.branding(), zone, today);
        return new Pdf(CustomerReportDocument.fileName(read.report(), zone, today), content);
    }

    private Read read(InterviewId id, boolean notes) {
        ResultReport report = reports.report(id, notes ? Notes.INCLUDED : Notes.OMITTED);
        Comparison comparison = comparisons
                .previous(id)
                .map(earlier -> comparisons.compare(earlier, id))
                .orElse(null);
        return new Read(
                report, comparison, branding(settings.look()), settings.region().timeZone());
    }

    /** The tenant's branding from its settings: its logo (already a re-encoded PNG) and accent colour. */
    private static Branding branding(TenantLook look) {
        return Branding.of(look.logoPng(), look.accentColour());
    }

    private record Read(ResultReport report, @Nullable Comparison comparison, Branding branding, ZoneId zone) {}
}
