package io.stackup.ui.audit;

import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import io.stackup.core.audit.AuditCsv;
import io.stackup.core.audit.AuditFilter;
import io.stackup.core.audit.AuditService;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The audit log's CSV download: every record the screen's current filter matches, newest first, written by
 * {@link AuditCsv} (the API's export, so the same escaping against formulas) and streamed as the service reads it. The
 * download is a request of its own, outside the UI's lock, so the screen keeps its filter where that request reads it.
 */
final class AuditCsvDownload implements DownloadHandler {

    private final AuditService audit;
    private final AtomicReference<AuditFilter> filter;

    AuditCsvDownload(AuditService audit, AtomicReference<AuditFilter> filter) {
        this.audit = audit;
        this.filter = filter;
    }

    @Override
    public void handleDownloadRequest(DownloadEvent event) throws IOException {
        event.setFileName("audit-" + LocalDate.now(ZoneOffset.UTC) + ".csv");
        event.setContentType("text/csv;charset=UTF-8");
        try (Writer writer = new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8)) {
            AuditCsv csv = new AuditCsv(writer);
            csv.header();
            audit.export(filter.get(), csv::row);
        }
    }
}
