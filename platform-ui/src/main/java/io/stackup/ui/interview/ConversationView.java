package io.stackup.ui.interview;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.shared.communication.PushMode;
import com.vaadin.flow.shared.ui.Transport;
import io.stackup.core.interview.InterviewConflictException;
import io.stackup.core.interview.InterviewDetail;
import io.stackup.core.interview.InterviewId;
import io.stackup.core.interview.InterviewIncompleteException;
import io.stackup.core.interview.InterviewNotFoundException;
import io.stackup.core.interview.InterviewService;
import io.stackup.core.interview.InterviewStatus;
import io.stackup.core.interview.StoredAnswer;
import io.stackup.core.shared.Markup;
import io.stackup.core.template.Answer;
import io.stackup.core.template.AnswerReader;
import io.stackup.core.template.AnswerValidationException;
import io.stackup.core.template.LadderChart;
import io.stackup.core.template.PreparedTemplate;
import io.stackup.core.template.Problem;
import io.stackup.core.template.Question;
import io.stackup.core.template.Result;
import io.stackup.core.template.Section;
import io.stackup.core.tenancy.TenantContext;
import io.stackup.core.tenancy.TenantId;
import io.stackup.ui.shell.UserFormats;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The interviewer's screen: the questionnaire as a conversation, one section (or one question) at a time, with large
 * touch targets and keys (1–9 choose, arrows move). Every answer and note is saved the moment it is given, with its
 * state shown on the card; {@link DeviceQueue} keeps it in the browser until the server confirms it, and sends what is
 * left when the screen opens again (after a lost connection or a server restart). Questions appear and disappear as
 * their {@code showIf} says. A "so far" panel draws the ladder per area. Another screen on the same interview shows
 * each answer as it is saved ({@link AnswerBroadcaster}); the last answer saved wins.
 *
 * <p>The view holds the interview's answers and the shared prepared template (never a copy), and builds the cards of
 * the shown section only.
 */
