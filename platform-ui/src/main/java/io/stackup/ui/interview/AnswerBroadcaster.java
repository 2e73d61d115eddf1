package io.stackup.ui.interview;

import com.vaadin.flow.shared.Registration;
import io.stackup.core.interview.InterviewId;
import io.stackup.core.template.Answer;
import io.stackup.core.tenancy.TenantId;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Tells the other screens open on the same interview (another device of the interviewer) that an answer was saved, so
 * they show it at once. In memory, per application instance; keyed by tenant and interview, so a screen only ever
 * hears of its own interview. Screens register when attached and unregister when detached: nothing is left behind.
 */
@Component
class AnswerBroadcaster {

    /** An answer saved by one screen; {@code answer} is {@code null} when it was removed. */
    record Saved(
            InterviewId interview,
            String question,
            @Nullable Answer answer,
            Object origin) {}

    private record Key(TenantId tenant, InterviewId interview) {}

    private final Map<Key, Set<Consumer<Saved>>> listeners = new ConcurrentHashMap<>();

    Registration register(TenantId tenant, InterviewId interview, Consumer<Saved> listener) {
        Key key = new Key(tenant, interview);
        listeners.computeIfAbsent(key, k -> new CopyOnWriteArraySet<>()).add(listener);
        return () -> listeners.computeIfPresent(key, (k, set) -> {
            set.remove(listener);
            return set.isEmpty() ? null : set;
        });
    }

    void publish(TenantId tenant, Saved saved) {
        Set<Consumer<Saved>> set = listeners.get(new Key(tenant, saved.interview()));
        if (set != null) {
            set.forEach(listener -> listener.accept(saved));
        }
    }

    int listenerCount() {
        return listeners.values().stream().mapToInt(Set::size).sum();
    }
}
