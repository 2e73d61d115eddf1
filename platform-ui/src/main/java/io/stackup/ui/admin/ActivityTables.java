package io.stackup.ui.admin;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import io.stackup.core.dashboard.Overview;
import io.stackup.core.report.ReportNumbers;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The Overview's small tables (a few rows each, all shown: the service aggregates them, nothing is paged): interviewer
 * activity, expert activity and leads by source, or a sentence when a table would be empty. Plain HTML tables built
 * with the element API, which escapes names.
 */
final class ActivityTables {

    private ActivityTables() {}

    static Component interviewers(Overview overview) {
        return table(
                "overview-interviewers",
                overview.interviewers(),
                "admin.interviewers.empty",
                List.of("admin.interviewers.name", "admin.interviewers.done", "admin.interviewers.rate"),
                a -> List.of(a.name(), number(a.done()), ReportNumbers.percent(a.qualificationRate())));
    }

    static Component experts(Overview overview) {
        return table(
                "overview-experts",
                overview.experts(),
                "admin.experts.empty",
                List.of(
                        "admin.experts.name",
                        "admin.experts.claims",
                        "admin.experts.pick-up",
                        "admin.experts.won",
                        "admin.experts.lost",
                        "admin.experts.rate"),
                e -> List.of(
                        e.name(),
                        number(e.claims()),
                        duration(e.medianPickUp()),
                        number(e.won()),
                        number(e.lost()),
                        ReportNumbers.percent(e.winRate())));
    }

    static Component sources(Overview overview) {
        Div holder = new Div();
        return table(
                "overview-sources",
                overview.sources(),
                "admin.sources.empty",
                List.of(
                        "admin.sources.source",
                        "admin.sources.leads",
                        "admin.sources.qualified",
                        "admin.sources.claimed",
                        "admin.sources.won"),
                s -> List.of(
                        holder.getTranslation(
                                "admin.sources." + s.source().name().toLowerCase(Locale.ROOT)),
                        number(s.leads()),
                        number(s.qualified()),
                        number(s.claimed()),
                        number(s.won())));
    }

    private static <T> Component table(
            String id, List<T> rows, String emptyKey, List<String> headerKeys, Function<T, List<String>> cells) {
        Div holder = new Div();
        holder.setId(id);
        if (rows.isEmpty()) {
            holder.setText(holder.getTranslation(emptyKey));
            holder.addClassName("stackup-card-meta");
            return holder;
        }
        Element table = new Element("table");
        table.getClassList().add("stackup-overview-table");
        Element head = new Element("tr");
        for (String key : headerKeys) {
            Element th = new Element("th");
            th.setAttribute("scope", "col");
            th.setText(holder.getTranslation(key));
            head.appendChild(th);
        }
        table.appendChild(new Element("thead").appendChild(head));
        Element body = new Element("tbody");
        for (T row : rows) {
            Element tr = new Element("tr");
            List<String> values = cells.apply(row);
            for (int i = 0; i < values.size(); i++) {
                Element cell = new Element(i == 0 ? "th" : "td");
                if (i == 0) {
                    cell.setAttribute("scope", "row");
                }
                cell.setText(values.get(i));
                tr.appendChild(cell);
            }
            body.appendChild(tr);
        }
        table.appendChild(body);
        holder.getElement().appendChild(table);
        return holder;
    }

    static String number(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    /** Minutes under an hour, hours (one decimal) under two days, days (one decimal) beyond; "–" for none. */
    static String duration(@Nullable Duration duration) {
        if (duration == null) {
            return ReportNumbers.NONE;
        }
        long minutes = duration.toMinutes();
        if (minutes < 60) {
            return minutes + " min";
        }
        if (minutes < 48 * 60) {
            return String.format(Locale.ROOT, "%.1f h", minutes / 60.0);
        }
        return String.format(Locale.ROOT, "%.1f d", minutes / 1440.0);
    }
}
