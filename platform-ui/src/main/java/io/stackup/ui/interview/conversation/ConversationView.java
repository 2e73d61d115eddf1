package io.stackup.ui.interview.conversation;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import io.stackup.core.interview.InterviewDetail;
import io.stackup.core.interview.InterviewId;
import io.stackup.core.interview.InterviewNotFoundException;
import io.stackup.core.interview.InterviewService;
import io.stackup.core.interview.InterviewStatus;
import io.stackup.core.tenancy.Roles;
import io.stackup.core.tenancy.TenantContext;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/**
 * The interviewer's screen: the questionnaire as a conversation, one section (or one question) at a time, with large
 * touch targets and keys (1–9 choose, arrows move). Every answer and note is saved the moment it is given
 * ({@link AnswerSync}), kept on the device until the server confirms it ({@link DeviceQueue}), and shown on the
 * interviewer's other screens at once ({@link ScreenSharing}); see docs/adr/0009-conversation-mode.md.
 *
 * <p>This view finds the interview and shows its {@link ConversationScreen} when it is the signed-in interviewer's
 * and still open, else why it cannot be run here ({@link ClosedNotice}).
 */
@Route("interviews/:id/run")
@RolesAllowed(Roles.INTERVIEWER)
class ConversationView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final InterviewService interviews;
    private final AnswerBroadcaster broadcaster;
    private final ConversationMetrics metrics;
    private String title = "";

    ConversationView(InterviewService interviews, AnswerBroadcaster broadcaster, ConversationMetrics metrics) {
        this.interviews = interviews;
        this.broadcaster = broadcaster;
        this.metrics = metrics;
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
        boolean mine = detail.interviewerUserId() != null
                && detail.interviewerUserId().equals(TenantContext.currentUser().orElse(null));
        if (!mine || detail.status() == InterviewStatus.COMPLETED || detail.status() == InterviewStatus.CANCELLED) {
            add(new ClosedNotice(detail, mine));
        } else {
            add(new ConversationScreen(interviews, broadcaster, metrics, detail));
        }
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
