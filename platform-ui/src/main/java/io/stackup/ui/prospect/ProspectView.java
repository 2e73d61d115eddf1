package io.stackup.ui.prospect;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import io.stackup.core.interview.InterviewAssignmentService;
import io.stackup.core.interview.InterviewFilter;
import io.stackup.core.interview.InterviewId;
import io.stackup.core.interview.InterviewService;
import io.stackup.core.interview.InterviewSummary;
import io.stackup.core.prospect.Prospect;
import io.stackup.core.prospect.ProspectConflictException;
import io.stackup.core.prospect.ProspectId;
import io.stackup.core.prospect.ProspectNotFoundException;
import io.stackup.core.prospect.ProspectService;
import io.stackup.core.prospect.ProspectValidationException;
import io.stackup.core.report.ProspectTimelines;
import io.stackup.core.report.ReportNumbers;
import io.stackup.core.report.Timeline;
import io.stackup.core.report.TimelineChart;
import io.stackup.core.template.TemplateService;
import io.stackup.core.tenancy.Member;
import io.stackup.core.tenancy.MemberService;
import io.stackup.core.tenancy.Roles;
import io.stackup.ui.interview.AssignDialog;
import io.stackup.ui.interview.InterviewColumns;
import io.stackup.ui.shell.CurrentUser;
import io.stackup.ui.shell.UserFormats;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One prospect: its fields, editable under an optimistic lock (a save after someone else's is refused and offers a
 * reload; nothing is overwritten), and its interviews over time: the overall level of each completed one as a chart
 * ("Over time", {@link ProspectTimelines}) above the list of all of them, where each opens its page. An admin assigns
 * an interview here; an interviewer starts one for themselves.
 */
