package io.stackup.ui.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stackup.core.template.Template;
import io.stackup.core.template.TemplateId;
import io.stackup.core.template.TemplateValidationException;
import io.stackup.core.template.document.TemplateReader;
import io.stackup.core.template.document.TemplateWriter;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The unsaved copy the browser keeps: bound to tenant, person and template, and read back as it was, even invalid. */
class EditorCopyTest {

    @Test
    void the_key_names_the_tenant_the_person_and_the_template() {
        UUID id = UUID.fromString("7f1c1a52-8f8e-4e57-9a4f-3d1f1c2b9a10");

        assertThat(EditorCopy.key("t-1", "u-2", new TemplateId(id)))
                .isEqualTo("stackup.editor-draft.t-1.u-2.7f1c1a52-8f8e-4e57-9a4f-3d1f1c2b9a10");
    }

    @Test
    void an_invalid_working_copy_comes_back_with_its_lock_version_and_time() throws IOException {
        TemplateDraft draft = TemplateDraft.of(starter());
        draft.name = "";
        draft.levels.getFirst().key = "Not a key";
        Template invalid = draft.toTemplate();
        assertThatThrownBy(() -> TemplateReader.readJson(TemplateWriter.write(invalid)))
                .isInstanceOf(TemplateValidationException.class);
        Instant at = Instant.parse("2026-12-01T10:15:30Z");

        EditorCopy.Copy copy = EditorCopy.decode(EditorCopy.encode(7, at, TemplateWriter.write(invalid)))
                .orElseThrow();

        assertThat(copy.lockVersion()).isEqualTo(7);
        assertThat(copy.savedAt()).isEqualTo(at);
        assertThat(copy.template()).isEqualTo(invalid);
        assertThat(TemplateDraft.of(copy.template()).toTemplate()).isEqualTo(invalid);
    }

    @Test
    void nothing_is_offered_for_no_value_or_one_that_cannot_be_read() {
        assertThat(EditorCopy.decode(null)).isEmpty();
        assertThat(EditorCopy.decode("")).isEmpty();
        assertThat(EditorCopy.decode("{\"lockVersion\": 1, \"savedAt\": \"yesterday\", \"template\": {}}"))
                .isEmpty();
        assertThat(EditorCopy.decode("{\"lockVersion\": 1, \"savedAt\": \"2026-12-01T10:15:30Z\"}"))
                .isEmpty();
        assertThat(EditorCopy.decode("{\"lockVersion\": 1, \"savedAt\": \"2026-12-01T10:15:30Z\", \"template\": [1]}"))
                .isEmpty();
        assertThat(EditorCopy.decode("{not json")).isEmpty();
    }

    private static Template starter() throws IOException {
        try (InputStream in =
                EditorCopyTest.class.getResourceAsStream("/starters/core-infrastructure-optimization.yaml")) {
            return TemplateReader.read(in.readAllBytes(), TemplateReader.Syntax.YAML);
        }
    }
}
