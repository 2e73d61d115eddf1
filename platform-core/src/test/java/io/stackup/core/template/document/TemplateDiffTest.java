package io.stackup.core.template.document;

import static org.assertj.core.api.Assertions.assertThat;

import io.stackup.core.template.Template;
import io.stackup.core.template.document.TemplateDiff.Change;
import io.stackup.core.template.document.TemplateDiff.Kind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The diff between two versions of a template: items matched by key (rules by position), with the fields that differ. */
class TemplateDiffTest {

    @Test
    void the_same_document_has_no_changes() throws IOException {
        Template mini = TemplateReader.readJson(mini());

        assertThat(TemplateDiff.between(mini, mini)).isEmpty();
    }

    @Test
    void an_added_question_a_removed_option_and_a_reworded_question_are_named_by_key() throws IOException {
        String before = mini();
        String after = before.replace("\"version\": \"1.0.0\"", "\"version\": \"1.1.0\"")
                .replace(
                        "{ \"key\": \"budget\", \"type\": \"yes_no\", \"text\": \"Is there budget for this in the next 12 months?\" }",
                        "{ \"key\": \"budget\", \"type\": \"yes_no\", \"text\": \"Is there budget this year?\" },"
                                + " { \"key\": \"sponsor\", \"type\": \"yes_no\", \"text\": \"Is there a sponsor?\" }")
                .replace(
                        ",\n        { \"key\": \"automatic\", \"label\": \"Automatically on hire\", \"level\": \"dynamic\" }",
                        "");

        List<Change> changes = TemplateDiff.between(TemplateReader.readJson(before), TemplateReader.readJson(after));

        assertThat(changes)
                .containsExactlyInAnyOrder(
                        new Change(Kind.CHANGED, "", List.of("version")),
                        new Change(Kind.CHANGED, "questionnaire/sections/s1/questions/budget", List.of("text")),
                        new Change(Kind.ADDED, "questionnaire/sections/s1/questions/sponsor", List.of()),
                        new Change(
                                Kind.REMOVED,
                                "questionnaire/sections/s1/questions/provisioning/options/automatic",
                                List.of()));
    }

    @Test
    void a_rule_without_a_key_is_matched_by_position() throws IOException {
        String before = mini();
        String after = before.replace("\"points\": 3, \"label\": \"budget\"", "\"points\": 4, \"label\": \"budget\"");

        assertThat(TemplateDiff.between(TemplateReader.readJson(before), TemplateReader.readJson(after)))
                .containsExactly(new Change(Kind.CHANGED, "qualification/rules/0", List.of("points")));
    }

    private String mini() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/io/stackup/core/template/mini-io.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
