package io.stackup.core.audit;

import io.stackup.core.shared.CsvCells;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit log as CSV (RFC 4180, docs/spec/api.md "Audit log"), one writer for the API's export and the log screen's
 * download: a header, then one line per record, CRLF line ends, UTF-8; cells neutralised against formulas and quoted
 * by {@link CsvCells} (a summary names prospects, who come from public forms). The details are one JSON object, keys
 * sorted. Each row is written as it comes; nothing is held.
 */
public final class AuditCsv {

    public static final List<String> HEADER =
            List.of("at", "actor", "actor id", "action", "subject type", "subject id", "summary", "details");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Writer out;

    public AuditCsv(Writer out) {
        this.out = out;
    }

    public void header() {
        line(HEADER.stream().map(CsvCells::field).toList());
    }

    /** @throws UncheckedIOException when the client went away */
    public void row(AuditRecord record) {
        Map<String, String> details = new TreeMap<>(record.details());
        line(List.of(
                record.at().toString(),
                CsvCells.text(record.actorLabel()),
                CsvCells.text(record.actorId()),
                CsvCells.text(record.action()),
                CsvCells.text(record.subjectType()),
                CsvCells.text(record.subjectId()),
                CsvCells.text(record.summary()),
                details.isEmpty() ? "" : CsvCells.text(JSON.writeValueAsString(details))));
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
