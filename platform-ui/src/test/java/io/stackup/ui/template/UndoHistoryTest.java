package io.stackup.ui.template;

import static org.assertj.core.api.Assertions.assertThat;

import io.stackup.core.template.Template;
import io.stackup.core.template.document.TemplateReader;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** The editor's undo: one step per real change, newest first, at most twenty kept. */
class UndoHistoryTest {

    @Test
    void undo_walks_back_through_real_changes_only_and_keeps_twenty() throws IOException {
        Template start = named("v0");
        UndoHistory history = new UndoHistory();
        history.reset(start);
        history.record(start);
        assertThat(history.undo()).as("an unchanged draft records nothing").isEmpty();

        for (int i = 1; i <= 25; i++) {
            history.record(named("v" + i));
        }
        for (int i = 24; i >= 5; i--) {
            assertThat(history.undo()).map(Template::name).contains("v" + i);
        }
        assertThat(history.undo()).as("only the last twenty changes are kept").isEmpty();
    }

    @Test
    void a_restored_copy_undoes_to_the_stored_draft() throws IOException {
        UndoHistory history = new UndoHistory();
        history.resetOnto(named("stored"), named("restored"));
        history.record(named("edited"));

        assertThat(history.undo()).map(Template::name).contains("restored");
        assertThat(history.undo()).map(Template::name).contains("stored");
        assertThat(history.undo()).isEmpty();
    }

    private static Template named(String name) throws IOException {
        try (InputStream in =
                UndoHistoryTest.class.getResourceAsStream("/starters/core-infrastructure-optimization.yaml")) {
            TemplateDraft draft = TemplateDraft.of(TemplateReader.read(in.readAllBytes(), TemplateReader.Syntax.YAML));
            draft.name = name;
            return draft.toTemplate();
        }
    }
}
