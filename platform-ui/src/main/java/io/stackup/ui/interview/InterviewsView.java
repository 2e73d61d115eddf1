package io.stackup.ui.interview;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.stackup.core.interview.InterviewFilter;
import io.stackup.core.interview.InterviewService;
import io.stackup.core.interview.InterviewStatus;
import io.stackup.core.interview.InterviewSummary;
import io.stackup.core.tenancy.Member;
import io.stackup.core.tenancy.MemberService;
import io.stackup.core.tenancy.Roles;
import io.stackup.ui.shell.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;

/**
 * Every interview the user may see, newest first, paged from the database: an admin all of the workspace (filtered by
 * interviewer), an interviewer their own, an expert the completed ones. Searchable by prospect or template.
 */
@Route("interviews")
@Menu(order = 1.3, title = "menu.all-interviews", icon = "RECORDS")
@RolesAllowed({Roles.TENANT_ADMIN, Roles.INTERVIEWER, Roles.EXPERT})
class InterviewsView extends Div implements HasDynamicTitle {

    private final InterviewService interviews;
    private final TextField search = new TextField();
    private final Select<Optional<InterviewStatus>> status = new Select<>();
    private final ComboBox<Member> interviewer = new ComboBox<>();
    private final Grid<InterviewSummary> grid = new Grid<>();

    InterviewsView(InterviewService interviews, MemberService members, CurrentUser currentUser) {
        this.interviews = interviews;
        setId("interviews");
        addClassName("stackup-page");
        boolean admin =
                currentUser.user().map(u -> u.hasRole(Roles.TENANT_ADMIN)).orElse(false);

        search.setId("interview-search");
        search.setPlaceholder(getTranslation("interviews.search"));
        search.setAriaLabel(getTranslation("interviews.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setWidth("min(100%, 20rem)");
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        status.setId("interview-status-filter");
        status.setAriaLabel(getTranslation("interviews.status"));
        status.setItems(
                Optional.empty(),
                Optional.of(InterviewStatus.ASSIGNED),
                Optional.of(InterviewStatus.IN_PROGRESS),
                Optional.of(InterviewStatus.COMPLETED),
                Optional.of(InterviewStatus.CANCELLED));
        status.setItemLabelGenerator(s -> s.map(v -> getTranslation("interview.status." + v.json()))
                .orElse(getTranslation("interviews.all-statuses")));
        status.setValue(Optional.empty());
        status.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        HorizontalLayout toolbar = new HorizontalLayout(search, status);
        if (admin) {
            interviewer.setId("interview-interviewer-filter");
            interviewer.setPlaceholder(getTranslation("interviews.all-interviewers"));
            interviewer.setAriaLabel(getTranslation("interviews.interviewer"));
            interviewer.setClearButtonVisible(true);
            interviewer.setItems(
                    q -> members.findInterviewers(q.getFilter().orElse(""), q.getOffset(), q.getLimit()).stream());
            interviewer.setItemLabelGenerator(m -> m.displayName() + " (" + m.email() + ")");
            interviewer.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
            toolbar.add(interviewer);
        }
        toolbar.setWrap(true);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);

        grid.setId("interview-grid");
        InterviewColumns.configure(grid, true);
        grid.setEmptyStateText(getTranslation(admin ? "interviews.empty.admin" : "interviews.empty.other"));
        grid.setItems(
                q -> interviews.find(filter(), q.getOffset(), q.getLimit()).stream(), q -> interviews.count(filter()));

        add(new H2(getTranslation("interviews.all.title")), toolbar, grid);
    }

    private InterviewFilter filter() {
        Member chosen = interviewer.getValue();
        return new InterviewFilter(
                status.getValue().orElse(null), chosen == null ? null : chosen.email(), null, search.getValue());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("interviews.all.title");
    }
}
