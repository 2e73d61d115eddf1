package io.stackup.ui.interview;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import io.stackup.core.interview.InterviewAssignmentService;
import io.stackup.core.interview.InterviewDetail;
import io.stackup.core.interview.InterviewEvent;
import io.stackup.core.interview.InterviewId;
import io.stackup.core.interview.InterviewNotFoundException;
import io.stackup.core.interview.InterviewService;
import io.stackup.core.interview.InterviewStatus;
import io.stackup.core.interview.StoredAnswer;
import io.stackup.core.template.Answer;
import io.stackup.core.template.Area;
import io.stackup.core.template.Capability;
import io.stackup.core.template.Level;
import io.stackup.core.template.Option;
import io.stackup.core.template.Question;
import io.stackup.core.template.Template;
import io.stackup.core.tenancy.MemberService;
import io.stackup.core.tenancy.Roles;
import io.stackup.core.tenancy.TenantContext;
import io.stackup.ui.shell.CurrentUser;
import io.stackup.ui.shell.UserFormats;
import io.stackup.ui.template.ResultViews;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * One interview, as the assignment mail links it: prospect, template version, interviewer, status, due date, targets,
 * its history, the answers so far and, once completed, the stored result. The assigned interviewer continues it; an
 * admin reassigns or cancels it with a reason kept in the history. An interview the user may not see is not found.
 */