@Route("interviews/:id/run")
@RolesAllowed("interviewer")
class ConversationView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** How often a screen alone on its interview asks whether another screen has opened it. */
    static final int POLL_WHILE_ALONE_MILLIS = 5000;

    private static final String MODE_ATTRIBUTE = ConversationView.class.getName() + ".oneAtATime";

    private final InterviewService interviews;
    private final AnswerBroadcaster broadcaster;
    private final Div sectionNav = new Div();
    private final Div body = new Div();
    private final ProgressBar progress = new ProgressBar();
    private final Span progressText = new Span();
    private final Div soFar = new Div();
    private final List<String> shown = new ArrayList<>();
    private final Map<String, Answer> answers = new LinkedHashMap<>();
    private Set<String> visible = Set.of();
    private @Nullable InterviewId id;
    private @Nullable TenantId tenant;
    private @Nullable PreparedTemplate template;
    private @Nullable Registration registration;
    private AnswerBroadcaster.@Nullable Screen screen;
    private int section;
    private @Nullable String current;
    private boolean oneAtATime;
    private boolean closed;
    private String title = "";

    ConversationView(InterviewService interviews, AnswerBroadcaster broadcaster) {
        this.interviews = interviews;
        this.broadcaster = broadcaster;
        setId("conversation");
        addClassName("stackup-page");
        addClassName("stackup-conversation");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        InterviewId parsed =
                InterviewId.parse(event.getRouteParameters().get("id").orElse(""));
        if (parsed == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        InterviewDetail detail;
        try {
            detail = interviews.get(parsed);
        } catch (InterviewNotFoundException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        id = parsed;
        tenant = TenantContext.requireTenant();
        title = detail.prospectName();
        boolean mine = detail.interviewerUserId() != null
                && detail.interviewerUserId().equals(TenantContext.currentUser().orElse(null));
        if (!mine || detail.status() == InterviewStatus.COMPLETED || detail.status() == InterviewStatus.CANCELLED) {
            showClosed(detail, mine);
            return;
        }
        template = interviews.template(parsed);
        answers.clear();
        answers.putAll(detail.answerMap());
        Boolean mode = (Boolean) VaadinSession.getCurrent().getAttribute(MODE_ATTRIBUTE);
        oneAtATime = mode != null && mode;
        build(detail);
        resume(detail.answers());
    }

    private PreparedTemplate template() {
        if (template == null) {
            throw new IllegalStateException("no interview open");
        }
        return template;
    }

    private InterviewId id() {
        if (id == null) {
            throw new IllegalStateException("no interview open");
        }
        return id;
    }

    // ---- layout -------------------------------------------------------------------------------------------------

    private void build(InterviewDetail detail) {
        removeAll();
        getElement().setAttribute("data-interview", detail.id().toString());
        getElement().setAttribute("data-saving", getTranslation("conversation.saving"));
        H2 heading = new H2(detail.prospectName());
        heading.setId("conversation-prospect");
        Span meta = new Span(detail.templateName() + " · " + detail.templateVersion()
                + (detail.dueDate() == null ? "" : " · " + getTranslation("conversation.due", detail.dueDate())));
        meta.addClassName("stackup-conversation-meta");

        Button mode = new Button(modeLabel(), e -> toggleMode(e.getSource()));
        mode.setId("conversation-mode");
        mode.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button soFarButton =
                new Button(getTranslation("conversation.so-far"), VaadinIcon.BAR_CHART.create(), e -> toggleSoFar());
        soFarButton.setId("conversation-so-far");
        Button complete =
                new Button(getTranslation("conversation.complete"), VaadinIcon.CHECK.create(), e -> complete());
        complete.setId("conversation-complete");
        complete.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div actions = new Div(mode, soFarButton, complete);
        actions.addClassName("stackup-conversation-actions");

        Div offline = new Div();
        offline.setId("offline-banner");
        offline.addClassName("stackup-offline-banner");
        offline.getElement().setAttribute("hidden", true);
        offline.getElement().setAttribute("role", "status");
        offline.getElement()
                .setProperty(
                        "innerHTML",
                        "<span>" + Markup.escape(getTranslation("conversation.offline.before"))
                                + "</span><span class=\"stackup-offline-count\">0</span><span>"
                                + Markup.escape(getTranslation("conversation.offline.after")) + "</span>");

        progress.setId("conversation-progress");
        progressText.setId("conversation-progress-text");
        sectionNav.setId("section-nav");
        sectionNav.addClassName("stackup-section-nav");
        sectionNav.getElement().setAttribute("role", "navigation");
        String tapped =
                "event.target.closest('[data-section]') ? event.target.closest('[data-section]').dataset.section : ''";
        sectionNav
                .getElement()
                .addEventListener("click", e -> {
                    String index = e.getEventData().get(tapped).asString();
                    if (!index.isEmpty() && !closed) {
                        goToSection(Integer.parseInt(index));
                    }
                })
                .addEventData(tapped);
        body.setId("conversation-body");
        body.addClassName("stackup-conversation-body");
        soFar.setId("so-far");
        soFar.addClassName("stackup-so-far");
        soFar.setVisible(false);

        Button previous =
                new Button(getTranslation("conversation.previous"), VaadinIcon.ARROW_LEFT.create(), e -> step(-1, ""));
        previous.setId("conversation-previous");
        Button next =
                new Button(getTranslation("conversation.next"), VaadinIcon.ARROW_RIGHT.create(), e -> step(1, ""));
        next.setId("conversation-next");
        next.setIconAfterText(true);
        Div footer = new Div(previous, next);
        footer.addClassName("stackup-conversation-footer");

        Div header = new Div(heading, meta, actions);
        header.addClassName("stackup-conversation-header");
        Span keys = new Span(getTranslation("conversation.keys"));
        keys.addClassName("stackup-conversation-keys");
        add(offline, header, new Div(progress, progressText), keys, sectionNav, soFar, body, footer);
    }

    /** Opens where the interview stood: at the first visible question after the one answered last. */
    private void resume(List<StoredAnswer> history) {
        refreshVisibility();
        List<String> order = visibleOrder();
        String start = order.isEmpty() ? null : order.getFirst();
        if (!history.isEmpty()) {
            String last = history.getLast().questionKey();
            int at = order.indexOf(last);
            if (at >= 0) {
                start = order.get(Math.min(at + 1, order.size() - 1));
            }
        }
        goTo(start);
    }

    /** Draws the section's cards (or, one question at a time, the current one) as markup: see {@link CardHtml}. */
    private void showSection(int index) {
        section = index;
        shown.clear();
        List<Section> sections = template().template().questionnaire().sections();
        Section drawn = sections.get(index);
        int position = 1;
        for (Section s : sections.subList(0, index)) {
            position += s.questions().size();
        }
        StringBuilder html = new StringBuilder();
        for (Question question : drawn.questions()) {
            if (!oneAtATime || question.key().equals(current)) {
                html.append(CardHtml.render(
                        question,
                        template().template().scale(),
                        position,
                        answers.get(question.key()),
                        visible.contains(question.key()),
                        this::getTranslation));
                shown.add(question.key());
            }
            position++;
        }
        body.getElement().setProperty("innerHTML", html.toString());
        refreshNav();
    }

    /** The section tabs with their progress, drawn as markup with one click listener (a screen stays small). */
    private void refreshNav() {
        List<Section> sections = template().template().questionnaire().sections();
        StringBuilder html = new StringBuilder();
        for (int i = 0; i < sections.size(); i++) {
            Section s = sections.get(i);
            long shownCount = s.questions().stream()
                    .filter(q -> visible.contains(q.key()))
                    .count();
            long doneCount = s.questions().stream()
                    .filter(q -> visible.contains(q.key()))
                    .filter(q -> answered(q.key()))
                    .count();
            html.append("<button type=\"button\" class=\"stackup-section-tab")
                    .append(shownCount > 0 && doneCount == shownCount ? " done" : "")
                    .append("\" id=\"section-")
                    .append(Markup.escape(s.key()))
                    .append("\" data-section=\"")
                    .append(i)
                    .append('"')
                    .append(i == section ? " aria-current=\"step\"" : "")
                    .append('>')
                    .append(Markup.escape(s.title()))
                    .append(" · ")
                    .append(doneCount)
                    .append('/')
                    .append(shownCount)
                    .append("</button>");
        }
        sectionNav.getElement().setProperty("innerHTML", html.toString());
        List<String> order = visibleOrder();
        long done = order.stream().filter(this::answered).count();
        progress.setValue(order.isEmpty() ? 0 : (double) done / order.size());
        progressText.setText(getTranslation("conversation.progress", done, order.size()));
    }

    private boolean answered(String key) {
        Answer answer = answers.get(key);
        return answer != null && answer.isAnswered();
    }

    // ---- moving around ------------------------------------------------------------------------------------------

    /** Moves to the next (1) or previous (-1) visible question; called by the arrow keys too. */
    @ClientCallable
    void step(int direction, String from) {
        if (closed || template == null) {
            return;
        }
        if (!from.isEmpty()) {
            current = from;
        }
        List<String> order = visibleOrder();
        if (order.isEmpty()) {
            return;
        }
        int at = current == null ? -1 : order.indexOf(current);
        int target = Math.max(0, Math.min(order.size() - 1, at + Integer.signum(direction)));
        goTo(order.get(target));
    }

    private void goToSection(int index) {
        Section s = template().template().questionnaire().sections().get(index);
        String first = s.questions().stream()
                .map(Question::key)
                .filter(visible::contains)
                .findFirst()
                .orElse(null);
        current = first;
        showSection(index);
        markCurrent(first);
    }

    /** Shows the question (switching section, or card in one-question mode) and makes it the current one. */
    private void goTo(@Nullable String key) {
        if (key == null) {
            showSection(section);
            return;
        }
        int index = sectionOf(key);
        boolean rebuild = index != section || oneAtATime || shown.isEmpty();
        current = key;
        if (rebuild) {
            showSection(index);
        }
        markCurrent(key);
    }

    private void markCurrent(@Nullable String key) {
        current = key;
        DeviceQueue.current(this, key);
    }

    private int sectionOf(String key) {
        List<Section> sections = template().template().questionnaire().sections();
        for (int i = 0; i < sections.size(); i++) {
            if (sections.get(i).questions().stream().anyMatch(q -> q.key().equals(key))) {
                return i;
            }
        }
        return section;
    }

    private List<String> visibleOrder() {
        List<String> order = new ArrayList<>();
        for (Section s : template().template().questionnaire().sections()) {
            for (Question q : s.questions()) {
                if (visible.contains(q.key())) {
                    order.add(q.key());
                }
            }
        }
        return order;
    }

    private void toggleMode(Button button) {
        oneAtATime = !oneAtATime;
        VaadinSession.getCurrent().setAttribute(MODE_ATTRIBUTE, oneAtATime);
        button.setText(modeLabel());
        shown.clear();
        goTo(current);
    }

    private String modeLabel() {
        return getTranslation(oneAtATime ? "conversation.mode.section" : "conversation.mode.one");
    }

    // ---- answering ----------------------------------------------------------------------------------------------

    /**
     * A card's whole state, sent by the device as the person gives it: the answer in template-format.md's shape with
     * its note, a note alone, or {@code {}} for nothing. Saved at once; the device is told, so it can forget it.
     */
    @ClientCallable
    void answer(String question, String state) {
        if (closed || template == null) {
            return;
        }
        current = question;
        saveState(question, JSON.readTree(state));
    }

    /**
     * Saves a card's whole state with one service call: {@code {}} removes the answer and its note (the card's "Clear"),
     * anything else is an answer with its note, read and validated by the service (docs/spec/api.md, "An answer and
     * its note"). When the service keeps a value the card no longer showed (saved meanwhile on another screen), the
     * card is drawn again as stored.
     */
    private boolean saveState(String key, JsonNode state) {
        try {
            Answer stored;
            if (state.isEmpty()) {
                interviews.removeAnswer(id(), key);
                stored = null;
            } else {
                stored = interviews.answer(id(), key, state).answer();
            }
            saved(key, stored);
            DeviceQueue.mark(
                    this, key, getTranslation("conversation.saved", UserFormats.time(Instant.now())), "success");
            DeviceQueue.confirm(this, id(), key, state);
            if (stored != null && stored.isAnswered() && state.size() == 1 && state.has("note")) {
                DeviceQueue.show(this, key, AnswerReader.toJson(stored));
            }
            return true;
        } catch (AnswerValidationException e) {
            String reason =
                    e.problems().stream().map(Problem::message).findFirst().orElse(e.getMessage());
            DeviceQueue.mark(this, key, getTranslation("conversation.refused", reason), "error");
            DeviceQueue.drop(this, id(), key);
        } catch (InterviewConflictException | AccessDeniedException e) {
            closeBecause(e.getMessage());
        }
        return false;
    }

    /** Takes in a question's stored state (an answer with its note, a note alone, or nothing) and tells other screens. */
    private void saved(String key, @Nullable Answer stored) {
        if (stored == null) {
            answers.remove(key);
        } else {
            answers.put(key, stored);
        }
        if (tenant != null && screen != null) {
            broadcaster.publish(tenant, new AnswerBroadcaster.Saved(id(), key, stored, screen));
        }
        afterChange();
    }

    private void afterChange() {
        Set<String> before = visible;
        refreshVisibility();
        if (!before.equals(visible) && oneAtATime && current != null && !visible.contains(current)) {
            step(1, "");
        }
        refreshNav();
        if (soFar.isVisible()) {
            drawSoFar();
        }
    }

    private void refreshVisibility() {
        Set<String> before = visible;
        visible = new HashSet<>(template().visibleQuestions(answers));
        if (!shown.isEmpty() && shown.stream().anyMatch(k -> before.contains(k) != visible.contains(k))) {
            DeviceQueue.visible(this, shown.stream().filter(visible::contains).toList());
        }
    }

    /** Saves what this device kept while the server could not be reached (or before it restarted). */
    private void restore(Map<String, JsonNode> pending) {
        int saved = 0;
        for (Map.Entry<String, JsonNode> entry : pending.entrySet()) {
            if (closed) {
                return;
            }
            if (saveState(entry.getKey(), entry.getValue())) {
                saved++;
                if (shown.contains(entry.getKey())) {
                    DeviceQueue.show(this, entry.getKey(), entry.getValue());
                }
            }
        }
        if (saved > 0) {
            Notification.show(getTranslation("conversation.restored", saved), 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        }
    }

    /** An answer saved on another screen of this interview. Runs in {@code ui.access}: no service calls here. */
    private void remote(AnswerBroadcaster.Saved saved) {
        if (saved.answer() == null) {
            answers.remove(saved.question());
        } else {
            answers.put(saved.question(), saved.answer());
        }
        if (shown.contains(saved.question())) {
            DeviceQueue.show(
                    this,
                    saved.question(),
                    saved.answer() == null ? JSON.createObjectNode() : AnswerReader.toJson(saved.answer()));
            DeviceQueue.mark(
                    this,
                    saved.question(),
                    getTranslation("conversation.saved", UserFormats.time(Instant.now())),
                    "success");
        }
        afterChange();
    }

    // ---- so far and completion ----------------------------------------------------------------------------------

    private void toggleSoFar() {
        soFar.setVisible(!soFar.isVisible());
        if (soFar.isVisible()) {
            drawSoFar();
        } else {
            soFar.removeAll();
        }
    }

    private void drawSoFar() {
        Result result = template().score(answers, Map.of(), null, false);
        soFar.removeAll();
        Div chart = new Div();
        chart.setId("so-far-chart");
        chart.getElement().setProperty("innerHTML", LadderChart.svg(template().template(), result));
        String overall = result.overall().level() == null
                ? getTranslation("conversation.not-assessed")
                : levelName(result.overall().level());
        Paragraph line = new Paragraph(getTranslation("conversation.overall", overall));
        line.setId("so-far-overall");
        soFar.add(line, chart);
    }

    private String levelName(String key) {
        return template().template().scale().levels().stream()
                .filter(l -> l.key().equals(key))
                .findFirst()
                .map(l -> l.name())
                .orElse(key);
    }

    private void complete() {
        try {
            interviews.complete(id());
            Notification.show(getTranslation("conversation.completed"), 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            closed = true;
            getUI().ifPresent(ui -> ui.navigate("interviews/" + id()));
        } catch (InterviewIncompleteException e) {
            showMissing(e.missing());
        } catch (InterviewConflictException | AccessDeniedException e) {
            closeBecause(e.getMessage());
        }
    }

    private void showMissing(List<String> missing) {
        Dialog dialog = new Dialog();
        dialog.setId("missing-dialog");
        dialog.setHeaderTitle(getTranslation("conversation.missing.title", missing.size()));
        Div list = new Div();
        list.addClassName("stackup-missing");
        for (String key : missing) {
            Question question = template()
                    .template()
                    .questionnaire()
                    .questions()
                    .filter(q -> q.key().equals(key))
                    .findFirst()
                    .orElse(null);
            Button jump = new Button(question == null ? key : question.text(), e -> {
                dialog.close();
                goTo(key);
            });
            jump.setId("missing-" + key);
            jump.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            list.add(jump);
        }
        dialog.add(new Paragraph(getTranslation("conversation.missing.text")), list);
        Button close = new Button(getTranslation("action.close"), e -> dialog.close());
        dialog.getFooter().add(close);
        dialog.open();
    }

    private void closeBecause(String message) {
        closed = true;
        DeviceQueue.disable(this);
        Notification notification = Notification.show(message, 8000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private void showClosed(InterviewDetail detail, boolean mine) {
        removeAll();
        H2 heading = new H2(detail.prospectName());
        Paragraph text = new Paragraph(getTranslation(
                !mine
                        ? "conversation.not-yours"
                        : "conversation.closed." + detail.status().name().toLowerCase()));
        text.setId("conversation-closed");
        Button open = new Button(
                getTranslation("conversation.open-interview"),
                e -> getUI().ifPresent(ui -> ui.navigate("interviews/" + detail.id())));
        open.setId("conversation-open-interview");
        add(heading, text, open);
        closed = true;
    }

    // ---- lifecycle ----------------------------------------------------------------------------------------------

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        if (closed || template == null || tenant == null || id == null) {
            return;
        }
        UI ui = event.getUI();
        TenantId screenTenant = tenant;
        InterviewId interview = id;
        DeviceQueue.install(ui);
        screen = new AnswerBroadcaster.Screen() {
            @Override
            public void saved(AnswerBroadcaster.Saved saved) {
                ui.access(() -> remote(saved));
            }

            @Override
            public void screens(int count) {
                // counted again when the UI runs it: of two quick changes, the later-run one must see the latest count
                ui.access(() -> sharing(ui, broadcaster.screens(screenTenant, interview) > 1));
            }
        };
        registration = broadcaster.register(screenTenant, interview, screen);
        sharing(ui, broadcaster.screens(screenTenant, interview) > 1);
        DeviceQueue.pending(this, interview, this::restore);
    }

    /**
     * A push connection costs the server a WebSocket and its buffers (about 130 KB a screen, measured with
     * bench/ScreenMemory), so a screen keeps one only while its interview is open on another screen too. A screen alone
     * polls instead, slowly, to learn that a second one has opened: from then on both push, and answers show on the
     * other screen at once.
     */
    private void sharing(UI ui, boolean shared) {
        if (!ui.isAttached() || !isAttached()) {
            return;
        }
        ui.getPushConfiguration().setTransport(Transport.WEBSOCKET_XHR);
        ui.getPushConfiguration().setPushMode(shared ? PushMode.AUTOMATIC : PushMode.DISABLED);
        ui.setPollInterval(shared ? -1 : POLL_WHILE_ALONE_MILLIS);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (registration != null) {
            registration.remove();
            registration = null;
            screen = null;
        }
        UI ui = event.getUI();
        ui.getPushConfiguration().setPushMode(PushMode.DISABLED);
        ui.setPollInterval(-1);
        super.onDetach(event);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
