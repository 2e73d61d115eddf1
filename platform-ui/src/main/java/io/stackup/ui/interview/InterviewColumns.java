package io.stackup.ui.interview;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import io.stackup.core.interview.InterviewId;
import io.stackup.core.interview.InterviewStatus;
import io.stackup.core.interview.InterviewSummary;
import io.stackup.ui.shell.UserFormats;
import java.text.NumberFormat;
import java.time.LocalDate;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * How an interview is shown in a list, the same on every screen: status badge, due date (overdue marked), lead score,
 * and a click (or Space on a row) that opens the interview page.
 */
public final class InterviewColumns {

    private InterviewColumns() {}

    /** A status as a badge: assigned, in progress, completed (green), cancelled (red). */
    public static Span badge(InterviewStatus status) {
        Span badge = new Span(badgeText(status));
        badge.getElement().getThemeList().add(badgeTheme(status));
        badge.addClassName("stackup-status");
        return badge;
    }

    /** Appends {@link #badge} as markup to a jsoup element. */
    static void badge(Element parent, InterviewStatus status) {
        parent.appendElement("span")
                .addClass("stackup-status")
                .attr("theme", badgeTheme(status))
                .text(badgeText(status));
    }

    private static String badgeTheme(InterviewStatus status) {
        return switch (status) {
            case ASSIGNED -> "badge";
            case IN_PROGRESS -> "badge contrast";
            case COMPLETED -> "badge success";
            case CANCELLED -> "badge error";
        };
    }

    private static String badgeText(InterviewStatus status) {
        return translation("interview.status." + status.json());
    }

    /** A due date, marked when it has passed while the interview is still open. */
    public static Span due(@Nullable LocalDate due, InterviewStatus status) {
        Span span = new Span(dueText(due, status));
        if (isOverdue(due, status)) {
            span.addClassName("stackup-overdue");
            span.getElement().setAttribute("title", span.getTranslation("interview.overdue"));
        }
        return span;
    }

    /** Appends {@link #due} as markup to a jsoup element. */
    static void due(Element parent, @Nullable LocalDate due, InterviewStatus status) {
        Element span = parent.appendElement("span").text(dueText(due, status));
        if (isOverdue(due, status)) {
            span.addClass("stackup-overdue").attr("title", translation("interview.overdue"));
        }
    }

    private static String dueText(@Nullable LocalDate due, InterviewStatus status) {
        String text = due == null ? "–" : UserFormats.date(due);
        return isOverdue(due, status) ? text + " · " + translation("interview.overdue") : text;
    }

    private static String translation(String key) {
        UI ui = UI.getCurrent();
        return ui == null ? key : ui.getTranslation(key);
    }

    public static boolean isOverdue(@Nullable LocalDate due, InterviewStatus status) {
        return due != null && status.isOpen() && due.isBefore(UserFormats.today());
    }

    /** The interviewer's name, or "self-assessment" when there is none. */
    public static String interviewer(@Nullable String name, @Nullable String email) {
        if (name != null && !name.isBlank()) {
            return name;
        }
        return email != null ? email : "–";
    }

    /**
     * Adds the columns of an interview list to {@code grid}.
     *
     * @param withProspect whether to show the prospect (not on the prospect's own page)
     */
    public static void configure(Grid<InterviewSummary> grid, boolean withProspect) {
        if (withProspect) {
            grid.addColumn(InterviewSummary::prospectName)
                    .setHeader(grid.getTranslation("interviews.prospect"))
                    .setWidth("11rem")
                    .setFlexGrow(2)
                    .setResizable(true);
        }
        grid.addColumn(i -> i.templateName() + " " + i.templateVersion())
                .setHeader(grid.getTranslation("interviews.template"))
                .setWidth("9rem")
                .setFlexGrow(2)
                .setResizable(true);
        grid.addColumn(i -> interviewer(i.interviewerName(), i.interviewerEmail()))
                .setHeader(grid.getTranslation("interviews.interviewer"))
                .setWidth("8rem")
                .setFlexGrow(1);
        grid.addComponentColumn(i -> badge(i.status()))
                .setHeader(grid.getTranslation("interviews.status"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(i -> due(i.dueDate(), i.status()))
                .setHeader(grid.getTranslation("interviews.due"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(i -> UserFormats.dateTime(i.createdAt()))
                .setHeader(grid.getTranslation("interviews.created"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(i -> i.completedAt() == null ? "–" : UserFormats.dateTime(i.completedAt()))
                .setHeader(grid.getTranslation("interviews.completed"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(InterviewColumns::score)
                .setHeader(grid.getTranslation("interviews.score"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addSelectionListener(e -> e.getFirstSelectedItem().ifPresent(i -> open(i.id())));
        grid.setPartNameGenerator(i -> isOverdue(i.dueDate(), i.status()) ? "overdue" : null);
    }

    private static String score(InterviewSummary summary) {
        if (summary.qualificationScore() == null) {
            return "–";
        }
        String score = NumberFormat.getNumberInstance(UserFormats.locale()).format(summary.qualificationScore());
        return Boolean.TRUE.equals(summary.qualified()) ? score + " ✓" : score;
    }

    /** Opens the interview page. */
    public static void open(InterviewId id) {
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.navigate("interviews/" + id);
        }
    }

    /** Opens the conversation screen of an open interview (built by the interview-run view). */
    public static void run(InterviewId id) {
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.navigate("interviews/" + id + "/run");
        }
    }
}
