package io.stackup.ui.result;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import io.stackup.core.interview.InterviewId;
import io.stackup.core.interview.InterviewNotFoundException;
import io.stackup.core.report.customer.CustomerReport;
import java.io.ByteArrayInputStream;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The customer report's download: a link that streams the PDF of {@link CustomerReport} (the same one the API gives)
 * under its file name, and whether it carries the interviewer's notes. The download is a request of its own, outside
 * the UI's lock, so the choice is kept where that request can read it; dates are read in the tenant's time zone.
 */
class ReportDownload extends HorizontalLayout {

    ReportDownload(CustomerReport reports, InterviewId interview) {
        AtomicBoolean notes = new AtomicBoolean(true);
        Anchor download = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    try {
                        CustomerReport.Pdf pdf = reports.pdf(interview, notes.get());
                        return new DownloadResponse(
                                new ByteArrayInputStream(pdf.content()),
                                pdf.fileName(),
                                "application/pdf",
                                pdf.content().length);
                    } catch (InterviewNotFoundException e) {
                        return DownloadResponse.error(404);
                    }
                }),
                getTranslation("result.pdf.download"));
        download.setId("download-pdf");
        Checkbox withNotes = new Checkbox(getTranslation("result.pdf.notes"), true);
        withNotes.setId("pdf-notes");
        withNotes.addValueChangeListener(e -> notes.set(Boolean.TRUE.equals(e.getValue())));
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(download, withNotes);
    }
}
