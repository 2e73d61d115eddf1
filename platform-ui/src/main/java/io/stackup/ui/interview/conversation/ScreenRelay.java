package io.stackup.ui.interview.conversation;

import io.stackup.core.interview.InterviewId;
import io.stackup.core.tenancy.TenantId;
import java.time.Duration;

/**
 * Carries {@link AnswerBroadcaster}'s news between application instances: an interview's screens may be served by
 * different instances (a tablet and a laptop behind a load balancer). Delivery is best effort, as a screen's push is:
 * a screen that missed a message still shows every saved answer when it is opened again.
 */
interface ScreenRelay {

    /** What a relay tells its instance's broadcaster. Called from the relay's own thread. */
    interface Listener {

        /** Another instance saved or removed the answer to {@code question}. */
        void answerSaved(TenantId tenant, InterviewId interview, String question);

        /** Another instance ({@code instance}) now has the interview open on {@code count} screens (0: none). */
        void screensElsewhere(String instance, TenantId tenant, InterviewId interview, int count);

        /**
         * The relay (re)joined the instances, or another instance asked: announce every open interview's screen count
         * again.
         */
        void announceAll();

        /** Called every {@link #HEARTBEAT}: announce again and forget counts no instance repeated since. */
        void heartbeat();
    }

    /** How often an instance repeats its screen counts; a count not repeated for three heartbeats is forgotten. */
    Duration HEARTBEAT = Duration.ofSeconds(20);

    /** Starts delivering to {@code listener}. */
    void start(Listener listener);

    /** Tells the other instances that the answer to {@code question} was saved or removed here. */
    void answerSaved(TenantId tenant, InterviewId interview, String question);

    /** Tells the other instances how many screens the interview is open on here. */
    void screensHere(TenantId tenant, InterviewId interview, int count);

    /** A relay for a single instance: nothing to tell, nothing to hear. */
    ScreenRelay NONE = new ScreenRelay() {
        @Override
        public void start(Listener listener) {}

        @Override
        public void answerSaved(TenantId tenant, InterviewId interview, String question) {}

        @Override
        public void screensHere(TenantId tenant, InterviewId interview, int count) {}
    };
}
