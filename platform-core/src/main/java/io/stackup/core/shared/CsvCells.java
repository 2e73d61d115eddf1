package io.stackup.core.shared;

import org.jspecify.annotations.Nullable;

/**
 * Cells of CSV files (RFC 4180) that a spreadsheet opens: the leads export and the audit log's. A field with a comma,
 * quote, CR or LF is quoted, its quotes doubled. A text that a spreadsheet would run as a formula (it starts with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a CR) is neutralised with a leading {@code '}: names and
 * summaries come from whoever typed them, a public form included.
 */
public final class CsvCells {

    private CsvCells() {}

    /** A text field: neutralised against formulas, then quoted as needed; empty for null. */
    public static String text(@Nullable String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        String safe = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value
                : value;
        return field(safe);
    }

    /** Quotes a field that holds a comma, a quote, CR or LF, doubling its quotes. */
    public static String field(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\r') < 0 && value.indexOf('\n') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
