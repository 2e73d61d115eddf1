package io.stackup.ui.interview;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
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
import io.stackup.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The interviewer's landing page: their interviews to start, in progress and done, each group paged, open ones with a
 * big "Continue" to the conversation screen; overdue due dates stand out. Made for a tablet in a customer's office.
 */
@Route("my-interviews")
@Menu(order = 1.1, title = "menu.interviews", icon = "CLIPBOARD_CHECK")
@RolesAllowed(Roles.INTERVIEWER)
class MyInterviewsView extends Div implements HasDynamicTitle {

    static final int PAGE = 20;

    private final InterviewService interviews;
    private final @Nullable String email;
    private final TextField search = new TextField();
    private final Paragraph empty = new Paragraph();
    private final List<Group> groups;

    MyInterviewsView(InterviewService interviews, MemberService members) {
        this.interviews = interviews;
        this.email = members.current().map(Member::email).orElse(null);
        setId("my-interviews");
        addClassName("stackup-page");
        addClassName("stackup-my-interviews");

        search.setId("my-interview-search");
        search.setPlaceholder(getTranslation("interviews.search"));
        search.setAriaLabel(getTranslation("interviews.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setWidth("min(100%, 24rem)");
        search.addValueChangeListener(e -> reload());

        empty.setId("empty-state");
        empty.addClassName("stackup-empty-state");

        groups = List.of(
                new Group(InterviewStatus.ASSIGNED, "my-interviews.assigned"),
                new Group(InterviewStatus.IN_PROGRESS, "my-interviews.in-progress"),
                new Group(InterviewStatus.COMPLETED, "my-interviews.done"));
        add(new H2(getTranslation("interviews.title")), search, empty);
        groups.forEach(this::add);
        reload();
    }

    private void reload() {
        groups.forEach(Group::reload);
        boolean none = groups.stream().allMatch(g -> g.total == 0);
        empty.setVisible(none);
        empty.setText(getTranslation(search.getValue().isBlank() ? "interviews.empty" : "my-interviews.no-match"));
    }

    private InterviewFilter filter(InterviewStatus status) {
        return new InterviewFilter(status, email, null, search.getValue());
    }

    /** One status's interviews, a page at a time. */
    private final class Group extends Div {

        private final InterviewStatus status;
        private final String titleKey;
        private final H3 title = new H3();
        private final Div cards = new Div();
        private final Button more = new Button();
        private int total;
        private int shown;

        Group(InterviewStatus status, String titleKey) {
            this.status = status;
            this.titleKey = titleKey;
            String id = "group-" + status.json().replace('_', '-');
            setId(id);
            addClassName("stackup-interview-group");
            cards.addClassName("stackup-interview-cards");
            more.setText(getTranslation("my-interviews.more"));
            more.setId(id + "-more");
            more.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            more.addClickListener(e -> next());
            add(title, cards, more);
        }

        void reload() {
            cards.removeAll();
            shown = 0;
            total = interviews.count(filter(status));
            title.setText(getTranslation(titleKey) + " (" + total + ")");
            setVisible(total > 0);
            next();
        }

        void next() {
            List<InterviewSummary> page = interviews.find(filter(status), shown, PAGE);
            page.forEach(i -> cards.add(card(i)));
            shown += page.size();
            more.setVisible(shown < total);
        }
    }

    private Div card(InterviewSummary interview) {
        Div card = new Div();
        card.setId("card-" + interview.id());
        card.addClassName("stackup-interview-card");
        if (InterviewColumns.isOverdue(interview.dueDate(), interview.status())) {
            card.addClassName("stackup-card-overdue");
        }
        H3 prospect = new H3(interview.prospectName());
        Span template = new Span(interview.templateName() + " " + interview.templateVersion());
        template.addClassName("stackup-card-meta");
        Span due = InterviewColumns.due(interview.dueDate(), interview.status());
        Span dueLabel = new Span(getTranslation("interviews.due") + ": ");
        Div facts = new Div(InterviewColumns.badge(interview.status()), new Span(" "), dueLabel, due);
        facts.addClassName("stackup-card-facts");

        Div actions = new Div();
        actions.addClassName("stackup-card-actions");
        if (interview.status().isOpen()) {
            Button run = new Button(
                    getTranslation("interview.continue"),
                    VaadinIcon.ARROW_RIGHT.create(),
                    e -> InterviewColumns.run(interview.id()));
            run.setIconAfterText(true);
            run.setId("continue-" + interview.id());
            run.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
            run.addClassName("stackup-continue");
            actions.add(run);
        }
        Button details =
                new Button(getTranslation("my-interviews.details"), e -> InterviewColumns.open(interview.id()));
        details.setId("details-" + interview.id());
        details.addThemeVariants(
                interview.status().isOpen() ? ButtonVariant.LUMO_TERTIARY : ButtonVariant.LUMO_PRIMARY);
        details.setAriaLabel(getTranslation("my-interviews.details.of", interview.prospectName()));
        actions.add(details);
        card.add(prospect, template, facts, actions);
        card.getElement().setAttribute("data-status", interview.status().json().toLowerCase(Locale.ROOT));
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("interviews.title");
    }
}
