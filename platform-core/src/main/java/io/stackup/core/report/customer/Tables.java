package io.stackup.core.report.customer;

import org.jsoup.nodes.Element;

/** A table of the report: fixed column widths (so long names wrap in their column), a header that repeats. */
final class Tables {

    private Tables() {}

    /**
     * A table with these headers and widths (in percent of the text width, one per header), appended to
     * {@code parent}; returns its body, to append rows to.
     */
    static Element table(Element parent, String cssClass, String[] headers, int[] widths) {
        if (headers.length != widths.length) {
            throw new IllegalArgumentException("one width per header");
        }
        Element table = parent.appendElement("table").addClass(cssClass);
        Element head = table.appendElement("thead").appendElement("tr");
        for (int i = 0; i < headers.length; i++) {
            head.appendElement("th").attr("style", "width: " + widths[i] + "%").text(headers[i]);
        }
        return table.appendElement("tbody");
    }

    /** A row of text cells. */
    static Element row(Element body, String... cells) {
        Element row = body.appendElement("tr");
        for (String cell : cells) {
            row.appendElement("td").text(cell);
        }
        return row;
    }
}
