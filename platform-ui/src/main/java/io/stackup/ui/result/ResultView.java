package io.stackup.ui.result;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import io.stackup.core.interview.InterviewConflictException;
import io.stackup.core.interview.InterviewId;
import io.stackup.core.interview.InterviewNotFoundException;
import io.stackup.core.interview.InterviewStatus;
import io.stackup.core.interview.InterviewTargetService;
import io.stackup.core.report.Comparisons;
import io.stackup.core.report.ResultReport;
import io.stackup.core.report.ResultReport.ScaleLevel;
import io.stackup.core.report.ResultReports;
import io.stackup.core.report.customer.CustomerReport;
import io.stackup.core.tenancy.Roles;
import io.stackup.security.StackupUser;
import io.stackup.ui.shell.CurrentUser;
import io.stackup.ui.shell.Failures;
import io.stackup.ui.shell.UserFormats;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The result of one interview: completed, or as a live preview while it runs, and, when the prospect has an interview
 * completed before it, the comparison with that one (re-assessment). Tenant admins and the assigned
 * interviewer may change targets here (a what-if kept with the interview and used by the customer report); experts
 * read it. An interview the user may not see is not found, as everywhere.
 */
@Route("interviews/:id/result")
@RolesAllowed({Roles.TENANT_ADMIN, Roles.INTERVIEWER, Roles.EXPERT})
class ResultView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ResultReports reports;
    private final InterviewTargetService targets;
    private final Comparisons comparisons;
    private final CurrentUser currentUser;
    private final CustomerReport customerReports;
    private @Nullable String title;

    ResultView(
            ResultReports reports,
            InterviewTargetService targets,
            Comparisons comparisons,
            CurrentUser currentUser,
            CustomerReport customerReports) {
        this.reports = reports;
        this.targets = targets;
        this.comparisons = comparisons;
        this.currentUser = currentUser;
        this.customerReports = customerReports;
        setId("result");
        addClassName("stackup-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        InterviewId id = InterviewId.parse(event.getRouteParameters().get("id").orElse(""));
        if (id == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        try {
            show(id);
        } catch (InterviewNotFoundException e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void show(InterviewId id) {
        ResultReport report = reports.report(id, ResultReport.Notes.INCLUDED);
        title = getTranslation("result.title", report.prospectName());
        removeAll();
        add(header(report));
        ResultPage.TargetChange change =
                mayChangeTargets(report) ? (capability, level) -> change(id, capability, level) : null;
        add(new ResultPage(report, new ResultPage.Options(true, change)));
        comparisons.previous(id).ifPresent(earlier -> add(new ComparisonPanel(comparisons.compare(earlier, id))));
    }

    private Div header(ResultReport report) {
        H2 heading = new H2(report.prospectName());
        heading.setId("result-prospect");
        Span subtitle = new Span(getTranslation(
                "result.subtitle",
                report.template().name(),
                report.template().version(),
                report.completedAt() == null
                        ? getTranslation("interview.status." + report.status().json())
                        : UserFormats.dateTime(report.completedAt())));
        subtitle.setId("result-subtitle");
        Anchor back = new Anchor("interviews/" + report.interview(), getTranslation("result.back"));
        back.setId("result-back");
        HorizontalLayout links = new HorizontalLayout(back, new ReportDownload(customerReports, report.interview()));
        links.setId("result-links");
        links.setWrap(true);
        return new Div(heading, subtitle, links);
    }

    private boolean mayChangeTargets(ResultReport report) {
        if (report.status() == InterviewStatus.CANCELLED) {
            return false;
        }
        StackupUser user = currentUser.user().orElse(null);
        if (user == null) {
            return false;
        }
        return user.hasRole(Roles.TENANT_ADMIN)
                || (user.hasRole(Roles.INTERVIEWER)
                        && report.interviewerEmail() != null
                        && report.interviewerEmail().equalsIgnoreCase(user.getEmail()));
    }

    private void change(InterviewId id, String capability, ScaleLevel level) {
        Map<String, @Nullable String> change = new HashMap<>();
        change.put(capability, level.key());
        try {
            targets.changeTargets(id, change);
            show(id);
            Notification.show(
                            getTranslation("result.target.changed", level.name()),
                            3000,
                            Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (InterviewConflictException e) {
            Notification.show(Failures.message(e), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            show(id);
        }
    }

    @Override
    public String getPageTitle() {
        return title == null ? getTranslation("result.title", "") : title;
    }
}
