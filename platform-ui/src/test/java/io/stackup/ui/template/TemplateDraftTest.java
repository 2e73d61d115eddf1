package io.stackup.ui.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stackup.core.template.Template;
import io.stackup.core.template.TemplateReader;
import io.stackup.core.template.TemplateValidationException;
import io.stackup.core.template.TemplateWriter;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The editor's working copy gives back exactly the template it was made from, and an edit the validator can judge. */
class TemplateDraftTest {

    @ParameterizedTest
    @ValueSource(strings = {"core-infrastructure-optimization.yaml", "information-security-maturity.yaml"})
    void a_draft_of_a_template_gives_back_an_equal_template(String file) throws IOException {
        Template starter = starter(file);

        assertThat(TemplateDraft.of(starter).toTemplate()).isEqualTo(starter);
    }

    @ParameterizedTest
    @ValueSource(strings = {"core-infrastructure-optimization.yaml"})
    void a_blank_level_key_is_named_at_its_path(String file) throws IOException {
        TemplateDraft draft = TemplateDraft.of(starter(file));
        draft.levels.getFirst().key = "";

        assertThatThrownBy(() -> TemplateReader.readJson(TemplateWriter.write(draft.toTemplate())))
                .isInstanceOf(TemplateValidationException.class)
                .satisfies(e -> assertThat(((TemplateValidationException) e).problems())
                        .anySatisfy(p -> assertThat(p.path()).isEqualTo("$.scale.levels[0].key")));
    }

    private static Template starter(String file) throws IOException {
        try (InputStream in = TemplateDraftTest.class.getResourceAsStream("/starters/" + file)) {
            return TemplateReader.read(in.readAllBytes(), TemplateReader.Syntax.YAML);
        }
    }
}
