package io.stackup.ui.template;

import io.stackup.core.template.Template;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The editor's undo: the draft as it was before each of the last {@value #DEPTH} changes. A snapshot is the template
 * record, cheap next to a re-render of the tab.
 */
final class UndoHistory {

    static final int DEPTH = 20;

    private final Deque<Template> before = new ArrayDeque<>();
    private @Nullable Template last;

    /** Starts over from the draft as it stands: nothing to undo. */
    void reset(Template now) {
        before.clear();
        last = now;
    }

    /** Starts over from {@code now}, with one step back to {@code base} (a restored copy undoes to the stored draft). */
    void resetOnto(Template base, Template now) {
        reset(now);
        before.push(base);
    }

    /** Records the draft after a change; an unchanged draft records nothing. */
    void record(Template now) {
        if (last != null && !last.equals(now)) {
            before.push(last);
            while (before.size() > DEPTH) {
                before.removeLast();
            }
        }
        last = now;
    }

    /** The draft before the last recorded change, which becomes the current one; empty when there is none. */
    Optional<Template> undo() {
        if (before.isEmpty()) {
            return Optional.empty();
        }
        Template previous = before.pop();
        last = previous;
        return Optional.of(previous);
    }
}
