package io.stackup.ui.interview.conversation;

import com.vaadin.flow.shared.Registration;
import io.stackup.core.interview.InterviewId;
import io.stackup.core.template.Answer;
import io.stackup.core.tenancy.TenantId;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Tells the other screens open on the same interview (another device of the interviewer) that an answer was saved, so
 * they show it at once, and tells every screen of an interview how many screens it is open on, so a screen keeps a
 * push connection only while it shares its interview ({@link ConversationView}). In memory, per application instance;
 * keyed by tenant and interview, so a screen only ever hears of its own interview. Screens register when attached and
 * unregister when detached: nothing is left behind.
 */
@Component
class AnswerBroadcaster {

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

    private record Key(TenantId tenant, InterviewId interview) {}

    private final Map<Key, Set<Screen>> screens = new ConcurrentHashMap<>();

    Registration register(TenantId tenant, InterviewId interview, Screen screen) {
        Key key = new Key(tenant, interview);
        screens.computeIfAbsent(key, k -> new CopyOnWriteArraySet<>()).add(screen);
        count(key);
        return () -> {
            screens.computeIfPresent(key, (k, set) -> {
                set.remove(screen);
                return set.isEmpty() ? null : set;
            });
            count(key);
        };
    }

    void publish(TenantId tenant, Saved saved) {
        Set<Screen> set = screens.get(new Key(tenant, saved.interview()));
        if (set != null) {
            set.stream().filter(screen -> screen != saved.origin()).forEach(screen -> screen.saved(saved));
        }
    }

    /** How many screens the interview is open on. */
    int screens(TenantId tenant, InterviewId interview) {
        Set<Screen> set = screens.get(new Key(tenant, interview));
        return set == null ? 0 : set.size();
    }

    private void count(Key key) {
        Set<Screen> set = screens.get(key);
        if (set != null) {
            int count = set.size();
            set.forEach(screen -> screen.screens(count));
        }
    }
}
