package io.stackup.core.template.document;

import static io.stackup.core.template.document.TemplateDocs.assertOnly;
import static io.stackup.core.template.document.TemplateDocs.miniIo;
import static io.stackup.core.template.document.TemplateDocs.problemsOfYaml;
import static org.assertj.core.api.Assertions.assertThat;

import io.stackup.core.template.Condition;
import io.stackup.core.template.Template;
import java.util.List;
import org.junit.jupiter.api.Test;

class TemplateYamlTest {

    /** The spec's example in YAML, with {@code yes} unquoted as a YAML 1.1 reader would turn into a boolean. */
    static final String MINI_IO = """
            format: stackup-template/1
            key: mini-io
            name: Mini IO
            version: "1.0.0"
            scale:
              levels:
                - { key: basic, name: Basic }
                - { key: standardized, name: Standardized }
                - { key: rationalized, name: Rationalized }
                - { key: dynamic, name: Dynamic }
            defaultTarget: rationalized
            areas:
              - key: iam
                name: Identity and Access
                capabilities:
                  - key: directory
                    name: Directory services
                    recommendations:
                      - { key: central-dir, toLevel: standardized, title: One directory for authentication, kind: product, effort: M }
                      - { key: joiner-process, toLevel: standardized, title: Written joiner/leaver process, kind: process, effort: S }
            questionnaire:
              title: Mini IO interview
              sections:
                - key: s1
                  title: Identity
                  questions:
                    - key: has-dir
                      capability: directory
                      type: yes_no
                      requires: standardized
                      text: Do you have a directory service that authenticates your users?
                    - key: provisioning
                      capability: directory
                      type: single
                      showIf: { question: has-dir, anyOf: [yes] }
                      text: How are new accounts created?
                      options:
                        - { key: manual, label: "By hand, per system", level: standardized }
                        - { key: scripted, label: Scripted from HR data, level: rationalized }
                        - { key: automatic, label: Automatically on hire, level: dynamic }
                    - key: budget
                      type: yes_no
                      text: Is there budget for this in the next 12 months?
            qualification:
              threshold: 5
              rules:
                - when: { question: budget, anyOf: [yes] }
                  points: 3
                  label: budget
                - when: { area: iam, gapAtLeast: 1 }
                  points: 2
                  label: IAM gap
            """;

    @Test
    void the_example_in_yaml_reads_as_the_same_template_as_in_json() {
        assertThat(TemplateReader.readYaml(MINI_IO)).isEqualTo(TemplateReader.readJson(miniIo()));
    }

    @Test
    void yes_and_no_stay_strings() {
        Template template = TemplateReader.readYaml(MINI_IO.replace("name: Mini IO", "name: no"));

        assertThat(template.name()).isEqualTo("no");
        assertThat(template.qualification().rules().getFirst().when())
                .isEqualTo(new Condition.AnyOf("budget", List.of("yes")));
    }

    @Test
    void an_unquoted_version_0_9_is_a_number_and_rejected() {
        assertOnly(
                problemsOfYaml(MINI_IO.replace("version: \"1.0.0\"", "version: 0.9")),
                "$.version",
                "must be a string, not a number");
        assertThat(TemplateReader.readYaml(MINI_IO.replace("version: \"1.0.0\"", "version: '0.9'"))
                        .version())
                .isEqualTo("0.9");
    }

    @Test
    void a_boolean_where_a_string_belongs_is_rejected_and_yes_is_not_a_boolean() {
        assertOnly(problemsOfYaml(MINI_IO.replace("name: Mini IO", "name: true")), "$.name", "not a boolean");
        assertOnly(
                problemsOfYaml(MINI_IO.replace(
                        "type: yes_no\n          text: Is",
                        "type: yes_no\n          required: yes\n          text: Is")),
                "$.questionnaire.sections[0].questions[2].required",
                "must be true or false, not a string");
    }

    @Test
    void a_tilde_is_null_as_in_yaml_1_2() {
        assertOnly(
                problemsOfYaml(MINI_IO.replace("name: Mini IO", "name: Mini IO\ndescription: ~")),
                "$.description",
                "not null");
    }

    @Test
    void anchors_and_aliases_are_read() {
        String yaml = MINI_IO.replace("defaultTarget: rationalized", "defaultTarget: &target rationalized")
                        .replace("name: Directory services", "name: Directory services\n        target: *target")
                        .replace("- when: { question: budget", "- when: &budget-yes { question: budget")
                + "  require: [ *budget-yes ]\n";

        Template template = TemplateReader.readYaml(yaml);

        assertThat(template.areas().getFirst().capabilities().getFirst().target())
                .isEqualTo("rationalized");
        assertThat(template.qualification().require())
                .containsExactly(template.qualification().rules().getFirst().when());
    }

    @Test
    void an_alias_bomb_is_a_problem_not_a_billion_values() {
        StringBuilder yaml = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 10; i++) {
            String previous = "*a" + (i - 1);
            yaml.append("a").append(i).append(": &a").append(i).append(" [");
            yaml.append(String.join(", ", java.util.Collections.nCopies(10, previous)));
            yaml.append("]\n");
        }

        assertThat(problemsOfYaml(yaml.toString()))
                .singleElement()
                .satisfies(problem -> assertThat(problem.message()).contains("more than 1000000 values"));
    }

    @Test
    void a_duplicate_key_in_a_mapping_is_a_problem() {
        assertOnly(problemsOfYaml(MINI_IO + "key: again\n"), "$.key", "duplicate field 'key'");
    }

    @Test
    void broken_yaml_is_a_problem_with_its_position() {
        assertThat(problemsOfYaml("format: stackup-template/1\nscale: { levels: [ }\n"))
                .singleElement()
                .satisfies(problem -> {
                    assertThat(problem.path()).startsWith("$.scale");
                    assertThat(problem.message()).startsWith("not valid YAML").contains("line 2");
                });
    }

    @Test
    void only_one_yaml_document_is_read() {
        assertThat(problemsOfYaml(MINI_IO + "---\nkey: other\n"))
                .singleElement()
                .satisfies(problem -> assertThat(problem.message()).contains("more than one YAML document"));
    }

    @Test
    void scalars_follow_the_yaml_1_2_core_schema() {
        String budget = "type: yes_no\n          text: Is";
        assertThat(TemplateReader.readYaml(
                                MINI_IO.replace(budget, "type: yes_no\n          required: False\n          text: Is"))
                        .questionnaire()
                        .questions()
                        .toList()
                        .get(2)
                        .required())
                .isFalse();
        assertThat(TemplateReader.readYaml(
                                MINI_IO.replace(budget, "type: yes_no\n          weight: 0x1F\n          text: Is"))
                        .questionnaire()
                        .questions()
                        .toList()
                        .get(2)
                        .weight())
                .isEqualTo(31);
        assertOnly(
                problemsOfYaml(MINI_IO.replace(budget, "type: yes_no\n          weight: .inf\n          text: Is")),
                "$.questionnaire.sections[0].questions[2].weight",
                "must be a finite number");
    }

    @Test
    void an_explicit_str_tag_makes_a_string() {
        assertThat(TemplateReader.readYaml(MINI_IO.replace("version: \"1.0.0\"", "version: !!str 0.9"))
                        .version())
                .isEqualTo("0.9");
    }
}
