package io.stackup.ui.interview.conversation;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import io.stackup.core.interview.InterviewConflictException;
import io.stackup.core.interview.InterviewDetail;
import io.stackup.core.interview.InterviewId;
import io.stackup.core.interview.InterviewIncompleteException;
import io.stackup.core.interview.InterviewNotFoundException;
import io.stackup.core.interview.InterviewService;
import io.stackup.core.interview.InterviewStatus;
import io.stackup.core.template.Answer;
import io.stackup.core.template.PreparedTemplate;
import io.stackup.core.tenancy.TenantContext;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * The interviewer's screen: the questionnaire as a conversation, one section (or one question) at a time, with large
 * touch targets and keys (1–9 choose, arrows move). Every answer and note is saved the moment it is given
 * ({@link AnswerSync}), kept on the device until the server confirms it ({@link DeviceQueue}), and shown on the
 * interviewer's other screens at once ({@link ScreenSharing}). Questions appear and disappear as their {@code showIf}
 * says; where the conversation stands is {@link ConversationState}'s, and this view only draws it. See
 * docs/adr/0009-conversation-mode.md.
 *
 * <p>The view holds the interview's answers and the shared prepared template (never a copy), and draws the cards of
 * the shown section only.
 */
@Route("interviews/:id/run")
@RolesAllowed("interviewer")
class ConversationView extends Div implements BeforeEnterObserver, HasDynamicTitle, AnswerSync.Host {

    private static final String MODE_ATTRIBUTE = ConversationView.class.getName() + ".oneAtATime";

    private final InterviewService interviews;
    private final AnswerBroadcaster broadcaster;
    private final SectionTabs tabs = new SectionTabs(this::goToSection);
    private final ProgressLine progress = new ProgressLine();
    private @Nullable Open open;
    private String title = "";

    /** An interview open for answering, with the parts that depend on it. */
    private record Open(
            InterviewId id,
            PreparedTemplate template,
            ConversationState state,
            ConversationHeader header,
            SoFarPanel soFar,
            AnswerSync sync,
            ScreenSharing sharing) {}

    ConversationView(InterviewService interviews, AnswerBroadcaster broadcaster) {
        this.interviews = interviews;
        this.broadcaster = broadcaster;
        setId("conversation");
        addClassNames("stackup-page", "stackup-conversation");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        InterviewId id = InterviewId.parse(event.getRouteParameters().get("id").orElse(""));
        InterviewDetail detail = id == null ? null : find(id);
        if (detail == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        title = detail.prospectName();
        removeAll();
        open = null;
        boolean mine = detail.interviewerUserId() != null
                && detail.interviewerUserId().equals(TenantContext.currentUser().orElse(null));
        if (!mine || detail.status() == InterviewStatus.COMPLETED || detail.status() == InterviewStatus.CANCELLED) {
            add(new ClosedNotice(detail, mine));
            return;
        }
        PreparedTemplate template = interviews.template(detail.id());
        ConversationState state = new ConversationState(
                template.template().questionnaire().sections(),
                template::visibleQuestions,
                detail.answerMap(),
                Boolean.TRUE.equals(VaadinSession.getCurrent().getAttribute(MODE_ATTRIBUTE)));
        SoFarPanel soFar = new SoFarPanel(template, state::answers);
        Open o = new Open(
                detail.id(),
                template,
                state,
                new ConversationHeader(detail, state.oneAtATime(), this::toggleMode, soFar::toggle, this::complete),
                soFar,
                new AnswerSync(interviews, detail.id(), this),
                new ScreenSharing(broadcaster, TenantContext.requireTenant(), detail.id()));
        open = o;
        Span keys = new Span(getTranslation("conversation.keys"));
        keys.addClassName("stackup-conversation-keys");
        add(new OfflineBanner(), o.header(), progress, keys, tabs, soFar, o.sync(), new StepButtons(d -> step(d, "")));
        goTo(state.resumeAt(
                detail.answers().isEmpty() ? null : detail.answers().getLast().questionKey()));
    }

    // ---- moving around: ConversationState decides, the view draws -------------------------------------------------

    @Override
    public void step(int direction, String from) {
        if (answering()) {
            goTo(open().state().step(direction, from));
        }
    }

    @Override
    public void current(String question) {
        open().state().setCurrent(question);
    }

    private void goToSection(int index) {
        if (answering()) {
            String first = open().state().firstVisibleIn(index);
            open().state().setCurrent(first);
            draw(index);
            open().sync().current(first);
        }
    }

    /** Shows the question (switching section, or card one question at a time) and makes it the current one. */
    private void goTo(@Nullable String key) {
        if (!answering()) {
            return;
        }
        ConversationState state = open().state();
        if (key == null || state.moveTo(key)) {
            draw(state.section());
        }
        if (key != null) {
            open().sync().current(key);
        }
    }

    private void draw(int section) {
        Open o = open();
        o.sync()
                .draw(
                        o.state().draw(section),
                        o.template().template().scale(),
                        o.state().answers());
        refresh();
    }

    private void refresh() {
        ConversationState state = open().state();
        tabs.show(state.sections());
        progress.show(state.done(), state.visibleOrder().size());
        open().soFar().refresh();
    }

    private void toggleMode() {
        ConversationState state = open().state();
        state.toggleMode();
        VaadinSession.getCurrent().setAttribute(MODE_ATTRIBUTE, state.oneAtATime());
        open().header().mode(state.oneAtATime());
        goTo(state.current());
    }

    // ---- answers ----------------------------------------------------------------------------------------------------

    @Override
    public void saved(String question, @Nullable Answer stored) {
        open().sharing().publish(question, stored);
        changed(question, stored);
    }

    /** An answer saved on another screen of this interview. Runs in {@code ui.access}: no service calls here. */
    private void remote(AnswerBroadcaster.Saved saved) {
        open().sync().remote(saved.question(), saved.answer());
        changed(saved.question(), saved.answer());
    }

    private void changed(String question, @Nullable Answer stored) {
        Open o = open();
        ConversationState.Change change = o.state().put(question, stored);
        if (change.drawnCards()) {
            o.sync().visible(o.state().drawnVisible());
        }
        if (change.visibility() && o.state().currentHidden()) {
            step(1, "");
        }
        refresh();
    }

    private void complete() {
        Open o = open();
        try {
            interviews.complete(o.id());
            o.sync().close();
            Notification.show(getTranslation("conversation.completed"), 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            getUI().ifPresent(ui -> ui.navigate("interviews/" + o.id()));
        } catch (InterviewIncompleteException e) {
            new MissingDialog(e.missing(), o.state()::text, this::goTo).open();
        } catch (InterviewConflictException | AccessDeniedException e) {
            o.sync().close();
            closed(e.getMessage());
        }
    }

    @Override
    public void closed(String reason) {
        Notification.show(reason, 8000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    // ---- lifecycle --------------------------------------------------------------------------------------------------

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        if (open != null) {
            DeviceQueue.install(event.getUI());
            open.sharing().open(event.getUI(), this::remote);
            open.sync().restore();
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (open != null) {
            open.sharing().close(event.getUI());
        }
        super.onDetach(event);
    }

    /** An interview is open here and can still be answered: the cards may move and be drawn. */
    private boolean answering() {
        return open != null && !open.sync().isClosed();
    }

    private Open open() {
        if (open == null) {
            throw new IllegalStateException("no interview open");
        }
        return open;
    }

    private @Nullable InterviewDetail find(InterviewId id) {
        try {
            return interviews.get(id);
        } catch (InterviewNotFoundException e) {
            return null;
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
