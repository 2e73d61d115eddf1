package io.stackup.ui.interview;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
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
import io.stackup.core.shared.Markup;
import io.stackup.core.tenancy.Member;
import io.stackup.core.tenancy.MemberService;
import io.stackup.core.tenancy.Roles;
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
            cards.getElement().setProperty("innerHTML", "");
            shown = 0;
            total = interviews.count(filter(status));
            title.setText(getTranslation(titleKey) + " (" + total + ")");
            setVisible(total > 0);
            next();
        }

        void next() {
            List<InterviewSummary> page = interviews.find(filter(status), shown, PAGE);
            StringBuilder markup = new StringBuilder(cards.getElement().getProperty("innerHTML", ""));
            page.forEach(i -> markup.append(card(i)));
            cards.getElement().setProperty("innerHTML", markup.toString());
            shown += page.size();
            more.setVisible(shown < total);
        }
    }

    /**
     * One interview as markup, not as components: a card is read-only and its two actions are plain router links, so
     * the page holds one string per group instead of about twenty server-side components per card (measured with
     * bench/ScreenMemory {@code -Dpage=/my-interviews}).
     */
    private String card(InterviewSummary interview) {
        String id = interview.id().toString();
        boolean overdue = InterviewColumns.isOverdue(interview.dueDate(), interview.status());
        StringBuilder html = new StringBuilder(900);
        html.append("<div class=\"stackup-interview-card")
                .append(overdue ? " stackup-card-overdue" : "")
                .append("\" id=\"card-")
                .append(id)
                .append("\" data-status=\"")
                .append(interview.status().json().toLowerCase(Locale.ROOT))
                .append("\">");
        html.append("<h3>").append(Markup.escape(interview.prospectName())).append("</h3>");
        html.append("<span class=\"stackup-card-meta\">")
                .append(Markup.escape(interview.templateName() + " " + interview.templateVersion()))
                .append("</span>");
        html.append("<div class=\"stackup-card-facts\">")
                .append(InterviewColumns.badgeMarkup(interview.status()))
                .append(" <span>")
                .append(Markup.escape(getTranslation("interviews.due")))
                .append(": </span>")
                .append(InterviewColumns.dueMarkup(interview.dueDate(), interview.status()))
                .append("</div>");
        html.append("<div class=\"stackup-card-actions\">");
        if (interview.status().isOpen()) {
            link(html, "continue-" + id, "interviews/" + id + "/run", "stackup-continue primary", null)
                    .append(Markup.escape(getTranslation("interview.continue")))
                    .append(" <vaadin-icon icon=\"vaadin:arrow-right\" aria-hidden=\"true\"></vaadin-icon></a>");
        }
        link(
                        html,
                        "details-" + id,
                        "interviews/" + id,
                        interview.status().isOpen() ? "tertiary" : "primary",
                        getTranslation("my-interviews.details.of", interview.prospectName()))
                .append(Markup.escape(getTranslation("my-interviews.details")))
                .append("</a>");
        html.append("</div></div>");
        return html.toString();
    }

    /** Opens a link drawn as a button; the caller adds its content and the closing tag. */
    private static StringBuilder link(
            StringBuilder html, String id, String href, String kind, @Nullable String ariaLabel) {
        html.append("<a router-link class=\"stackup-link-button ")
                .append(kind)
                .append("\" id=\"")
                .append(id)
                .append("\" href=\"")
                .append(Markup.escape(href))
                .append('"');
        if (ariaLabel != null) {
            html.append(" aria-label=\"").append(Markup.escape(ariaLabel)).append('"');
        }
        return html.append('>');
    }

    @Override
    public String getPageTitle() {
        return getTranslation("interviews.title");
    }
}
