package io.stackup.core.lead;

import io.stackup.core.shared.CsvCells;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Leads as CSV (RFC 4180, docs/spec/api.md "Leads"), one writer for the API's export and the queue screen's download:
 * a header, then one line per lead, CRLF line ends, UTF-8. A field with a comma, quote, CR or LF is quoted, its quotes
 * doubled. A text that a spreadsheet would run as a formula (it starts with {@code =}, {@code +}, {@code -}, {@code @},
 * a tab or a CR) is neutralised with a leading {@code '}: a prospect's name comes from whoever filled in a public form.
 * Numbers are written as numbers. Each row is written as it comes; nothing is held.
 */
public final class LeadCsv {

    public static final List<String> HEADER = List.of(
            "id",
            "prospect",
            "status",
            "score",
            "qualified",
            "source",
            "rules",
            "area gaps",
            "offerings",
            "holder",
            "interviewer",
            "created at",
            "status changed at",
            "overdue",
            "in your areas");

    private final Writer out;

    public LeadCsv(Writer out) {
        this.out = out;
    }

    public void header() {
        line(HEADER.stream().map(LeadCsv::field).toList());
    }

    /** @throws UncheckedIOException when the client went away */
    public void row(LeadSummary summary) {
        Lead lead = summary.lead();
        line(List.of(
                lead.id().toString(),
                text(lead.prospectName()),
                lead.status().json(),
                Double.toString(lead.score()),
                Boolean.toString(lead.qualified()),
                lead.source().json(),
                text(lead.rules().stream().map(String::valueOf).collect(Collectors.joining("; "))),
                text(lead.areaGaps().stream()
                        .map(gap -> gap.area() + ": " + gap.gap())
                        .collect(Collectors.joining("; "))),
                text(String.join("; ", lead.offerings())),
                text(lead.holderEmail()),
                text(lead.interviewerEmail()),
                lead.createdAt().toString(),
                lead.statusChangedAt().toString(),
                Boolean.toString(lead.overdue()),
                Boolean.toString(summary.inYourAreas())));
    }

    /** A text field: neutralised against formulas, then quoted as needed ({@link CsvCells#text}). */
    static String text(@Nullable String value) {
        return CsvCells.text(value);
    }

    /** Quotes a field that holds a comma, a quote, CR or LF, doubling its quotes. */
    static String field(String value) {
        return CsvCells.field(value);
    }

    private void line(List<String> fields) {
        try {
            out.write(String.join(",", fields));
            out.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
