package io.stackup.api.report;

import io.stackup.core.interview.InterviewId;
import io.stackup.core.report.customer.CustomerReport;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/interviews/{id}/report.pdf?notes=} of docs/spec/api.md: the customer report, as an attachment
 * named after the prospect and the date (any characters, RFC 6266 with UTF-8). Dates are read in the tenant's time
 * zone ({@link CustomerReport#pdf}), as in the UI's download. Who may have it is {@link CustomerReport}'s rule: whoever may see the interview's result.
 */
@RestController
class ReportController {

    private final CustomerReport reports;

    ReportController(CustomerReport reports) {
        this.reports = reports;
    }

    @GetMapping("/api/v1/interviews/{id}/report.pdf")
    ResponseEntity<byte[]> report(@PathVariable InterviewId id, @RequestParam(defaultValue = "true") boolean notes) {
        CustomerReport.Pdf pdf = reports.pdf(id, notes);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(pdf.fileName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(pdf.content());
    }
}
