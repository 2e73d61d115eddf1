package io.stackup.core.template.document;

import static org.assertj.core.api.Assertions.assertThat;

import io.stackup.core.template.Template;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Export to YAML reads back to the same template, and the starter templates pass the same validator as imports. */
class TemplateYamlExportTest {

    @ParameterizedTest
    @ValueSource(strings = {"core-infrastructure-optimization.yaml", "information-security-maturity.yaml"})
    void a_starter_template_imports_cleanly_and_round_trips_through_json_and_yaml(String file) throws IOException {
        Template template;
        try (InputStream in = getClass().getResourceAsStream("/starters/" + file)) {
            template = TemplateReader.read(in.readAllBytes(), TemplateReader.Syntax.YAML);
        }
        assertThat(TemplateReader.readJson(TemplateWriter.write(template))).isEqualTo(template);
        assertThat(TemplateReader.readYaml(TemplateWriter.writeYaml(template))).isEqualTo(template);
    }

    @Test
    void yes_and_no_option_keys_survive_a_yaml_round_trip_as_strings() throws IOException {
        Template template;
        try (InputStream in = getClass().getResourceAsStream("/starters/core-infrastructure-optimization.yaml")) {
            template = TemplateReader.read(in.readAllBytes(), TemplateReader.Syntax.YAML);
        }
        String yaml = TemplateWriter.writeYaml(template);
        assertThat(TemplateReader.readYaml(yaml).qualification()).isEqualTo(template.qualification());
    }
}
