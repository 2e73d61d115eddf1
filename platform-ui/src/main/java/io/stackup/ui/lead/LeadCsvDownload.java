package io.stackup.ui.lead;

import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import io.stackup.core.lead.LeadCsv;
import io.stackup.core.lead.LeadFilter;
import io.stackup.core.lead.LeadService;
import io.stackup.core.lead.LeadSort;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The queue's CSV download: every lead the screen's current filter matches, in its order, written by {@link LeadCsv}
 * (the API's export, so the same escaping against formulas) and streamed as the service reads it. The download is a
 * request of its own, outside the UI's lock, so the screen keeps its filter and order where that request reads them.
 */
final class LeadCsvDownload implements DownloadHandler {

    private final LeadService leads;
    private final AtomicReference<LeadFilter> filter;
    private final AtomicReference<LeadSort> sort;

    LeadCsvDownload(LeadService leads, AtomicReference<LeadFilter> filter, AtomicReference<LeadSort> sort) {
        this.leads = leads;
        this.filter = filter;
        this.sort = sort;
    }

    @Override
    public void handleDownloadRequest(DownloadEvent event) throws IOException {
        event.setFileName("leads-" + LocalDate.now(ZoneOffset.UTC) + ".csv");
        event.setContentType("text/csv;charset=UTF-8");
        try (Writer writer = new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8)) {
            LeadCsv csv = new LeadCsv(writer);
            csv.header();
            leads.export(filter.get(), sort.get(), csv::row);
        }
    }
}
