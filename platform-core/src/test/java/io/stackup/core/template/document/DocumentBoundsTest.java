package io.stackup.core.template.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.stackup.core.template.Problem;
import io.stackup.core.template.TemplateValidationException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a hostile document costs is bounded: the problems it earns stay small however long its names are and however
 * often YAML aliases repeat them, and a huge number is refused by its length before anything converts it.
 */
class DocumentBoundsTest {

    @Test
    void an_anchored_20000_character_name_aliased_200_times_earns_a_small_answer() {
        String name = "n".repeat(20_000);
        StringBuilder yaml = new StringBuilder(
                        "format: stackup-template/1\nkey: k\nname: N\nversion: \"1.0.0\"\n" + "extra: &b\n  ? ")
                .append(name)
                .append("\n  : 1\nareas:\n");
        for (int i = 0; i < 200; i++) {
            yaml.append("  - *b\n");
        }

        List<Problem> problems = problems(yaml.toString(), TemplateReader.Syntax.YAML);

        assertThat(problems)
                .as("each alias is reported")
                .filteredOn(p -> p.message().equals("unknown field"))
                .hasSizeGreaterThanOrEqualTo(200);
        int size = problems.stream()
                .mapToInt(p -> p.path().length() + p.message().length())
                .sum();
        assertThat(size).as("characters in all problems").isLessThanOrEqualTo(Problems.MAX_CHARACTERS + 200);
        assertThat(problems)
                .allSatisfy(p -> assertThat(p.path().length()).isLessThanOrEqualTo(Problems.MAX_PATH))
                .allSatisfy(p -> assertThat(p.message().length()).isLessThanOrEqualTo(Problems.MAX_MESSAGE));
    }

    @Test
    void a_400000_digit_yaml_integer_is_refused_by_its_length_before_conversion() {
        String yaml = "key: x\nversion: " + "9".repeat(400_000) + "\n";

        List<Problem> problems = problems(yaml, TemplateReader.Syntax.YAML);

        assertThat(problems)
                .anySatisfy(p -> assertThat(p.message())
                        .startsWith("a number of 400000 characters; at most 100 are allowed")
                        .contains("line 2"));
    }

    @Test
    void a_long_float_is_refused_too_and_a_100_digit_number_is_still_read() {
        assertThat(problems("a: 1." + "5".repeat(200) + "\n", TemplateReader.Syntax.YAML))
                .anySatisfy(p -> assertThat(p.message()).startsWith("a number of 202 characters"));
        assertThat(problems("a: " + "7".repeat(100) + "\n", TemplateReader.Syntax.YAML))
                .noneSatisfy(p -> assertThat(p.message()).startsWith("a number of"));
    }

    @Test
    void a_long_path_and_message_are_cut_and_say_how_long_they_were() {
        Problems problems = new Problems();
        problems.add("$." + "p".repeat(1000), "m".repeat(5000));

        Problem problem = problems.list().getFirst();
        assertThat(problem.path()).hasSize(300).endsWith("… (1002 characters)");
        assertThat(problem.message()).hasSize(500).endsWith("… (5000 characters)");
    }

    private static List<Problem> problems(String document, TemplateReader.Syntax syntax) {
        TemplateValidationException refused = (TemplateValidationException)
                catchThrowable(() -> TemplateReader.read(document.getBytes(StandardCharsets.UTF_8), syntax));
        assertThat(refused).as("refused").isNotNull();
        return refused.problems();
    }
}
