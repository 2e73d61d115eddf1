package io.stackup.ui.interview.conversation;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.VaadinSession;
import io.stackup.core.interview.InterviewConflictException;
import io.stackup.core.interview.InterviewDetail;
import io.stackup.core.interview.InterviewId;
import io.stackup.core.interview.InterviewIncompleteException;
import io.stackup.core.interview.InterviewService;
import io.stackup.core.template.Answer;
import io.stackup.core.template.scoring.PreparedTemplate;
import io.stackup.core.tenancy.TenantContext;
import io.stackup.ui.shell.Failures;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * One open interview as a conversation: its parts put together, with {@link ConversationState} deciding where the
 * conversation stands and this screen drawing it. Answers arrive through {@link AnswerSync} (this device) and
 * {@link ScreenSharing} (the interviewer's other screens); either way the state, the visible cards, the progress and
 * "so far" follow.
 *
 * <p>Holds the interview's answers and the shared prepared template (never a copy), and draws the cards of the shown
 * section only.
 */
class ConversationScreen extends Div implements AnswerSync.Host {

    private static final String MODE_ATTRIBUTE = ConversationScreen.class.getName() + ".oneAtATime";

    private final InterviewService interviews;
    private final InterviewId id;
    private final PreparedTemplate template;
    private final ConversationState state;
    private final ConversationHeader header;
    private final SoFarPanel soFar;
    private final AnswerSync sync;
    private final ScreenSharing sharing;
    private final SectionTabs tabs = new SectionTabs(this::goToSection);
    private final ProgressLine progress = new ProgressLine();

    /** @param detail an interview open for answering by the signed-in interviewer */
    ConversationScreen(
            InterviewService interviews,
            AnswerBroadcaster broadcaster,
            ConversationMetrics metrics,
            InterviewDetail detail) {
        this.interviews = interviews;
        this.id = detail.id();
        this.template = interviews.template(id);
        this.state = new ConversationState(
                template.template().questionnaire().sections(),
                template::visibleQuestions,
                detail.answerMap(),
                Boolean.TRUE.equals(VaadinSession.getCurrent().getAttribute(MODE_ATTRIBUTE)));
        this.soFar = new SoFarPanel(template, state::answers, id, detail.targets());
        this.header =
                new ConversationHeader(detail, state.oneAtATime(), this::toggleMode, soFar::toggle, this::complete);
        this.sync = new AnswerSync(interviews, id, this, metrics.answer());
        this.sharing = new ScreenSharing(broadcaster, TenantContext.requireTenant(), id);
        Span keys = new Span(getTranslation("conversation.keys"));
        keys.addClassName("stackup-conversation-keys");
        add(new OfflineBanner(), header, progress, keys, tabs, soFar, sync, new StepButtons(d -> step(d, "")));
        goTo(state.resumeAt(
                detail.answers().isEmpty() ? null : detail.answers().getLast().questionKey()));
    }

    // ---- moving around
    // -----------------------------------------------------------------------------------------------

    @Override
    public void step(int direction, String from) {
        if (!sync.isClosed()) {
            goTo(state.step(direction, from));
        }
    }

    @Override
    public void current(String question) {
        state.setCurrent(question);
    }

    private void goToSection(int index) {
        if (!sync.isClosed()) {
            String first = state.firstVisibleIn(index);
            state.setCurrent(first);
            draw(index);
            sync.current(first);
        }
    }

    /** Shows the question (switching section, or card one question at a time) and makes it the current one. */
    private void goTo(@Nullable String key) {
        if (sync.isClosed()) {
            return;
        }
        if (key == null || state.moveTo(key)) {
            draw(state.section());
        }
        if (key != null) {
            sync.current(key);
        }
    }

    private void draw(int section) {
        sync.draw(state.draw(section), template.template().scale(), state.answers());
        refresh();
    }

    private void refresh() {
        tabs.show(state.sections());
        progress.show(state.done(), state.visibleOrder().size());
        soFar.refresh();
    }

    private void toggleMode() {
        state.toggleMode();
        VaadinSession.getCurrent().setAttribute(MODE_ATTRIBUTE, state.oneAtATime());
        header.mode(state.oneAtATime());
        goTo(state.current());
    }

    // ---- answers
    // -----------------------------------------------------------------------------------------------------

    @Override
    public void saved(String question, @Nullable Answer stored) {
        sharing.publish(question, stored);
        changed(question, stored);
    }

    /** An answer saved on another screen of this interview. Runs in {@code ui.access}: no service calls here. */
    private void remote(AnswerBroadcaster.Saved saved) {
        sync.remote(saved.question(), saved.answer());
        changed(saved.question(), saved.answer());
    }

    private void changed(String question, @Nullable Answer stored) {
        ConversationState.Change change = state.put(question, stored);
        if (change.drawnCards()) {
            sync.visible(state.drawnVisible());
        }
        if (change.visibility() && state.currentHidden()) {
            step(1, "");
        }
        refresh();
    }

    private void complete() {
        try {
            interviews.complete(id);
            sync.close();
            Notification.show(getTranslation("conversation.completed"), 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            getUI().ifPresent(ui -> ui.navigate("interviews/" + id));
        } catch (InterviewIncompleteException e) {
            new MissingDialog(e.missing(), state::text, this::goTo).open();
        } catch (InterviewConflictException | AccessDeniedException e) {
            sync.close();
            closed(Failures.message(e));
        }
    }

    @Override
    public void closed(String reason) {
        Notification.show(reason, 8000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    // ---- lifecycle
    // ---------------------------------------------------------------------------------------------------

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        DeviceQueue.install(event.getUI());
        sharing.open(event.getUI(), this::remote);
        sync.restore();
    }

    @Override
    protected void onDetach(DetachEvent event) {
        sharing.close(event.getUI());
        super.onDetach(event);
    }
}
