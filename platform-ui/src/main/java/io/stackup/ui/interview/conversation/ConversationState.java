package io.stackup.ui.interview.conversation;

import io.stackup.core.template.Answer;
import io.stackup.core.template.Question;
import io.stackup.core.template.Section;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Where one conversation stands, without any screen: the answers held, which questions are visible, which section is
 * shown and which question is current, which cards are drawn, and the progress per section. The view draws what this
 * says; every rule about moving around lives here, tested without a browser ({@code ConversationStateTest}).
 *
 * <p>Not thread-safe: one screen's UI thread owns it.
 */
final class ConversationState {

    /** One card to draw: the question, its number in the whole questionnaire (from 1) and whether it is visible. */
    record Card(Question question, int position, boolean visible) {}

    /** A section's tab: how many of its visible questions are answered. */
    record SectionProgress(String key, String title, int done, int shown, boolean current) {

        /** Every visible question answered (and at least one visible). */
        boolean complete() {
            return shown > 0 && done == shown;
        }
    }

    /** What an answer changed: the visible questions, and among them the drawn cards'. */
    record Change(boolean visibility, boolean drawnCards) {}

    private final List<Section> sections;
    private final Function<Map<String, Answer>, ? extends Collection<String>> visibility;
    private final Map<String, Answer> answers = new LinkedHashMap<>();
    private final List<String> drawn = new ArrayList<>();
    private Set<String> visible;
    private int section;
    private @Nullable String current;
    private boolean oneAtATime;

    /**
     * @param visibility the visible question keys for some answers (the template's {@code showIf} rules)
     */
    ConversationState(
            List<Section> sections,
            Function<Map<String, Answer>, ? extends Collection<String>> visibility,
            Map<String, Answer> answers,
            boolean oneAtATime) {
        this.sections = List.copyOf(sections);
        this.visibility = visibility;
        this.answers.putAll(answers);
        this.oneAtATime = oneAtATime;
        this.visible = new HashSet<>(visibility.apply(this.answers));
    }

    Map<String, Answer> answers() {
        return Collections.unmodifiableMap(answers);
    }

    boolean oneAtATime() {
        return oneAtATime;
    }

    @Nullable
    String current() {
        return current;
    }

    int section() {
        return section;
    }

    boolean isDrawn(String key) {
        return drawn.contains(key);
    }

    boolean answered(String key) {
        Answer answer = answers.get(key);
        return answer != null && answer.isAnswered();
    }

    /** The visible questions in questionnaire order. */
    List<String> visibleOrder() {
        List<String> order = new ArrayList<>();
        for (Section s : sections) {
            for (Question q : s.questions()) {
                if (visible.contains(q.key())) {
                    order.add(q.key());
                }
            }
        }
        return order;
    }

    /** Where a conversation reopens: at the first visible question after the one answered last, else the first. */
    @Nullable
    String resumeAt(@Nullable String answeredLast) {
        List<String> order = visibleOrder();
        if (order.isEmpty()) {
            return null;
        }
        int at = answeredLast == null ? -1 : order.indexOf(answeredLast);
        return at < 0 ? order.getFirst() : order.get(Math.min(at + 1, order.size() - 1));
    }

    /**
     * The visible question one step forward (positive) or back (negative) from {@code from} (or the current one),
     * stopping at either end; {@code null} when nothing is visible.
     */
    @Nullable
    String step(int direction, @Nullable String from) {
        List<String> order = visibleOrder();
        if (order.isEmpty()) {
            return null;
        }
        String start = from == null || from.isEmpty() ? current : from;
        int at = start == null ? -1 : order.indexOf(start);
        return order.get(Math.max(0, Math.min(order.size() - 1, at + Integer.signum(direction))));
    }

    /** The first visible question of a section, or {@code null}. */
    @Nullable
    String firstVisibleIn(int index) {
        return sections.get(index).questions().stream()
                .map(Question::key)
                .filter(visible::contains)
                .findFirst()
                .orElse(null);
    }

    /**
     * Makes the question current. {@code true} when the cards must be drawn again: it lies in another section, one
     * question is shown at a time, or nothing is drawn yet.
     */
    boolean moveTo(String key) {
        int index = sectionOf(key);
        boolean redraw = index != section || oneAtATime || drawn.isEmpty();
        current = key;
        section = index;
        return redraw;
    }

    /** Makes the question (or none) current without changing section: a tap on a card, a section's first question. */
    void setCurrent(@Nullable String key) {
        current = key;
    }

    /** Shows a section: the cards to draw (all of it, or only the current question one at a time). */
    List<Card> draw(int index) {
        section = index;
        drawn.clear();
        int position = 1;
        for (Section s : sections.subList(0, index)) {
            position += s.questions().size();
        }
        List<Card> cards = new ArrayList<>();
        for (Question question : sections.get(index).questions()) {
            if (!oneAtATime || question.key().equals(current)) {
                cards.add(new Card(question, position, visible.contains(question.key())));
                drawn.add(question.key());
            }
            position++;
        }
        return cards;
    }

    /** Switches between a whole section and one question at a time; the cards must be drawn again. */
    void toggleMode() {
        oneAtATime = !oneAtATime;
        drawn.clear();
    }

    /** Takes in a question's stored state ({@code null}: no answer and no note) and works out what became visible. */
    Change put(String key, @Nullable Answer answer) {
        if (answer == null) {
            answers.remove(key);
        } else {
            answers.put(key, answer);
        }
        Set<String> before = visible;
        visible = new HashSet<>(visibility.apply(answers));
        boolean drawnCards = drawn.stream().anyMatch(k -> before.contains(k) != visible.contains(k));
        return new Change(!before.equals(visible), drawnCards);
    }

    /** Whether the current question was just hidden while one question is shown at a time: move on then. */
    boolean currentHidden() {
        return oneAtATime && current != null && !visible.contains(current);
    }

    /** The drawn cards that are visible. */
    List<String> drawnVisible() {
        return drawn.stream().filter(visible::contains).toList();
    }

    List<SectionProgress> sections() {
        List<SectionProgress> tabs = new ArrayList<>();
        for (int i = 0; i < sections.size(); i++) {
            Section s = sections.get(i);
            List<String> shown = s.questions().stream()
                    .map(Question::key)
                    .filter(visible::contains)
                    .toList();
            int done = (int) shown.stream().filter(this::answered).count();
            tabs.add(new SectionProgress(s.key(), s.title(), done, shown.size(), i == section));
        }
        return tabs;
    }

    /** Answered visible questions. */
    int done() {
        return (int) visibleOrder().stream().filter(this::answered).count();
    }

    /** The question's text, or its key when the questionnaire has no such question. */
    String text(String key) {
        return sections.stream()
                .flatMap(s -> s.questions().stream())
                .filter(q -> q.key().equals(key))
                .findFirst()
                .map(Question::text)
                .orElse(key);
    }

    private int sectionOf(String key) {
        for (int i = 0; i < sections.size(); i++) {
            if (sections.get(i).questions().stream().anyMatch(q -> q.key().equals(key))) {
                return i;
            }
        }
        return section;
    }
}
