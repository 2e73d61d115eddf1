package io.stackup.core.template.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.stackup.core.template.TemplateValidationException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Whatever arrives, reading gives a template or problems: never another exception. */
class MalformedTemplateTest {

    static void readsOrRefuses(byte[] document, TemplateReader.Syntax syntax) {
        assertThatCode(() -> {
                    try {
                        TemplateReader.read(document, syntax);
                    } catch (TemplateValidationException refused) {
                        assertThat(refused.problems()).isNotEmpty();
                    }
                })
                .as(new String(document, StandardCharsets.UTF_8))
                .doesNotThrowAnyException();
    }

    static final String NOISE = "{}[]\":,- \n!&*#0aé\t'|>?";

    static byte[] corrupt(byte[] document, Random random) {
        byte[] copy = document.clone();
        for (int i = 0; i < 1 + random.nextInt(4); i++) {
            int at = random.nextInt(copy.length);
            copy[at] = (byte) NOISE.charAt(random.nextInt(NOISE.length()));
        }
        return copy;
    }

    @Test
    void randomly_corrupted_json_and_yaml_give_problems_not_exceptions() {
        Random random = new Random(20_260_101);
        byte[] json = TemplateDocs.miniIo().getBytes(StandardCharsets.UTF_8);
        byte[] yaml = TemplateYamlTest.MINI_IO.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < 1000; i++) {
            readsOrRefuses(corrupt(json, random), TemplateReader.Syntax.JSON);
            readsOrRefuses(corrupt(yaml, random), TemplateReader.Syntax.YAML);
        }
    }

    @Test
    void a_nul_or_other_control_character_in_a_text_is_a_problem_at_its_path_while_tabs_and_line_breaks_pass() {
        assertThat(problemPaths("Mini\u0000IO")).contains("$.name");
        assertThat(problemPaths("Mini\u0007IO")).contains("$.name");
        assertThat(problemPaths("Mini\tIO\r\n")).isEmpty();
    }

    /** The paths of the problems of the spec's example with {@code name} as its name. */
    private static List<String> problemPaths(String name) {
        var tree = TemplateDocs.miniIoTree();
        tree.put("name", name);
        try {
            TemplateReader.readJson(TemplateDocs.JSON.writeValueAsString(tree));
            return List.of();
        } catch (TemplateValidationException refused) {
            return refused.problems().stream().map(p -> p.path()).toList();
        }
    }

    @Test
    void odd_documents_give_problems_not_exceptions() {
        for (String document : List.of(
                "",
                " ",
                "null",
                "42",
                "\"text\"",
                "\uFEFF{}",
                "{\"a\": 1e99999}",
                "{\"a\": " + "9".repeat(5000) + "}",
                "{\"a\": \"\\ud800\"}",
                "? [complex, key]\n: value\n",
                "key: !!binary aGVsbG8=\n",
                "key: !custom value\n",
                "key: *undefined\n",
                "a: &x [*x]\n",
                "key:\tvalue\n",
                "- a\n- b\n",
                "{ format: stackup-template/1, key: k, name: n, version: '1', areas: .nan }",
                "%YAML 1.1\n---\nkey: yes\n")) {
            byte[] bytes = document.getBytes(StandardCharsets.UTF_8);
            readsOrRefuses(bytes, TemplateReader.Syntax.JSON);
            readsOrRefuses(bytes, TemplateReader.Syntax.YAML);
        }
        readsOrRefuses(new byte[] {(byte) 0xC3, (byte) 0x28}, TemplateReader.Syntax.YAML);
        readsOrRefuses(new byte[] {(byte) 0xC3, (byte) 0x28}, TemplateReader.Syntax.JSON);
    }
}
