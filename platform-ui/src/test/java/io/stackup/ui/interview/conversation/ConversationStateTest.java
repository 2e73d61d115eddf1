package io.stackup.ui.interview.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import io.stackup.core.template.Answer;
import io.stackup.core.template.Question;
import io.stackup.core.template.Section;
import io.stackup.core.template.document.TemplateReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Moving through a conversation without a screen: two sections, "Directory" (has-dir, then provisioning, shown only
 * when has-dir is yes) and "Money" (budget).
 */
class ConversationStateTest {

    static final List<Section> SECTIONS = sections();

    @Test
    void a_new_conversation_opens_at_the_first_question_and_a_resumed_one_after_the_one_answered_last() {
        ConversationState fresh = state(Map.of(), false);
        assertThat(fresh.resumeAt(null)).isEqualTo("has-dir");

        ConversationState resumed = state(Map.of("has-dir", new Answer.Choice("yes", null)), false);
        assertThat(resumed.resumeAt("has-dir")).isEqualTo("provisioning");
        assertThat(resumed.resumeAt("budget")).as("the last stays the last").isEqualTo("budget");
        assertThat(resumed.resumeAt("gone")).as("a question no longer visible").isEqualTo("has-dir");
    }

    @Test
    void steps_skip_hidden_questions_and_stop_at_either_end() {
        ConversationState state = state(Map.of(), false);
        assertThat(state.visibleOrder()).containsExactly("has-dir", "budget");
        assertThat(state.step(1, "has-dir")).isEqualTo("budget");
        assertThat(state.step(1, "budget")).isEqualTo("budget");
        assertThat(state.step(-1, "has-dir")).isEqualTo("has-dir");
        assertThat(state.step(1, "")).as("from nowhere: the first").isEqualTo("has-dir");

        state.put("has-dir", new Answer.Choice("yes", null));
        assertThat(state.step(1, "has-dir")).isEqualTo("provisioning");
    }

    @Test
    void moving_to_another_section_draws_it_and_within_a_section_draws_nothing_new() {
        ConversationState state = state(Map.of(), false);
        assertThat(state.moveTo("has-dir")).as("nothing drawn yet").isTrue();
        assertThat(state.draw(state.section()))
                .extracting(c -> c.question().key(), ConversationState.Card::position, ConversationState.Card::visible)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("has-dir", 1, true),
                        org.assertj.core.groups.Tuple.tuple("provisioning", 2, false));
        assertThat(state.moveTo("provisioning")).isFalse();
        assertThat(state.moveTo("budget")).isTrue();
        assertThat(state.section()).isEqualTo(1);
        assertThat(state.draw(1)).extracting(ConversationState.Card::position).containsExactly(3);
        assertThat(state.current()).isEqualTo("budget");
    }

    @Test
    void one_question_at_a_time_draws_only_the_current_card_and_moves_on_when_it_is_hidden() {
        ConversationState state = state(Map.of("has-dir", new Answer.Choice("yes", null)), true);
        state.moveTo("provisioning");
        assertThat(state.draw(0)).extracting(c -> c.question().key()).containsExactly("provisioning");
        assertThat(state.moveTo("provisioning")).as("always drawn again").isTrue();

        ConversationState.Change change = state.put("has-dir", new Answer.Choice("no", null));
        assertThat(change.visibility()).isTrue();
        assertThat(change.drawnCards()).isTrue();
        assertThat(state.drawnVisible()).isEmpty();
        assertThat(state.currentHidden()).isTrue();
    }

    @Test
    void an_answer_that_changes_no_visibility_says_so_and_a_note_alone_counts_as_no_answer() {
        ConversationState state = state(Map.of(), false);
        state.moveTo("has-dir");
        state.draw(0);
        ConversationState.Change change = state.put("budget", new Answer.NoteOnly("ask the CFO"));
        assertThat(change.visibility()).isFalse();
        assertThat(change.drawnCards()).isFalse();
        assertThat(state.done()).isZero();

        state.put("budget", new Answer.Choice("yes", "ask the CFO"));
        state.put("has-dir", new Answer.Choice("yes", null));
        assertThat(state.done()).isEqualTo(2);
        assertThat(state.visibleOrder()).hasSize(3);
        state.put("has-dir", null);
        assertThat(state.answers()).containsOnlyKeys("budget");
    }

    @Test
    void each_section_tells_how_many_of_its_visible_questions_are_answered() {
        ConversationState state =
                state(Map.of("has-dir", new Answer.Choice("no", null), "budget", new Answer.Choice("no", null)), false);
        state.moveTo("budget");
        state.draw(1);
        assertThat(state.sections())
                .containsExactly(
                        new ConversationState.SectionProgress("directory", "Directory", 1, 1, false),
                        new ConversationState.SectionProgress("money", "Money", 1, 1, true));
        assertThat(state.sections()).allMatch(ConversationState.SectionProgress::complete);
        assertThat(state.firstVisibleIn(0)).isEqualTo("has-dir");
        assertThat(state.text("budget")).isNotBlank().isNotEqualTo("budget");
        assertThat(state.text("gone")).isEqualTo("gone");
    }

    private static ConversationState state(Map<String, Answer> answers, boolean oneAtATime) {
        return new ConversationState(
                SECTIONS,
                given -> {
                    List<String> visible = new ArrayList<>(List.of("has-dir", "budget"));
                    if (given.get("has-dir") instanceof Answer.Choice c
                            && c.option().equals("yes")) {
                        visible.add("provisioning");
                    }
                    return visible;
                },
                answers,
                oneAtATime);
    }

    private static List<Section> sections() {
        try (InputStream in = ConversationStateTest.class.getResourceAsStream("/templates/mini-io.json")) {
            List<Question> questions = TemplateReader.readJson(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                    .questionnaire()
                    .questions()
                    .toList();
            Map<String, Question> byKey = new java.util.HashMap<>();
            questions.forEach(q -> byKey.put(q.key(), q));
            return List.of(
                    new Section("directory", "Directory", List.of(byKey.get("has-dir"), byKey.get("provisioning"))),
                    new Section("money", "Money", List.of(byKey.get("budget"))));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
