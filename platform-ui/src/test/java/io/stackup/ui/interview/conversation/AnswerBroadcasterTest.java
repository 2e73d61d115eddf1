package io.stackup.ui.interview.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.shared.Registration;
import io.stackup.core.interview.InterviewId;
import io.stackup.core.template.Answer;
import io.stackup.core.tenancy.TenantId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AnswerBroadcasterTest {

    private final AnswerBroadcaster broadcaster = new AnswerBroadcaster();
    private final TenantId tenant = new TenantId(UUID.randomUUID());
    private final InterviewId interview = new InterviewId(UUID.randomUUID());

    /** Records what a screen was told. */
    private static final class Recorder implements AnswerBroadcaster.Screen {
        final List<AnswerBroadcaster.Saved> saved = new ArrayList<>();
        final List<Integer> counts = new ArrayList<>();

        @Override
        public void saved(AnswerBroadcaster.Saved s) {
            saved.add(s);
        }

        @Override
        public void screens(int count) {
            counts.add(count);
        }
    }

    @Test
    void every_screen_of_an_interview_hears_how_many_screens_it_is_open_on() {
        Recorder tablet = new Recorder();
        Recorder laptop = new Recorder();

        broadcaster.register(tenant, interview, tablet);
        Registration second = broadcaster.register(tenant, interview, laptop);
        assertThat(broadcaster.screens(tenant, interview)).isEqualTo(2);
        second.remove();

        assertThat(tablet.counts).containsExactly(1, 2, 1);
        assertThat(laptop.counts).containsExactly(2);
        assertThat(broadcaster.screens(tenant, interview)).isEqualTo(1);
    }

    @Test
    void an_answer_reaches_the_other_screens_of_its_interview_only() {
        Recorder tablet = new Recorder();
        Recorder laptop = new Recorder();
        Recorder otherInterview = new Recorder();
        Recorder otherTenant = new Recorder();
        broadcaster.register(tenant, interview, tablet);
        broadcaster.register(tenant, interview, laptop);
        broadcaster.register(tenant, new InterviewId(UUID.randomUUID()), otherInterview);
        broadcaster.register(new TenantId(UUID.randomUUID()), interview, otherTenant);

        AnswerBroadcaster.Saved saved =
                new AnswerBroadcaster.Saved(interview, "has-dir", new Answer.Choice("yes", null), tablet);
        broadcaster.publish(tenant, saved);

        assertThat(laptop.saved).containsExactly(saved);
        assertThat(tablet.saved).isEmpty();
        assertThat(otherInterview.saved).isEmpty();
        assertThat(otherTenant.saved).isEmpty();
    }

    @Test
    void a_screen_that_unregisters_leaves_nothing_behind() {
        Recorder tablet = new Recorder();
        broadcaster.register(tenant, interview, tablet).remove();

        assertThat(broadcaster.screens(tenant, interview)).isZero();
        broadcaster.publish(tenant, new AnswerBroadcaster.Saved(interview, "has-dir", null, new Object()));
        assertThat(tablet.saved).isEmpty();
    }
}