@Route("prospects/:id")
@RolesAllowed({Roles.TENANT_ADMIN, Roles.INTERVIEWER})
class ProspectView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ProspectService prospects;
    private final InterviewService interviews;
    private final InterviewAssignmentService assignments;
    private final ProspectTimelines timelines;
    private final TemplateService templates;
    private final MemberService members;
    private final CurrentUser currentUser;
    private final ProspectForm form = new ProspectForm("prospect");
    private final H2 heading = new H2();
    private final Span saved = new Span();
    private final Span error = new Span();
    private final Grid<InterviewSummary> grid = new Grid<>();
    /** The overall level's name of each completed interview on the timeline, for the list's column. */
    private final Map<InterviewId, String> levelNames = new HashMap<>();

    private @Nullable Prospect prospect;

    ProspectView(
            ProspectService prospects,
            InterviewService interviews,
            InterviewAssignmentService assignments,
            ProspectTimelines timelines,
            TemplateService templates,
            MemberService members,
            CurrentUser currentUser) {
        this.prospects = prospects;
        this.interviews = interviews;
        this.assignments = assignments;
        this.timelines = timelines;
        this.templates = templates;
        this.members = members;
        this.currentUser = currentUser;
        setId("prospect");
        addClassName("stackup-page");
        heading.setId("prospect-name");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ProspectId id = ProspectId.parse(event.getRouteParameters().get("id").orElse(""));
        if (id == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        try {
            prospect = prospects.get(id);
        } catch (ProspectNotFoundException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        build(prospect);
    }

    private void build(Prospect loaded) {
        removeAll();
        heading.setText(loaded.name());
        Anchor back = new Anchor("prospects", getTranslation("prospect.back"));
        back.setId("prospect-back");
        form.show(loaded);
        saved.setId("prospect-saved");
        saved.addClassName("stackup-card-meta");
        saved.setText(getTranslation("prospect.last-saved", UserFormats.dateTime(loaded.updatedAt())));
        error.setId("prospect-error");
        error.addClassName("stackup-field-error");
        Button save = new Button(getTranslation("prospect.save"), VaadinIcon.CHECK.create(), e -> save());
        save.setId("prospect-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout saveBar = new HorizontalLayout(save, saved);
        saveBar.setAlignItems(FlexComponent.Alignment.BASELINE);
        saveBar.setWrap(true);

        H3 interviewsTitle = new H3(getTranslation("prospect.interviews"));
        HorizontalLayout interviewsHeader = new HorizontalLayout(interviewsTitle, assignButton(loaded));
        interviewsHeader.setAlignItems(FlexComponent.Alignment.BASELINE);
        interviewsHeader.setWrap(true);

        grid.setId("prospect-interviews");
        if (grid.getColumns().isEmpty()) {
            InterviewColumns.configure(grid, false);
            grid.addColumn(this::overallLevel)
                    .setHeader(getTranslation("interviews.level"))
                    .setKey("level")
                    .setAutoWidth(true)
                    .setFlexGrow(0);
            grid.setEmptyStateText(getTranslation("prospect.interviews.empty"));
            grid.setAllRowsVisible(false);
            grid.setHeight("22rem");
        }
        ProspectId id = loaded.id();
        grid.setItems(
                q -> interviews.find(InterviewFilter.ofProspect(id), q.getOffset(), q.getLimit()).stream(),
                q -> interviews.count(InterviewFilter.ofProspect(id)));

        add(back, heading, form, error, saveBar, timeline(id), interviewsHeader, grid);
    }

    /** "Over time": the chart of the completed interviews' overall levels, or a sentence while there is none. */
    private Div timeline(ProspectId id) {
        Timeline timeline = timelines.timeline(
                id,
                new TimelineChart.Words(
                        getTranslation("prospect.timeline.chart"),
                        getTranslation("prospect.timeline.not-assessed"),
                        getTranslation("prospect.timeline.empty"),
                        UserFormats.locale(),
                        UserFormats.zone()));
        levelNames.clear();
        timeline.points().forEach(p -> {
            if (p.levelName() != null) {
                levelNames.put(p.interview(), p.levelName());
            }
        });
        Div section = new Div(new H3(getTranslation("prospect.timeline")));
        section.setId("prospect-timeline");
        section.addClassName("stackup-timeline");
        if (timeline.points().isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("prospect.timeline.empty"));
            empty.setId("prospect-timeline-empty");
            empty.addClassName("stackup-card-meta");
            section.add(empty);
        } else {
            Div chart = new Div();
            chart.setId("prospect-timeline-chart");
            chart.addClassName("stackup-timeline-chart");
            chart.getElement().setProperty("innerHTML", timeline.svg());
            section.add(chart);
        }
        return section;
    }

    /** The overall level's name once completed (its key when it is beyond the timeline's points), else "–". */
    private String overallLevel(InterviewSummary summary) {
        String name = levelNames.get(summary.id());
        if (name != null) {
            return name;
        }
        return summary.overallLevel() != null ? summary.overallLevel() : ReportNumbers.NONE;
    }

    private Button assignButton(Prospect loaded) {
        boolean admin =
                currentUser.user().map(u -> u.hasRole(Roles.TENANT_ADMIN)).orElse(false);
        Button assign = new Button(
                getTranslation(admin ? "prospect.assign" : "prospect.start"), VaadinIcon.PLUS.create(), e -> {
                    Member self = admin ? null : members.current().orElse(null);
                    new AssignDialog(templates, members, assignments, loaded.id(), loaded.name(), self).open();
                });
        assign.setId("assign-interview");
        assign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return assign;
    }

    private void save() {
        Prospect current = prospect;
        if (current == null) {
            return;
        }
        error.setText("");
        try {
            prospect = prospects.update(current.id(), current.lockVersion(), form.draft());
            form.mark(java.util.List.of());
            heading.setText(prospect.name());
            saved.setText(getTranslation("prospect.last-saved", UserFormats.dateTime(prospect.updatedAt())));
            Notification.show(
                            getTranslation("prospect.saved", prospect.name()), 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (ProspectValidationException invalid) {
            String unplaced = form.mark(invalid.problems());
            error.setText(unplaced == null ? "" : unplaced);
        } catch (ProspectConflictException conflict) {
            conflict(current.id(), conflict);
        } catch (ProspectNotFoundException gone) {
            error.setText(gone.getMessage());
        }
    }

    /** Someone saved the prospect since it was opened: say who and when, keep the edits on screen, offer a reload. */
    private void conflict(ProspectId id, ProspectConflictException conflict) {
        Prospect theirs = prospects.get(id);
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("prospect-conflict");
        dialog.setHeader(getTranslation("prospect.conflict.title"));
        dialog.setText(getTranslation(
                "prospect.conflict.text", conflict.changedBy(), UserFormats.dateTime(conflict.changedAt())));
        dialog.setConfirmText(getTranslation("prospect.conflict.reload"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("prospect.conflict.keep"));
        dialog.addConfirmListener(e -> {
            prospect = theirs;
            build(theirs);
            Notification.show(getTranslation("prospect.reloaded"), 4000, Notification.Position.BOTTOM_START);
        });
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return prospect == null ? getTranslation("prospects.title") : prospect.name();
    }
}
