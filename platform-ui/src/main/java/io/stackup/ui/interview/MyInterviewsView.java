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
import io.stackup.core.tenancy.Member;
import io.stackup.core.tenancy.MemberService;
import io.stackup.core.tenancy.Roles;
import io.stackup.ui.shell.Fragment;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;
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
     * bench/ScreenMemory {@code -Dpage=/my-interviews}). Built with jsoup, which escapes every text.
     */
    private String card(InterviewSummary interview) {
        String id = interview.id().toString();
        Fragment html = new Fragment();
        Element card = html.add("div")
                .addClass("stackup-interview-card")
                .id("card-" + id)
                .attr("data-status", interview.status().json().toLowerCase(Locale.ROOT));
        if (InterviewColumns.isOverdue(interview.dueDate(), interview.status())) {
            card.addClass("stackup-card-overdue");
        }
        card.appendElement("h3").text(interview.prospectName());
        card.appendElement("span")
                .addClass("stackup-card-meta")
                .text(interview.templateName() + " " + interview.templateVersion());
        Element facts = card.appendElement("div").addClass("stackup-card-facts");
        InterviewColumns.badge(facts, interview.status());
        facts.appendText(" ");
        facts.appendElement("span").text(getTranslation("interviews.due") + ": ");
        InterviewColumns.due(facts, interview.dueDate(), interview.status());
        Element actions = card.appendElement("div").addClass("stackup-card-actions");
        if (interview.status().isOpen()) {
            Element go = link(actions, "continue-" + id, "interviews/" + id + "/run", "stackup-continue primary")
                    .text(getTranslation("interview.continue") + " ");
            go.appendElement("vaadin-icon").attr("icon", "vaadin:arrow-right").attr("aria-hidden", "true");
        }
        link(actions, "details-" + id, "interviews/" + id, interview.status().isOpen() ? "tertiary" : "primary")
                .attr("aria-label", getTranslation("my-interviews.details.of", interview.prospectName()))
                .text(getTranslation("my-interviews.details"));
        return html.html();
    }

    /** A router link drawn as a button. */
    private static Element link(Element parent, String id, String href, String kind) {
        return parent.appendElement("a")
                .attr("router-link", true)
                .addClass("stackup-link-button")
                .addClass(kind)
                .id(id)
                .attr("href", href);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("interviews.title");
    }
}
