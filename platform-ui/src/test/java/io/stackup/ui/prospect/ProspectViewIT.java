package io.stackup.ui.prospect;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import io.stackup.core.interview.InterviewAssignmentService;
import io.stackup.core.interview.InterviewId;
import io.stackup.core.interview.InterviewService;
import io.stackup.core.interview.InterviewSummary;
import io.stackup.core.interview.NewInterview;
import io.stackup.core.prospect.ProspectDraft;
import io.stackup.core.prospect.ProspectId;
import io.stackup.core.prospect.ProspectService;
import io.stackup.core.template.TemplateId;
import io.stackup.core.template.TemplateService;
import io.stackup.core.template.document.TemplateReader;
import io.stackup.support.BrowserlessViewTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

/** A prospect's page, without a browser, as admin@demo.test: its completed interviews' overall levels over time. */
class ProspectViewIT extends BrowserlessViewTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    private ProspectService prospects;

    @Autowired
    private TemplateService templates;

    @Autowired
    private InterviewService interviews;

    @Autowired
    private InterviewAssignmentService assignments;

    @Override
    protected String user() {
        return "admin@demo.test";
    }

    @Test
    void the_timeline_shows_a_point_per_completed_interview_above_the_list_which_names_their_levels()
            throws IOException {
        signInAs("interviewer@demo.test", "demo");
        signInAs("admin@demo.test", "demo");
        TemplateId template = publishedTemplate();
        ProspectId prospect = prospect("Timeline");
        InterviewId first = assign(template, prospect);
        InterviewId second = assign(template, prospect);
        InterviewId open = assign(template, prospect);
        signInAs("interviewer@demo.test", "demo");
        complete(first, Map.of("has-dir", "{\"option\": \"no\"}", "budget", "{\"option\": \"yes\"}"));
        complete(
                second,
                Map.of(
                        "has-dir", "{\"option\": \"yes\"}",
                        "provisioning", "{\"option\": \"manual\"}",
                        "budget", "{\"option\": \"no\"}"));
        signInAs("admin@demo.test", "demo");

        navigate("prospects/" + prospect, ProspectView.class);

        Div section = $(Div.class).id("prospect-timeline");
        assertThat(section.getElement().getChild(0).getText()).isEqualTo("Over time");
        String svg = $(Div.class).id("prospect-timeline-chart").getElement().getProperty("innerHTML");
        assertThat(svg)
                .startsWith("<svg")
                .contains("<title>Overall level over time</title>")
                .contains("data-interview=\"" + first + "\"")
                .contains("data-interview=\"" + second + "\"")
                .doesNotContain(open.toString());
        assertThat(svg.indexOf(first.toString())).isLessThan(svg.indexOf(second.toString()));
        assertThat($(Paragraph.class).withId("prospect-timeline-empty").all()).isEmpty();

        Grid<InterviewSummary> grid = grid();
        assertThat(grid.getColumnByKey("level")).isNotNull();
        Map<InterviewId, String> levels = new java.util.HashMap<>();
        for (int row = 0; row < test(grid).size(); row++) {
            levels.put(test(grid).getRow(row).id(), test(grid).getCellText(row, levelColumn(grid)));
        }
        assertThat(levels)
                .containsEntry(first, "Basic")
                .containsEntry(second, "Standardized")
                .containsEntry(open, "–");
    }

    @Test
    void without_a_completed_interview_a_sentence_says_when_the_timeline_appears() {
        ProspectId prospect = prospect("No timeline yet");

        navigate("prospects/" + prospect, ProspectView.class);

        assertThat($(Paragraph.class).id("prospect-timeline-empty").getText())
                .contains("once an interview with this prospect is completed");
        assertThat($(Div.class).withId("prospect-timeline-chart").all()).isEmpty();
    }

    private int levelColumn(Grid<InterviewSummary> grid) {
        return grid.getColumns().indexOf(grid.getColumnByKey("level"));
    }

    @SuppressWarnings("unchecked")
    private Grid<InterviewSummary> grid() {
        return $(Grid.class).id("prospect-interviews");
    }

    private ProspectId prospect(String name) {
        return prospects
                .create(new ProspectDraft(
                        name + " " + UUID.randomUUID().toString().substring(0, 8), null, null, null, null, null))
                .id();
    }

    private InterviewId assign(TemplateId template, ProspectId prospect) {
        return assignments
                .assign(new NewInterview(template, prospect, "interviewer@demo.test", Map.of(), null))
                .id();
    }

    private void complete(InterviewId id, Map<String, String> answers) {
        answers.forEach((question, answer) -> interviews.answer(id, question, JSON.readTree(answer)));
        interviews.complete(id);
    }

    private TemplateId publishedTemplate() throws IOException {
        String key = "tl-" + UUID.randomUUID().toString().substring(0, 8);
        byte[] document;
        try (InputStream in = getClass().getResourceAsStream("/templates/mini-io.json")) {
            document = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("\"key\": \"mini-io\"", "\"key\": \"" + key + "\"")
                    .getBytes(StandardCharsets.UTF_8);
        }
        return templates
                .importDocument(document, TemplateReader.Syntax.JSON, true, false)
                .id();
    }
}
