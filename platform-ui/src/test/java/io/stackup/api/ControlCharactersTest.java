package io.stackup.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.stackup.core.template.Problem;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class ControlCharactersTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void nul_and_other_c0_characters_are_refused_tab_and_line_breaks_are_not() {
        assertThat(ControlCharacters.refused("a\u0000b")).isTrue();
        assertThat(ControlCharacters.refused("\u001f")).isTrue();
        assertThat(ControlCharacters.refused("one\r\n\ttwo é ✓")).isFalse();
        assertThat(ControlCharacters.refused(null)).isFalse();
    }

    @Test
    void a_tree_names_each_refused_value_by_its_path() {
        var tree = JSON.readTree("{\"a\": {\"b\": [\"ok\", \"x\\u0000\"]}, \"c\": \"\\u0001\", \"d\": \"fine\"}");
        assertThat(ControlCharacters.problems(tree)).extracting(Problem::path).containsExactly("$.a.b[1]", "$.c");
    }

    @Test
    void query_parameters_are_named_when_their_decoded_value_holds_one() {
        assertThat(TextInputConfiguration.QueryParameters.refusedParameters("search=a%00b&page=0&status=%01"))
                .containsExactly("search", "status");
        assertThat(TextInputConfiguration.QueryParameters.refusedParameters("search=a+b%09c&size=5"))
                .isEmpty();
        assertThat(TextInputConfiguration.QueryParameters.refusedParameters(null))
                .isEmpty();
    }
}
