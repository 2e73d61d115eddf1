package io.stackup.ui.template;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A problem's path names the tab, the owning objects and the fields to try, nearest first. */
class EditorPathsTest {

    @ParameterizedTest
    @CsvSource({
        "$.name, general",
        "$.scale.levels[2].key, general",
        "$.scoring.thresholds.high, general",
        "$.areas[0].capabilities[2].target, catalog",
        "$.questionnaire.intro, questionnaire",
        "$.questionnaire.sections[1].questions[4].options[0].level, questionnaire",
        "$.qualification.rules[3].when.all[1].question, qualification"
    })
    void a_path_names_the_tab_that_edits_it(String path, String tab) {
        assertThat(EditorPaths.tab(path)).isEqualTo(tab);
    }

    @Test
    void the_indexes_of_the_owning_objects_are_read_from_the_path() {
        String path = "$.questionnaire.sections[1].questions[4].options[0].level";

        assertThat(EditorPaths.index(path, "sections")).hasValue(1);
        assertThat(EditorPaths.index(path, "questions")).hasValue(4);
        assertThat(EditorPaths.index(path, "capabilities")).isEmpty();
    }

    @Test
    void the_fields_to_focus_are_the_value_then_its_owners_and_their_keys() {
        assertThat(EditorPaths.candidates("$.areas[0].capabilities[2].levels"))
                .containsExactly(
                        "$.areas[0].capabilities[2].levels",
                        "$.areas[0].capabilities[2]",
                        "$.areas[0].capabilities[2].key",
                        "$.areas[0].capabilities",
                        "$.areas[0]",
                        "$.areas[0].key",
                        "$.areas",
                        "$");
    }

    @Test
    void a_threshold_under_an_odd_level_key_falls_back_to_the_thresholds_then_the_scoring() {
        assertThat(EditorPaths.candidates("$.scoring.thresholds['odd level']"))
                .containsSubsequence("$.scoring.thresholds['odd level']", "$.scoring.thresholds", "$.scoring");
    }

    @Test
    void an_option_in_a_nested_condition_falls_back_to_its_picker_then_the_condition_that_holds_it() {
        assertThat(EditorPaths.candidates("$.qualification.rules[0].when.all[1].anyOf[0]"))
                .containsSubsequence(
                        "$.qualification.rules[0].when.all[1].anyOf[0]",
                        "$.qualification.rules[0].when.all[1].anyOf",
                        "$.qualification.rules[0].when.all[1]",
                        "$.qualification.rules[0].when",
                        "$.qualification.rules[0]",
                        "$.qualification.rules");
    }
}
