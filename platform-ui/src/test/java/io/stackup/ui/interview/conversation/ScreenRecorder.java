package io.stackup.ui.interview.conversation;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A screen for tests: records what it was told, from any thread. */
final class ScreenRecorder implements AnswerBroadcaster.Screen {

    final List<AnswerBroadcaster.Saved> saved = new CopyOnWriteArrayList<>();
    final List<Integer> counts = new CopyOnWriteArrayList<>();

    @Override
    public void saved(AnswerBroadcaster.Saved s) {
        saved.add(s);
    }

    @Override
    public void screens(int count) {
        counts.add(count);
    }

    /** The count it was told last; 0 before any. */
    int lastCount() {
        return counts.isEmpty() ? 0 : counts.getLast();
    }
}
