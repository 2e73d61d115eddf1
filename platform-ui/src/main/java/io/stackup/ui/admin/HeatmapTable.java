package io.stackup.ui.admin;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import io.stackup.core.dashboard.Heatmap;
import io.stackup.core.dashboard.Heatmap.Label;
import java.util.Locale;
import java.util.function.BiFunction;

/**
 * The maturity heatmap as an HTML table: areas down, levels (lowest first) across, in each cell the number of
 * prospects, on a gray whose darkness grows with the number (white text on the darker half), so it reads in grayscale
 * and without colour at all. A cell with prospects is a link to the list of them; an empty cell is a plain 0. Built
 * with Vaadin's element API, which escapes every name. Each cell carries its area and level keys and its number as
 * {@code data-area}, {@code data-level} and {@code data-count}, for programs reading the page.
 */
class HeatmapTable extends Div {

    HeatmapTable(Heatmap heatmap, BiFunction<String, String, String> cellHref) {
        setId("overview-heatmap");
        if (heatmap.isEmpty()) {
            setText(getTranslation("admin.heatmap.empty"));
            addClassName("stackup-card-meta");
            return;
        }
        Element table = new Element("table");
        table.getClassList().add("stackup-heatmap");
        Element caption = new Element("caption");
        caption.setText(getTranslation("admin.heatmap.caption"));
        table.appendChild(caption);
        Element head = new Element("tr");
        head.appendChild(header("col", getTranslation("admin.heatmap.area")));
        for (Label level : heatmap.levels()) {
            head.appendChild(header("col", level.name()));
        }
        table.appendChild(new Element("thead").appendChild(head));
        Element body = new Element("tbody");
        long max = Math.max(1, heatmap.max());
        for (Label area : heatmap.areas()) {
            Element row = new Element("tr");
            row.appendChild(header("row", area.name()));
            for (Label level : heatmap.levels()) {
                long count = heatmap.count(area.key(), level.key());
                Element cell = new Element("td");
                cell.setAttribute("data-area", area.key());
                cell.setAttribute("data-level", level.key());
                cell.setAttribute("data-count", Long.toString(count));
                double share = (double) count / max;
                int lightness = (int) Math.round(97 - 72 * share);
                cell.getStyle().set("background-color", String.format(Locale.ROOT, "hsl(0 0%% %d%%)", lightness));
                cell.getStyle().set("color", lightness < 60 ? "#fff" : "#111");
                if (count > 0) {
                    Element link = new Element("a");
                    link.setAttribute("href", cellHref.apply(area.key(), level.key()));
                    link.setAttribute("router-link", true);
                    link.setAttribute(
                            "aria-label", getTranslation("admin.heatmap.cell", count, area.name(), level.name()));
                    link.setText(String.format(Locale.ROOT, "%,d", count));
                    cell.appendChild(link);
                } else {
                    cell.setText("0");
                }
                row.appendChild(cell);
            }
            body.appendChild(row);
        }
        table.appendChild(body);
        getElement().appendChild(table);
    }

    private static Element header(String scope, String text) {
        Element th = new Element("th");
        th.setAttribute("scope", scope);
        th.setText(text);
        return th;
    }
}
