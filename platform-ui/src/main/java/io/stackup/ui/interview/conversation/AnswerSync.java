package io.stackup.ui.interview.conversation;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.shared.Registration;
import io.micrometer.core.instrument.Timer;
import io.stackup.core.interview.InterviewConflictException;
import io.stackup.core.interview.InterviewId;
import io.stackup.core.interview.InterviewService;
import io.stackup.core.template.Answer;
import io.stackup.core.template.AnswerValidationException;
import io.stackup.core.template.Problem;
import io.stackup.core.template.Scale;
import io.stackup.core.template.document.AnswerReader;
import io.stackup.ui.shell.Failures;
import io.stackup.ui.shell.UserFormats;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.TransactionException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The question cards and the server's end of the device's script ({@link DeviceQueue}): draws the cards, receives each
 * card's state as the device sends it and saves it with one service call, tells the device what was saved (so it may
 * forget it) or refused (with the reason), and saves what the device kept while the server was away.
 */
class AnswerSync extends Div {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** What the view does with the device's messages. */
    interface Host {

        /** A question's state was saved as {@code stored} ({@code null}: no answer and no note). */
        void saved(String question, @Nullable Answer stored);

        /** The person tapped a card or used the arrow keys: move from {@code from} (empty: the current question). */
        void step(int direction, String from);

        /** The person works on this card now. */
        void current(String question);

        /** The interview can no longer be answered here (completed, cancelled or reassigned meanwhile). */
        void closed(String reason);
    }

    private final InterviewService interviews;
    private final InterviewId interview;
    /** The device's store of this interview's unconfirmed answers, bound to tenant and person ({@link DeviceQueue#key}). */
    private final String queue;

    private final Host host;
    private final Timer answerTime;
    private boolean closed;
    /** Whether the device holds a state the server could not save (database unreachable): sent again when it can. */
    private boolean unsaved;

    AnswerSync(InterviewService interviews, InterviewId interview, Host host, Timer answerTime) {
        this.interviews = interviews;
        this.interview = interview;
        this.host = host;
        this.answerTime = answerTime;
        this.queue = DeviceQueue.key(interview);
        setId("conversation-body");
        addClassName("stackup-conversation-body");
        getElement().setAttribute("data-interview", interview.toString());
        getElement().setAttribute("data-queue", queue);
        getElement().setAttribute("data-saving", getTranslation("conversation.saving"));
    }

    /** Draws these cards in place of the shown ones. */
    void draw(List<ConversationState.Card> cards, Scale scale, Map<String, Answer> answers) {
        getElement().setProperty("innerHTML", CardHtml.render(cards, scale, answers, this::getTranslation));
    }

    /**
     * A card's whole state, sent by the device as the person gives it: the answer in docs/spec/template-format.md's shape with
     * its note, a note alone, or {@code {}} for nothing. Saved at once; the device is told, so it can forget it.
     */
    @ClientCallable
    void answer(String question, String state) {
        if (closed) {
            return;
        }
        long started = System.nanoTime();
        try {
            host.current(question);
            save(question, JSON.readTree(state));
        } finally {
            answerTime.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        }
    }

    /** Moves to the next (1) or previous (-1) visible question; called by the arrow keys. */
    @ClientCallable
    void step(int direction, String from) {
        if (!closed) {
            host.step(direction, from);
        }
    }

    /**
     * Saves a card's whole state with one service call: {@code {}} removes the answer and its note (the card's "Clear"),
     * anything else is an answer with its note, read and validated by the service (docs/spec/api.md, "An answer and
     * its note"). When the service kept a value the card no longer showed (saved meanwhile on another screen), the card
     * is drawn again as stored.
     */
    private boolean save(String key, JsonNode state) {
        try {
            Answer stored;
            if (state.isEmpty()) {
                interviews.removeAnswer(interview, key);
                stored = null;
            } else {
                stored = interviews.answer(interview, key, state).answer();
            }
            host.saved(key, stored);
            DeviceQueue.mark(this, key, savedNow(), "success");
            retryUnsaved();
            DeviceQueue.confirm(this, queue, key, state);
            if (stored != null && stored.isAnswered() && state.size() == 1 && state.has("note")) {
                DeviceQueue.show(this, key, AnswerReader.toJson(stored));
            }
            return true;
        } catch (AnswerValidationException e) {
            String reason =
                    e.problems().stream().map(Problem::message).findFirst().orElse(e.getMessage());
            DeviceQueue.mark(this, key, getTranslation("conversation.refused", reason), "error");
            DeviceQueue.drop(this, queue, key);
        } catch (InterviewConflictException | AccessDeniedException e) {
            close();
            host.closed(Failures.message(e));
        } catch (DataAccessException | TransactionException unreachable) {
            // The database is away (ADR 0011): the state stays on the device and is sent again after the next save
            // that works, or at the screen's next poll.
            unsaved = true;
            DeviceQueue.mark(this, key, getTranslation("conversation.kept"), "contrast");
        }
        return false;
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        super.onAttach(attach);
        Registration polls = attach.getUI().addPollListener(poll -> retryUnsaved());
        addDetachListener(detach -> {
            polls.remove();
            detach.unregisterListener();
        });
    }

    /** Sends again what the device kept while the database could not be reached, once a save or a poll goes through. */
    void retryUnsaved() {
        if (unsaved && !closed) {
            unsaved = false;
            restore();
        }
    }

    /** Saves what this device kept while the server could not be reached (or before it restarted). */
    void restore() {
        DeviceQueue.pending(this, queue, this::restore);
    }

    private void restore(Map<String, JsonNode> pending) {
        int saved = 0;
        for (Map.Entry<String, JsonNode> entry : pending.entrySet()) {
            if (closed) {
                return;
            }
            if (save(entry.getKey(), entry.getValue())) {
                saved++;
                DeviceQueue.show(this, entry.getKey(), entry.getValue());
            }
        }
        if (saved > 0) {
            Notification.show(getTranslation("conversation.restored", saved), 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        }
    }

    /** Draws a state saved on another screen on its card, if drawn. */
    void remote(String question, @Nullable Answer answer) {
        DeviceQueue.show(this, question, answer == null ? JSON.createObjectNode() : AnswerReader.toJson(answer));
        DeviceQueue.mark(this, question, savedNow(), "success");
    }

    /** Marks the card current, scrolls to it and focuses it. */
    void current(@Nullable String question) {
        DeviceQueue.current(this, question);
    }

    /** Shows the cards of these questions and hides the others. */
    void visible(List<String> questions) {
        DeviceQueue.visible(this, questions);
    }

    /** Whether the interview can no longer be answered here. */
    boolean isClosed() {
        return closed;
    }

    /** Makes every card read-only and ignores the device from now on. */
    void close() {
        closed = true;
        DeviceQueue.disable(this);
    }

    private String savedNow() {
        return getTranslation("conversation.saved", UserFormats.time(Instant.now()));
    }
}
