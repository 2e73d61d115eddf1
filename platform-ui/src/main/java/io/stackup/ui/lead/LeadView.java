package io.stackup.ui.lead;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
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
import io.stackup.core.lead.Lead;
import io.stackup.core.lead.LeadConflictException;
import io.stackup.core.lead.LeadDetail;
import io.stackup.core.lead.LeadEvent;
import io.stackup.core.lead.LeadId;
import io.stackup.core.lead.LeadNotFoundException;
import io.stackup.core.lead.LeadService;
import io.stackup.core.lead.LeadStatus;
import io.stackup.core.template.TemplateService;
import io.stackup.core.tenancy.Member;
import io.stackup.core.tenancy.MemberService;
import io.stackup.core.tenancy.Roles;
import io.stackup.ui.shell.CurrentUser;
import io.stackup.ui.shell.Failures;
import io.stackup.ui.shell.UserFormats;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * One lead: the prospect, status, score, why it qualified, who holds it, where it came from, a link to the interview's
 * result, the actions its status and the user's role allow, and its history. Every change names the version the page
 * showed, so a change made on a stale page is refused; the service's message is then shown above the lead as it now
 * stands. Another tenant's lead, or an id that is none, is not found.
 */
@Route("leads/:id")
@RolesAllowed({Roles.TENANT_ADMIN, Roles.EXPERT})
class LeadView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final List<LeadStatus> FORWARD = List.of(LeadStatus.CONTACTED, LeadStatus.PROPOSAL, LeadStatus.WON);

    private final LeadService leads;
    private final MemberService members;
    private final TemplateService templates;
    private final CurrentUser currentUser;
    private @Nullable Map<String, String> areaNames;
    private String title = "";

    LeadView(LeadService leads, MemberService members, TemplateService templates, CurrentUser currentUser) {
        this.leads = leads;
        this.members = members;
        this.templates = templates;
        this.currentUser = currentUser;
        setId("lead");
        addClassName("stackup-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        LeadId id = LeadId.parse(event.getRouteParameters().get("id").orElse(""));
        if (id == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        try {
            show(id, null);
        } catch (LeadNotFoundException e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    /** Shows the lead as it stands now, with {@code message} (the service's word on a refused action) above it. */
    void show(LeadId id, @Nullable String message) {
        LeadDetail detail = leads.get(id);
        Lead lead = detail.lead();
        removeAll();
        title = lead.prospectName() + " · " + getTranslation("lead.title");

        H2 heading = new H2(lead.prospectName());
        heading.setId("lead-prospect");
        Span badge = LeadColumns.badge(lead.status());
        badge.setId("lead-status");
        HorizontalLayout header = new HorizontalLayout(heading, badge);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setWrap(true);
        add(header);
        if (message != null) {
            Div shown = new Div(VaadinIcon.WARNING.create(), new Span(message));
            shown.setId("lead-message");
            shown.addClassName("stackup-lead-message");
            shown.getElement().setAttribute("role", "alert");
            add(shown);
        }
        add(actions(lead), facts(lead), section("lead.history", history(detail)));
    }

    private HorizontalLayout actions(Lead lead) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setId("lead-actions");
        actions.setWrap(true);
        boolean admin = hasRole(Roles.TENANT_ADMIN);
        boolean expert = hasRole(Roles.EXPERT);
        String me = members.current().map(Member::email).orElse(null);
        boolean mine = me != null && me.equalsIgnoreCase(lead.holderEmail());
        LeadStatus status = lead.status();
        if (expert && status == LeadStatus.QUALIFIED) {
            Button claim = button("lead-claim", "lead.claim", VaadinIcon.HAND, lead.id(), () -> leads.claim(lead.id()));
            claim.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(claim);
        }
        if ((mine || admin) && status.isHeld() && status.isOpen()) {
            for (LeadStatus to : FORWARD) {
                if (status.canMoveTo(to)) {
                    Button move = button(
                            "lead-to-" + to.json(),
                            "lead.to." + to.json(),
                            to == LeadStatus.WON ? VaadinIcon.TROPHY : VaadinIcon.ARROW_RIGHT,
                            lead.id(),
                            () -> leads.changeStatus(lead.id(), lead.version(), to, null));
                    move.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                    actions.add(move);
                }
            }
            Button lost = new Button(
                    getTranslation("lead.to.lost"),
                    VaadinIcon.CLOSE_CIRCLE.create(),
                    e -> dialog(
                                    lead,
                                    new TextDialog.Texts(
                                            "lead-lost",
                                            "lead.lost.title",
                                            "lead.lost.text",
                                            "lead.reason",
                                            "lead.to.lost"),
                                    true,
                                    reason -> leads.changeStatus(lead.id(), lead.version(), LeadStatus.LOST, reason))
                            .open());
            lost.setId("lead-to-lost");
            lost.addThemeVariants(ButtonVariant.LUMO_ERROR);
            Button release = button(
                    "lead-release",
                    "lead.release",
                    VaadinIcon.ARROW_BACKWARD,
                    lead.id(),
                    () -> leads.changeStatus(lead.id(), lead.version(), LeadStatus.QUALIFIED, null));
            actions.add(lost, release);
        }
        if (admin && status == LeadStatus.DISQUALIFIED) {
            Button override = new Button(
                    getTranslation("lead.override"),
                    VaadinIcon.CHECK_CIRCLE.create(),
                    e -> dialog(
                                    lead,
                                    new TextDialog.Texts(
                                            "lead-override",
                                            "lead.override.title",
                                            "lead.override.text",
                                            "lead.reason",
                                            "lead.override"),
                                    true,
                                    reason ->
                                            leads.changeStatus(lead.id(), lead.version(), LeadStatus.QUALIFIED, reason))
                            .open());
            override.setId("lead-override");
            actions.add(override);
        }
        if (admin && status.isOpen()) {
            Button reassign = new Button(
                    getTranslation("lead.reassign"),
                    VaadinIcon.USER_CHECK.create(),
                    e -> new ReassignLeadDialog(
                                    leads, members, lead, () -> done(lead.id(), "lead.done"), m -> show(lead.id(), m))
                            .open());
            reassign.setId("lead-reassign");
            actions.add(reassign);
        }
        Button note = new Button(
                getTranslation("lead.note"),
                VaadinIcon.COMMENT.create(),
                e -> dialog(
                                lead,
                                new TextDialog.Texts(
                                        "lead-note",
                                        "lead.note.title",
                                        "lead.note.text",
                                        "lead.note.label",
                                        "lead.note"),
                                true,
                                text -> leads.addNote(lead.id(), text))
                        .open());
        note.setId("lead-note");
        actions.add(note);
        return actions;
    }

    private TextDialog dialog(Lead lead, TextDialog.Texts texts, boolean required, Consumer<String> action) {
        return new TextDialog(
                texts,
                lead.prospectName(),
                required,
                texts.id().equals("lead-note") ? LeadService.MAX_NOTE : LeadService.MAX_REASON,
                action,
                () -> done(lead.id(), "lead.done"),
                m -> reload(lead.id(), m));
    }

    /** A button that runs a lead action and shows the lead as it then stands, or the service's refusal. */
    private Button button(String id, String labelKey, VaadinIcon icon, LeadId lead, Runnable action) {
        Button button = new Button(getTranslation(labelKey), icon.create());
        button.setId(id);
        button.setDisableOnClick(true);
        button.addClickListener(e -> {
            try {
                action.run();
                done(lead, "lead.done");
            } catch (LeadConflictException refused) {
                reload(lead, Failures.message(refused));
            }
        });
        return button;
    }

    private void done(LeadId id, String key) {
        reload(id, null);
        Notification.show(getTranslation(key), 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private void reload(LeadId id, @Nullable String message) {
        try {
            show(id, message);
        } catch (LeadNotFoundException gone) {
            getUI().ifPresent(ui -> ui.navigate("leads"));
        }
    }

    private Div facts(Lead lead) {
        Div facts = new Div();
        facts.setId("lead-facts");
        facts.addClassName("stackup-facts");
        fact(facts, "lead.score", new Span(LeadColumns.score(lead)), "lead-score");
        fact(
                facts,
                "lead.qualified",
                new Span(getTranslation(
                        lead.qualified()
                                ? "lead.qualified.yes"
                                : lead.overrideReason() != null ? "lead.qualified.overridden" : "lead.qualified.no",
                        lead.overrideReason() == null ? "" : lead.overrideReason())),
                "lead-qualified");
        fact(facts, "leads.why.rules.label", new Span(LeadColumns.rules(lead)), "lead-rules");
        fact(
                facts,
                "leads.why.gaps.label",
                new Span(LeadColumns.gaps(lead, areaNames(), Integer.MAX_VALUE)),
                "lead-gaps");
        fact(facts, "leads.why.offerings.label", new Span(LeadColumns.offerings(lead)), "lead-offerings");
        fact(
                facts,
                "lead.holder",
                new Span(
                        lead.holderEmail() == null
                                ? getTranslation("lead.holder.none")
                                : lead.holderName() + " (" + lead.holderEmail() + ")"),
                "lead-holder");
        fact(
                facts,
                "leads.source",
                new Span(getTranslation("lead.source." + lead.source().json())),
                "lead-source");
        fact(
                facts,
                "leads.interviewer",
                new Span(lead.interviewerEmail() == null ? "–" : lead.interviewerEmail()),
                "lead-interviewer");
        fact(facts, "lead.created", new Span(UserFormats.dateTime(lead.createdAt())), "lead-created");
        Span changed = new Span(UserFormats.dateTime(lead.statusChangedAt())
                + (lead.overdue() ? " · " + getTranslation("leads.overdue") : ""));
        fact(facts, "lead.status-changed", changed, "lead-status-changed");
        if (lead.lostReason() != null) {
            fact(facts, "lead.lost-reason", new Span(lead.lostReason()), "lead-lost-reason");
        }
        Anchor result = new Anchor("interviews/" + lead.interview() + "/result", getTranslation("lead.result"));
        result.setId("lead-result");
        fact(facts, "lead.interview", result, "lead-interview");
        return facts;
    }

    private Map<String, String> areaNames() {
        Map<String, String> names = areaNames;
        if (names == null) {
            names = AreaCatalog.of(templates);
            areaNames = names;
        }
        return names;
    }

    private void fact(Div facts, String labelKey, Component value, String id) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("stackup-fact-label");
        Div wrapper = new Div(value);
        wrapper.setId(id);
        wrapper.addClassName("stackup-fact-value");
        facts.add(label, wrapper);
    }

    private Div section(String titleKey, Component body) {
        Div section = new Div(new H3(getTranslation(titleKey)), body);
        section.addClassName("stackup-section");
        return section;
    }

    private Component history(LeadDetail detail) {
        OrderedList list = new OrderedList();
        list.setId("lead-history");
        list.addClassName("stackup-history");
        for (LeadEvent event : detail.history()) {
            String what = getTranslation(
                    "lead.event." + event.kind().json(),
                    event.from() == null
                            ? ""
                            : getTranslation("lead.status." + event.from().json()),
                    event.to() == null
                            ? ""
                            : getTranslation("lead.status." + event.to().json()),
                    event.holderEmail() == null ? "" : event.holderEmail(),
                    event.actor());
            ListItem item = new ListItem();
            item.getElement().setAttribute("data-kind", event.kind().json());
            Span at = new Span(UserFormats.dateTime(event.at()));
            at.addClassName("stackup-history-at");
            item.add(at, new Span(what));
            if (event.note() != null) {
                Span note = new Span(event.note());
                note.addClassName("stackup-history-reason");
                item.add(note);
            }
            list.add(item);
        }
        return list;
    }

    private boolean hasRole(String role) {
        return currentUser.user().map(u -> u.hasRole(role)).orElse(false);
    }

    @Override
    public String getPageTitle() {
        return title.isEmpty() ? getTranslation("lead.title") : title;
    }
}
