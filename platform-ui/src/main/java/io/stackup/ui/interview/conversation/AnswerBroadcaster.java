package io.stackup.ui.interview.conversation;

import com.vaadin.flow.shared.Registration;
import io.stackup.core.interview.InterviewId;
import io.stackup.core.interview.RelayedAnswers;
import io.stackup.core.template.Answer;
import io.stackup.core.tenancy.TenantId;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Tells the other screens open on the same interview (another device of the interviewer) that an answer was saved, so
 * they show it at once, and tells every screen of an interview how many screens it is open on, so a screen keeps a
 * push connection only while it shares its interview ({@link ConversationView}). Keyed by tenant and interview, so a
 * screen only ever hears of its own interview. Screens register when attached and unregister when detached: nothing is
 * left behind.
 *
 * <p>Across instances: the screens of one interview may be served by different application instances. The
 * {@link ScreenRelay} tells the others how many screens each interview is open on here, and of each answer saved here
 * while another instance holds a screen of that interview; an instance that hears of an answer reads it from the
 * database for its own screens. A count no instance repeated for three heartbeats (an instance that died) is forgotten.
 */
@Component
class AnswerBroadcaster implements ScreenRelay.Listener {

    /** An answer saved by one screen; {@code answer} is {@code null} when it was removed. */
    record Saved(
            InterviewId interview,
            String question,
            @Nullable Answer answer,
            Object origin) {}

    /** A screen open on an interview. Called from any thread: a screen hands the work to its own UI. */
    interface Screen {

        /** Another screen saved an answer of this interview. */
        void saved(Saved saved);

        /** The interview is now open on this many screens (this one included). */
        void screens(int count);
    }

    /** Reads an answer as stored, for this instance's screens when another instance saved it. */
    @FunctionalInterface
    interface AnswerLookup {
        Optional<Answer> current(TenantId tenant, InterviewId interview, String question);
    }

    /** The origin of an answer saved on a screen of another instance: no screen here, so every screen hears of it. */
    static final Object ANOTHER_INSTANCE = new Object();

    private record Key(TenantId tenant, InterviewId interview) {}

    /** Another instance's screen count for an interview and when it said so ({@link System#nanoTime()}). */
    private record Elsewhere(int count, long saidAt) {}

    private final Map<Key, Set<Screen>> screens = new ConcurrentHashMap<>();
    private final Map<Key, Map<String, Elsewhere>> elsewhere = new ConcurrentHashMap<>();
    private final ScreenRelay relay;
    private final AnswerLookup answers;
    private final LongSupplier nanoClock;

    @Autowired
    AnswerBroadcaster(ScreenRelay relay, RelayedAnswers answers) {
        this(relay, answers::current, System::nanoTime);
    }

    AnswerBroadcaster(ScreenRelay relay, AnswerLookup answers, LongSupplier nanoClock) {
        this.relay = relay;
        this.answers = answers;
        this.nanoClock = nanoClock;
        relay.start(this);
    }

    Registration register(TenantId tenant, InterviewId interview, Screen screen) {
        Key key = new Key(tenant, interview);
        screens.computeIfAbsent(key, k -> new CopyOnWriteArraySet<>()).add(screen);
        changedHere(key);
        return () -> {
            screens.computeIfPresent(key, (k, set) -> {
                set.remove(screen);
                return set.isEmpty() ? null : set;
            });
            changedHere(key);
        };
    }

    void publish(TenantId tenant, Saved saved) {
        Key key = new Key(tenant, saved.interview());
        Set<Screen> set = screens.get(key);
        if (set != null) {
            set.stream().filter(screen -> screen != saved.origin()).forEach(screen -> screen.saved(saved));
        }
        if (elsewhere.containsKey(key)) {
            relay.answerSaved(tenant, saved.interview(), saved.question());
        }
    }

    /** How many screens the interview is open on, on every instance. */
    int screens(TenantId tenant, InterviewId interview) {
        Key key = new Key(tenant, interview);
        return here(key) + elsewhere(key);
    }

    // ---- what the relay tells
    // ---------------------------------------------------------------------------------------

    @Override
    public void answerSaved(TenantId tenant, InterviewId interview, String question) {
        Set<Screen> set = screens.get(new Key(tenant, interview));
        if (set == null || set.isEmpty()) {
            return;
        }
        Saved saved = new Saved(
                interview,
                question,
                answers.current(tenant, interview, question).orElse(null),
                ANOTHER_INSTANCE);
        set.forEach(screen -> screen.saved(saved));
    }

    @Override
    public void screensElsewhere(String instance, TenantId tenant, InterviewId interview, int count) {
        Key key = new Key(tenant, interview);
        if (count > 0) {
            elsewhere.computeIfAbsent(key, k -> new ConcurrentHashMap<>()).put(instance, new Elsewhere(count, now()));
        } else {
            elsewhere.computeIfPresent(key, (k, counts) -> {
                counts.remove(instance);
                return counts.isEmpty() ? null : counts;
            });
        }
        count(key);
    }

    @Override
    public void announceAll() {
        screens.forEach((key, set) -> relay.screensHere(key.tenant(), key.interview(), set.size()));
    }

    @Override
    public void heartbeat() {
        announceAll();
        long forgetBefore = now() - 3 * ScreenRelay.HEARTBEAT.toNanos();
        for (Key key : elsewhere.keySet()) {
            boolean[] forgot = {false};
            elsewhere.computeIfPresent(key, (k, counts) -> {
                forgot[0] = counts.values().removeIf(said -> said.saidAt() - forgetBefore < 0);
                return counts.isEmpty() ? null : counts;
            });
            if (forgot[0]) {
                count(key);
            }
        }
    }

    // ---- counting
    // ---------------------------------------------------------------------------------------------------

    private void changedHere(Key key) {
        relay.screensHere(key.tenant(), key.interview(), here(key));
        count(key);
    }

    private int here(Key key) {
        Set<Screen> set = screens.get(key);
        return set == null ? 0 : set.size();
    }

    private int elsewhere(Key key) {
        Map<String, Elsewhere> counts = elsewhere.get(key);
        return counts == null
                ? 0
                : counts.values().stream().mapToInt(Elsewhere::count).sum();
    }

    private void count(Key key) {
        Set<Screen> set = screens.get(key);
        if (set != null) {
            int count = set.size() + elsewhere(key);
            set.forEach(screen -> screen.screens(count));
        }
    }

    private long now() {
        return nanoClock.getAsLong();
    }
}
