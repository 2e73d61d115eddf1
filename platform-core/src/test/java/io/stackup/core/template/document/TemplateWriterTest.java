package io.stackup.core.template.document;

import static io.stackup.core.template.document.TemplateDocs.JSON;
import static io.stackup.core.template.document.TemplateDocs.array;
import static io.stackup.core.template.document.TemplateDocs.miniIo;
import static io.stackup.core.template.document.TemplateDocs.miniIoTree;
import static io.stackup.core.template.document.TemplateDocs.object;
import static org.assertj.core.api.Assertions.assertThat;

import io.stackup.core.template.Template;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

class TemplateWriterTest {

    @Test
    void the_example_round_trips() {
        Template template = TemplateReader.readJson(miniIo());

        assertThat(TemplateReader.readJson(TemplateWriter.write(template))).isEqualTo(template);
    }

    @Test
    void export_of_the_example_equals_the_example_up_to_defaults_made_explicit_and_key_order() {
        ObjectNode expected = miniIoTree();
        expected.put("language", "en");
        expected.putObject("scoring").put("mode", "gated");
        object(expected, "/areas/0/capabilities/0").put("weight", 1);
        for (int i = 0; i < 3; i++) {
            object(expected, "/questionnaire/sections/0/questions/" + i)
                    .put("required", true)
                    .put("weight", 1);
        }
        for (int i = 0; i < 3; i++) {
            object(expected, "/questionnaire/sections/0/questions/1/options/" + i)
                    .put("points", 0);
        }
        object(expected, "/qualification").putArray("require");

        String written = TemplateWriter.write(TemplateReader.readJson(miniIo()));

        assertThat(JSON.readTree(written)).isEqualTo(expected);
    }

    @Test
    void keys_are_written_in_the_order_of_the_spec_and_integers_without_a_fraction() {
        String written = TemplateWriter.write(TemplateReader.readJson(miniIo()));

        assertThat(List.copyOf(JSON.readTree(written).propertyNames()))
                .containsExactly(
                        "format",
                        "key",
                        "name",
                        "version",
                        "language",
                        "scale",
                        "scoring",
                        "defaultTarget",
                        "areas",
                        "questionnaire",
                        "qualification");
        assertThat(List.copyOf(JSON.readTree(written)
                        .at("/questionnaire/sections/0/questions/0")
                        .propertyNames()))
                .containsExactly("key", "capability", "text", "type", "required", "weight", "requires");
        assertThat(written)
                .startsWith("{\n  \"format\": \"stackup-template/1\",\n")
                .contains("\"threshold\": 5,")
                .contains("\"weight\": 1,")
                .doesNotContain(".0,")
                .doesNotContain(".0\n");
    }

    @Test
    void fractions_keep_every_digit() {
        Template template = TemplateReader.readJson(TemplateDocs.miniIoWith(root -> {
            object(root, "/areas/0/capabilities/0").put("weight", 1.0 / 3);
            object(root, "/qualification").put("threshold", 1e-7);
            array(root, "/qualification/rules")
                    .addObject()
                    .put("points", -2.5)
                    .putObject("when")
                    .put("totalGapAtLeast", 0);
        }));

        String written = TemplateWriter.write(template);

        assertThat(written).contains("0.3333333333333333").contains("1.0E-7").contains("-2.5");
        assertThat(TemplateReader.readJson(written)).isEqualTo(template);
    }

    @Test
    void a_large_template_with_every_feature_round_trips() {
        Template template = LargeTemplate.create();

        String written = TemplateWriter.write(template);
        Template read = TemplateReader.readJson(written);

        assertThat(written.getBytes(StandardCharsets.UTF_8).length).isLessThan(TemplateReader.MAX_DOCUMENT_BYTES);
        assertThat(read.questionnaire().questions()).hasSize(2000);
        assertThat(read.areas().stream()
                        .mapToInt(area -> area.capabilities().size())
                        .sum())
                .isEqualTo(500);
        assertThat(read).isEqualTo(template);
        assertThat(TemplateWriter.write(read)).isEqualTo(written);
    }
}
