package io.stackup.ui.result;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import io.stackup.core.report.Comparison;
import io.stackup.core.report.Comparison.CapabilityChange;
import io.stackup.core.report.Comparison.Movement;
import io.stackup.core.report.Comparison.Presence;
import io.stackup.core.report.Comparison.Standing;
import io.stackup.core.report.ReportNumbers;
import io.stackup.ui.shell.UserFormats;
import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A re-assessment on screen: what the interview compared with was ("Compared with 12 Mar 2026 (Mini IO 1.0.0)"), the
 * overall level before → after, and a table with a row per capability of the {@link Comparison}: area, name, level
 * before and after, how it moved (in words and a sign, never by colour alone: ↑ up, ↓ down, = same, + / − only in one
 * version, – not assessed), the later target and gap, and what still blocks it. Shows the comparison as given; it
 * loads nothing.
 *
 * <p>A plain HTML table rather than a Grid: a comparison has at most a few hundred rows, all shown at once (as in the
 * PDF), each with an id ({@code comparison-row-<capability key>}). Below 800 px the area and the gap columns give way
 * (the area is then shown under the capability's name) and long text wraps, so the table fits a 768 px tablet.
 */
class ComparisonPanel extends Div {

    ComparisonPanel(Comparison comparison) {
        setId("comparison");
        addClassName("stackup-comparison");
        Comparison.Side before = comparison.before();
        H3 heading = new H3(
                getTranslation("comparison.heading", date(before), before.templateName(), before.templateVersion()));
        heading.setId("comparison-heading");
        add(heading, overall(comparison), table(comparison));
    }

    private String date(Comparison.Side side) {
        return side.completedAt() == null
                ? getTranslation("comparison.not-completed")
                : UserFormats.date(LocalDate.ofInstant(side.completedAt(), UserFormats.zone()));
    }

    private Paragraph overall(Comparison comparison) {
        Paragraph line = new Paragraph();
        line.setId("comparison-overall");
        line.getElement().setAttribute("data-movement", json(comparison.overallMovement()));
        Span label = new Span(getTranslation("comparison.overall") + ": ");
        label.addClassName("stackup-comparison-label");
        line.add(
                label,
                new Span(standing(comparison.overallBefore())),
                new Span(" → "),
                new Span(standing(comparison.overallAfter())),
                new Span(" "),
                movement(comparison.overallMovement(), null, comparison));
        return line;
    }

    private NativeTable table(Comparison comparison) {
        NativeTable table = new NativeTable();
        table.setId("comparison-table");
        table.addClassName("stackup-comparison-table");
        NativeTableRow head = table.getHead().addRow();
        header(head, "comparison.area").addClassName("stackup-comparison-optional");
        header(head, "comparison.capability");
        header(head, "comparison.before");
        header(head, "comparison.after");
        header(head, "comparison.movement");
        header(head, "comparison.target");
        header(head, "comparison.gap").addClassName("stackup-comparison-optional");
        header(head, "comparison.blockers");
        for (CapabilityChange change : comparison.capabilities()) {
            table.getBody().addRows(row(comparison, change));
        }
        return table;
    }

    private NativeTableHeaderCell header(NativeTableRow row, String key) {
        NativeTableHeaderCell cell = row.addHeaderCell();
        cell.setText(getTranslation(key));
        cell.getElement().setAttribute("scope", "col");
        return cell;
    }

    private NativeTableRow row(Comparison comparison, CapabilityChange change) {
        NativeTableRow row = new NativeTableRow();
        row.setId("comparison-row-" + change.key());
        row.getElement().setAttribute("data-movement", json(change.movement()));
        row.getElement().setAttribute("data-presence", change.presence().name().toLowerCase(Locale.ROOT));
        cell(row, "area", change.area()).addClassName("stackup-comparison-optional");
        NativeTableCell name = cell(row, "capability", change.name());
        Span area = new Span(change.area());
        area.addClassName("stackup-comparison-area-inline");
        name.add(area);
        cell(row, "before", change.presence() == Presence.ONLY_AFTER ? ReportNumbers.NONE : standing(change.before()));
        cell(row, "after", change.presence() == Presence.ONLY_BEFORE ? ReportNumbers.NONE : standing(change.after()));
        NativeTableCell movement = cell(row, "movement", "");
        movement.add(movement(change.movement(), change.presence(), comparison));
        cell(row, "target", change.targetName() == null ? ReportNumbers.NONE : change.targetName());
        cell(row, "gap", change.gapAfter() == null ? ReportNumbers.NONE : String.valueOf(change.gapAfter()))
                .addClassName("stackup-comparison-optional");
        cell(row, "blockers", change.blockers().isEmpty() ? ReportNumbers.NONE : String.join("; ", change.blockers()));
        return row;
    }

    private static NativeTableCell cell(NativeTableRow row, String column, String text) {
        NativeTableCell cell = row.addDataCell();
        cell.addClassName("stackup-comparison-" + column);
        if (!text.isEmpty()) {
            cell.add(new Span(text));
        }
        return cell;
    }

    /**
     * A sign (hidden from screen readers, which read the words) and the words of a movement.
     *
     * @param presence where the capability exists; {@code null} for the overall level, which always does
     */
    private Span movement(Movement movement, @Nullable Presence presence, Comparison comparison) {
        String sign;
        String words;
        switch (movement) {
            case UP -> {
                sign = "↑";
                words = getTranslation("comparison.up");
            }
            case DOWN -> {
                sign = "↓";
                words = getTranslation("comparison.down");
            }
            case SAME -> {
                sign = "=";
                words = getTranslation("comparison.same");
            }
            case NOT_COMPARABLE -> {
                if (presence == Presence.ONLY_AFTER) {
                    sign = "+";
                    words = getTranslation(
                            "comparison.only-in", comparison.after().templateVersion());
                } else if (presence == Presence.ONLY_BEFORE) {
                    sign = "−";
                    words = getTranslation(
                            "comparison.only-in", comparison.before().templateVersion());
                } else {
                    sign = "–";
                    words = getTranslation("comparison.not-assessed");
                }
            }
            default -> throw new IllegalStateException("unknown movement " + movement);
        }
        Span icon = new Span(sign);
        icon.addClassName("stackup-comparison-sign");
        icon.getElement().setAttribute("aria-hidden", "true");
        Span text = new Span(words);
        text.addClassName("stackup-comparison-words");
        Span both = new Span(icon, new Span(" "), text);
        both.addClassName("stackup-comparison-shift");
        return both;
    }

    /** "Standardized 33%", or "not assessed". */
    private String standing(Standing standing) {
        if (standing.score() == null) {
            return getTranslation("comparison.not-assessed");
        }
        String name = standing.levelName() != null ? standing.levelName() : standing.level();
        return (name == null ? "" : name + " ") + ReportNumbers.percent(standing.score());
    }

    private static String json(Movement movement) {
        return movement.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
