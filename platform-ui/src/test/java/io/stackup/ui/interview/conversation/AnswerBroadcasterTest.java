package io.stackup.ui.interview.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.shared.Registration;
import io.stackup.core.interview.InterviewId;
import io.stackup.core.template.Answer;
import io.stackup.core.tenancy.TenantId;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class AnswerBroadcasterTest {

    private final AnswerBroadcaster broadcaster = new AnswerBroadcaster(
            ScreenRelay.NONE, (tenant, interview, question) -> Optional.empty(), System::nanoTime);
    private final TenantId tenant = new TenantId(UUID.randomUUID());
    private final InterviewId interview = new InterviewId(UUID.randomUUID());

    @Test
    void every_screen_of_an_interview_hears_how_many_screens_it_is_open_on() {
        ScreenRecorder tablet = new ScreenRecorder();
        ScreenRecorder laptop = new ScreenRecorder();

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
        ScreenRecorder tablet = new ScreenRecorder();
        ScreenRecorder laptop = new ScreenRecorder();
        ScreenRecorder otherInterview = new ScreenRecorder();
        ScreenRecorder otherTenant = new ScreenRecorder();
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
        ScreenRecorder tablet = new ScreenRecorder();
        broadcaster.register(tenant, interview, tablet).remove();

        assertThat(broadcaster.screens(tenant, interview)).isZero();
        broadcaster.publish(tenant, new AnswerBroadcaster.Saved(interview, "has-dir", null, new Object()));
        assertThat(tablet.saved).isEmpty();
    }

    /** One instance's side of a relay that delivers at once to the other instance, as PostgreSQL does. */
    private static final class Wire implements ScreenRelay {
        final String name;

        ScreenRelay.@Nullable Listener other;

        int answersSent;

        Wire(String name) {
            this.name = name;
        }

        @Override
        public void start(Listener listener) {}

        @Override
        public void answerSaved(TenantId t, InterviewId i, String question) {
            answersSent++;
            if (other != null) {
                other.answerSaved(t, i, question);
            }
        }

        @Override
        public void screensHere(TenantId t, InterviewId i, int count) {
            if (other != null) {
                other.screensElsewhere(name, t, i, count);
            }
        }
    }

    @Test
    void screens_on_two_instances_count_each_other_hear_answers_as_stored_and_a_silent_instance_is_forgotten() {
        long[] clock = {0};
        Answer stored = new Answer.Choice("no", "as stored");
        Wire toB = new Wire("a");
        Wire toA = new Wire("b");
        AnswerBroadcaster a = new AnswerBroadcaster(toB, (t, i, q) -> Optional.of(stored), () -> clock[0]);
        AnswerBroadcaster b = new AnswerBroadcaster(toA, (t, i, q) -> Optional.of(stored), () -> clock[0]);
        toB.other = b;
        toA.other = a;
        ScreenRecorder laptop = new ScreenRecorder();
        ScreenRecorder tablet = new ScreenRecorder();

        a.register(tenant, interview, laptop);
        a.publish(tenant, new AnswerBroadcaster.Saved(interview, "has-dir", stored, laptop));
        assertThat(toB.answersSent).as("no screen elsewhere: nothing to relay").isZero();

        b.register(tenant, interview, tablet);
        assertThat(a.screens(tenant, interview)).isEqualTo(2);
        assertThat(laptop.counts).containsExactly(1, 2);
        assertThat(tablet.counts).containsExactly(2);

        a.publish(tenant, new AnswerBroadcaster.Saved(interview, "has-dir", new Answer.Choice("no", null), laptop));
        assertThat(tablet.saved).hasSize(1);
        assertThat(tablet.saved.getFirst().answer()).as("read as stored").isEqualTo(stored);
        assertThat(tablet.saved.getFirst().origin()).isSameAs(AnswerBroadcaster.ANOTHER_INSTANCE);
        assertThat(laptop.saved).isEmpty();

        // b dies without a word: a repeats its own count, b does not, and after three heartbeats b's is forgotten
        toA.other = null;
        clock[0] += 2 * ScreenRelay.HEARTBEAT.toNanos();
        a.heartbeat();
        assertThat(a.screens(tenant, interview)).isEqualTo(2);
        clock[0] += 2 * ScreenRelay.HEARTBEAT.toNanos();
        a.heartbeat();
        assertThat(a.screens(tenant, interview)).isEqualTo(1);
        assertThat(laptop.counts).endsWith(1);
    }
}