@Route("interviews/:id")
@RolesAllowed({Roles.TENANT_ADMIN, Roles.INTERVIEWER, Roles.EXPERT})
class InterviewView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final InterviewService interviews;
    private final InterviewAssignmentService assignments;
    private final MemberService members;
    private final CurrentUser currentUser;
    private final Map<String, String> people = new HashMap<>();
    private String title = "";

    InterviewView(
            InterviewService interviews,
            InterviewAssignmentService assignments,
            MemberService members,
            CurrentUser currentUser) {
        this.interviews = interviews;
        this.assignments = assignments;
        this.members = members;
        this.currentUser = currentUser;
        setId("interview");
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

    void show(InterviewId id) {
        InterviewDetail detail = interviews.get(id);
        Template template = interviews.template(id).template();
        removeAll();
        title = detail.prospectName() + " · " + template.name();
        boolean admin = hasRole(Roles.TENANT_ADMIN);

        H2 heading = new H2(detail.prospectName());
        heading.setId("interview-prospect");
        HorizontalLayout header = new HorizontalLayout(heading, InterviewColumns.badge(detail.status()));
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setWrap(true);
        Span subtitle = new Span(
                template.name() + " · " + getTranslation("templates.version") + " " + detail.templateVersion());
        subtitle.setId("interview-template");

        add(header, subtitle, actions(detail, admin), facts(detail, template, admin));
        add(section("interview.targets", targets(detail, template)));
        add(section("interview.history", history(detail)));
        add(section("interview.answers", answers(detail, template)));
        if (detail.result() != null) {
            Div result = new Div(ResultViews.of(template, detail.result()));
            result.setId("interview-result");
            add(result);
        }
    }

    private HorizontalLayout actions(InterviewDetail detail, boolean admin) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setId("interview-actions");
        actions.setWrap(true);
        boolean mine = detail.interviewerUserId() != null
                && detail.interviewerUserId().equals(TenantContext.currentUser().orElse(null));
        if (mine && detail.status().isOpen() && hasRole(Roles.INTERVIEWER)) {
            Button run = new Button(
                    getTranslation("interview.continue"),
                    VaadinIcon.ARROW_RIGHT.create(),
                    e -> InterviewColumns.run(detail.id()));
            run.setIconAfterText(true);
            run.setId("continue");
            run.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
            actions.add(run);
        }
        if (detail.status() != InterviewStatus.CANCELLED) {
            boolean completed = detail.status() == InterviewStatus.COMPLETED;
            Button result = new Button(
                    getTranslation(completed ? "interview.result" : "interview.result.preview"),
                    VaadinIcon.CHART.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate("interviews/" + detail.id() + "/result")));
            result.setId("open-result");
            if (completed) {
                result.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
            }
            actions.add(result);
        }
        if (admin && detail.status().isOpen()) {
            Button reassign = new Button(
                    getTranslation("interview.reassign"),
                    VaadinIcon.USER_CHECK.create(),
                    e -> new ReassignDialog(assignments, members, detail, () -> reload(detail.id())).open());
            reassign.setId("reassign");
            Button cancel = new Button(
                    getTranslation("interview.cancel"),
                    VaadinIcon.BAN.create(),
                    e -> new CancelDialog(assignments, detail, () -> reload(detail.id())).open());
            cancel.setId("cancel-interview");
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(reassign, cancel);
        }
        return actions;
    }

    private void reload(InterviewId id) {
        try {
            show(id);
        } catch (InterviewNotFoundException gone) {
            getUI().ifPresent(ui -> ui.navigate("interviews"));
        }
    }

    private Div facts(InterviewDetail detail, Template template, boolean admin) {
        Div facts = new Div();
        facts.setId("interview-facts");
        facts.addClassName("stackup-facts");
        Component prospect = admin || hasRole(Roles.INTERVIEWER)
                ? new Anchor("prospects/" + detail.prospectId(), detail.prospectName())
                : new Span(detail.prospectName());
        fact(facts, "interviews.prospect", prospect, "fact-prospect");
        fact(
                facts,
                "interviews.template",
                new Span(template.name() + " " + detail.templateVersion() + " (" + detail.templateKey() + ")"),
                "fact-template");
        fact(
                facts,
                "interviews.interviewer",
                new Span(
                        detail.interviewerEmail() == null
                                ? getTranslation("interview.self-assessment")
                                : InterviewColumns.interviewer(detail.interviewerName(), detail.interviewerEmail())
                                        + " (" + detail.interviewerEmail() + ")"),
                "fact-interviewer");
        fact(facts, "interviews.status", InterviewColumns.badge(detail.status()), "fact-status");
        fact(facts, "interviews.due", InterviewColumns.due(detail.dueDate(), detail.status()), "fact-due");
        fact(
                facts,
                "interviews.created",
                new Span(UserFormats.dateTime(detail.createdAt()) + " · " + person(detail.createdBy())),
                "fact-created");
        fact(facts, "interview.started", new Span(when(detail.startedAt())), "fact-started");
        fact(facts, "interviews.completed", new Span(when(detail.completedAt())), "fact-completed");
        if (detail.result() != null) {
            fact(
                    facts,
                    "interviews.score",
                    new Span(NumberFormat.getNumberInstance(getLocale())
                                    .format(detail.result().qualification().score())
                            + (detail.result().qualification().qualified()
                                    ? " · " + getTranslation("interview.qualified")
                                    : "")),
                    "fact-score");
        }
        return facts;
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

    private Component targets(InterviewDetail detail, Template template) {
        if (detail.targets().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("interview.targets.none"));
            none.setId("interview-targets");
            return none;
        }
        Map<String, String> capabilities = new HashMap<>();
        for (Area area : template.areas()) {
            for (Capability capability : area.capabilities()) {
                capabilities.put(capability.key(), capability.name());
            }
        }
        Map<String, String> levels =
                template.scale().levels().stream().collect(Collectors.toMap(Level::key, Level::name));
        UnorderedList list = new UnorderedList();
        list.setId("interview-targets");
        detail.targets().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(t -> list.add(new ListItem(capabilities.getOrDefault(t.getKey(), t.getKey()) + ": "
                        + levels.getOrDefault(t.getValue(), t.getValue()))));
        return list;
    }

    private Component history(InterviewDetail detail) {
        OrderedList list = new OrderedList();
        list.setId("interview-history");
        list.addClassName("stackup-history");
        for (InterviewEvent event : detail.history()) {
            String what = getTranslation(
                    "interview.event." + event.kind().json(),
                    event.interviewerEmail() == null ? "" : event.interviewerEmail(),
                    event.actor());
            ListItem item = new ListItem();
            Span at = new Span(UserFormats.dateTime(event.at()));
            at.addClassName("stackup-history-at");
            item.add(at, new Span(what));
            if (event.reason() != null) {
                Span reason = new Span(getTranslation("interview.event.reason", event.reason()));
                reason.addClassName("stackup-history-reason");
                item.add(reason);
            }
            list.add(item);
        }
        return list;
    }

    private Component answers(InterviewDetail detail, Template template) {
        Div answers = new Div();
        answers.setId("interview-answers");
        if (detail.answers().isEmpty()) {
            answers.add(new Paragraph(getTranslation(
                    detail.status().isOpen() ? "interview.answers.none-yet" : "interview.answers.none")));
            return answers;
        }
        Map<String, Question> questions =
                template.questionnaire().questions().collect(Collectors.toMap(Question::key, q -> q, (a, b) -> a));
        Map<String, Integer> order = new HashMap<>();
        List<String> keys =
                template.questionnaire().questions().map(Question::key).toList();
        for (int i = 0; i < keys.size(); i++) {
            order.put(keys.get(i), i);
        }
        detail.answers().stream()
                .sorted((a, b) -> Integer.compare(
                        order.getOrDefault(a.questionKey(), Integer.MAX_VALUE),
                        order.getOrDefault(b.questionKey(), Integer.MAX_VALUE)))
                .forEach(a -> answers.add(answer(a, questions.get(a.questionKey()), template)));
        return answers;
    }

    private Div answer(StoredAnswer stored, @Nullable Question question, Template template) {
        Div row = new Div();
        row.addClassName("stackup-answer");
        row.setId("answer-" + stored.questionKey());
        Span text = new Span(question == null ? stored.questionKey() : question.text());
        text.addClassName("stackup-question-text");
        Span value = new Span(answerText(stored.answer(), question, template));
        value.addClassName("stackup-answer-value");
        row.add(new Div(text), new Div(value));
        String note = stored.answer().note();
        if (note != null && !note.isBlank()) {
            Paragraph noteText = new Paragraph(getTranslation("interview.answer.note", note));
            noteText.addClassName("stackup-answer-note");
            row.add(noteText);
        }
        Span who = new Span(person(stored.answeredBy()) + " · " + UserFormats.dateTime(stored.answeredAt()));
        who.addClassName("stackup-answer-who");
        row.add(new Div(who));
        return row;
    }

    private String answerText(Answer answer, @Nullable Question question, Template template) {
        Map<String, String> labels = question == null
                ? Map.of()
                : question.effectiveOptions(template.scale()).stream()
                        .collect(Collectors.toMap(Option::key, Option::label, (a, b) -> a));
        return switch (answer) {
            case Answer.Choice choice -> labels.getOrDefault(choice.option(), choice.option());
            case Answer.Choices choices ->
                choices.options().isEmpty()
                        ? getTranslation("interview.answer.none-of-these")
                        : choices.options().stream()
                                .map(o -> labels.getOrDefault(o, o))
                                .collect(Collectors.joining(", "));
            case Answer.Number number ->
                NumberFormat.getNumberInstance(getLocale()).format(number.number())
                        + (question != null && question.unit() != null ? " " + question.unit() : "");
            case Answer.Text t -> t.text();
            case Answer.NoteOnly n -> getTranslation("interview.answer.unanswered");
        };
    }

    private String person(String keycloakUserId) {
        return people.computeIfAbsent(keycloakUserId, members::describe);
    }

    private String when(@Nullable Instant at) {
        return at == null ? "–" : UserFormats.dateTime(at);
    }

    private boolean hasRole(String role) {
        return currentUser.user().map(u -> u.hasRole(role)).orElse(false);
    }

    @Override
    public String getPageTitle() {
        return Objects.requireNonNullElse(title, getTranslation("interview.title"));
    }
}
