package io.stackup.ui.interview.conversation;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.shared.communication.PushMode;
import com.vaadin.flow.shared.ui.Transport;
import io.stackup.core.interview.InterviewId;
import io.stackup.core.template.Answer;
import io.stackup.core.tenancy.TenantId;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * One screen's part in sharing its interview with the interviewer's other screens ({@link AnswerBroadcaster}): it
 * tells them of each answer saved here, hears of theirs, and keeps a push connection only while it is not alone.
 *
 * <p>A push connection costs the server a WebSocket and its buffers (about 130 KB a screen, measured with
 * bench/ScreenMemory), so a screen keeps one only while its interview is open on another screen too. A screen alone
 * polls instead, slowly, to learn that a second one has opened: from then on both push, and answers show on the other
 * screen at once (docs/adr/0009-conversation-mode.md).
 */
final class ScreenSharing {

    /** How often a screen alone on its interview asks whether another screen has opened it. */
    static final int POLL_WHILE_ALONE_MILLIS = 5000;

    private final AnswerBroadcaster broadcaster;
    private final TenantId tenant;
    private final InterviewId interview;
    private AnswerBroadcaster.@Nullable Screen screen;
    private @Nullable Registration registration;

    ScreenSharing(AnswerBroadcaster broadcaster, TenantId tenant, InterviewId interview) {
        this.broadcaster = broadcaster;
        this.tenant = tenant;
        this.interview = interview;
    }

    /** Joins the interview's screens; {@code remote} runs in the UI's {@code access} for each answer saved elsewhere. */
    void open(UI ui, Consumer<AnswerBroadcaster.Saved> remote) {
        AnswerBroadcaster.Screen joined = new AnswerBroadcaster.Screen() {
            @Override
            public void saved(AnswerBroadcaster.Saved saved) {
                ui.access(() -> remote.accept(saved));
            }

            @Override
            public void screens(int count) {
                // counted again when the UI runs it: of two quick changes, the later-run one must see the latest count
                ui.access(() -> push(ui));
            }
        };
        screen = joined;
        registration = broadcaster.register(tenant, interview, joined);
        push(ui);
    }

    /** Tells the other screens that a question's state was saved here ({@code null}: removed). */
    void publish(String question, @Nullable Answer answer) {
        if (screen != null) {
            broadcaster.publish(tenant, new AnswerBroadcaster.Saved(interview, question, answer, screen));
        }
    }

    /** Leaves the interview's screens and turns push and polling off. */
    void close(UI ui) {
        if (registration != null) {
            registration.remove();
            registration = null;
            screen = null;
        }
        ui.getPushConfiguration().setPushMode(PushMode.DISABLED);
        ui.setPollInterval(-1);
    }

    private void push(UI ui) {
        if (!ui.isAttached() || screen == null) {
            return;
        }
        boolean shared = broadcaster.screens(tenant, interview) > 1;
        ui.getPushConfiguration().setTransport(Transport.WEBSOCKET_XHR);
        ui.getPushConfiguration().setPushMode(shared ? PushMode.AUTOMATIC : PushMode.DISABLED);
        ui.setPollInterval(shared ? -1 : POLL_WHILE_ALONE_MILLIS);
    }
}
