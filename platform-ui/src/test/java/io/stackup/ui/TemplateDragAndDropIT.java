package io.stackup.ui;

import static io.stackup.ui.EditorPages.importDraft;
import static io.stackup.ui.EditorPages.row;
import static io.stackup.ui.EditorPages.tab;
import static io.stackup.ui.EditorPages.waitForValue;
import static org.assertj.core.api.Assertions.assertThat;

import io.stackup.core.template.Area;
import io.stackup.core.template.Band;
import io.stackup.core.template.Capability;
import io.stackup.core.template.Option;
import io.stackup.core.template.Qualification;
import io.stackup.core.template.Question;
import io.stackup.core.template.Recommendation;
import io.stackup.core.template.Section;
import io.stackup.core.template.Template;
import io.stackup.core.template.document.TemplateReader;
import io.stackup.support.Browser;
import io.stackup.support.DragAndDrop;
import io.stackup.support.DragAndDrop.Where;
import io.stackup.support.SharedStack;
import io.stackup.support.StackupIntegrationTest;
import io.stackup.support.Tokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The template editor reorders by drag and drop: a capability into another area and areas among themselves, a
 * question within its section and into another, an option, a band, a recommendation and a rule; the keyboard ways
 * (arrows that cross an area boundary, the "Move to section" select, a row's arrow) do the same. What is saved is read
 * back through the API.
 */
@StackupIntegrationTest
class TemplateDragAndDropIT {

    private static final String TEMPLATE = """
            {"format": "stackup-template/1", "key": "%s", "name": "Drag", "version": "1.0.0",
             "scale": {"levels": [{"key": "basic", "name": "Basic"}, {"key": "dynamic", "name": "Dynamic"}]},
             "areas": [
               {"key": "iam", "name": "Identity", "capabilities": [
                 {"key": "directory", "name": "Directory", "recommendations": [
                   {"key": "r1", "toLevel": "dynamic", "title": "First", "kind": "product", "effort": "M"},
                   {"key": "r2", "toLevel": "dynamic", "title": "Second", "kind": "product", "effort": "M"}]},
                 {"key": "mfa", "name": "MFA"}]},
               {"key": "ops", "name": "Operations", "capabilities": [{"key": "backup", "name": "Backup"}]}],
             "questionnaire": {"title": "Interview", "sections": [
               {"key": "s1", "title": "Identity", "questions": [
                 {"key": "q1", "type": "single", "text": "One?",
                  "options": [{"key": "a", "label": "A"}, {"key": "b", "label": "B"}, {"key": "c", "label": "C"}]},
                 {"key": "q2", "type": "yes_no", "text": "Two?"},
                 {"key": "q3", "type": "number", "text": "Three?",
                  "bands": [{"max": 10, "level": "basic"}, {"min": 10, "level": "dynamic"}]}]},
               {"key": "s2", "title": "Money", "questions": [{"key": "q4", "type": "yes_no", "text": "Four?"}]}]},
             "qualification": {"threshold": 1, "rules": [
               {"when": {"question": "q2", "anyOf": ["yes"]}, "points": 1, "label": "first"},
               {"when": {"question": "q4", "anyOf": ["yes"]}, "points": 1, "label": "second"}]}}
            """;

    @Test
    void every_list_of_the_editor_reorders_by_drag_and_by_keyboard_and_the_saved_template_keeps_the_order()
            throws Exception {
        String key = "dd-" + UUID.randomUUID().toString().substring(0, 8);
        try (Browser browser = new Browser(1280, 900)) {
            try {
                browser.login("admin@other.test");
                String id = importDraft(TEMPLATE.formatted(key));
                browser.open("/templates/" + id + "/edit");
                browser.waitForText(By.id("editor-problem-summary"), "No problems");

                catalog(browser);
                questionnaire(browser);
                qualification(browser);

                browser.waitForText(By.id("editor-problem-summary"), "No problems");
                browser.press("editor-save");
                browser.waitFor(By.xpath("//vaadin-notification-card[contains(., 'Saved')]"));
                assertSaved(id);
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("drag-and-drop-failure");
                throw e;
            }
        }
    }

    /** MFA dragged onto Operations, Backup moved up out of Operations by keyboard, Operations dragged above. */
    private static void catalog(Browser browser) {
        tab(browser, "catalog");
        waitForValue(browser, "#capability-key input", "directory");
        DragAndDrop.drag(
                browser,
                browser.present(By.id("recommendation-drag-1")),
                browser.present(By.id("recommendation-row-0")));
        waitForValue(browser, "#recommendation-row-0 vaadin-text-field input", "r2");

        DragAndDrop.dragRow(browser, "catalog-tree", "MFA", "Operations", Where.ON_TOP);
        waitForValue(browser, "#capability-key input", "mfa");
        waitForRows(browser, "catalog-tree", "Identity", "Directory", "Operations", "Backup", "MFA");

        row(browser, "catalog-tree", "Backup");
        waitForValue(browser, "#capability-key input", "backup");
        browser.press("catalog-up");
        waitForRows(browser, "catalog-tree", "Identity", "Directory", "Backup", "Operations", "MFA");

        DragAndDrop.dragRow(browser, "catalog-tree", "Operations", "Identity", Where.ABOVE);
        waitForValue(browser, "#area-key input", "ops");
        waitForRows(browser, "catalog-tree", "Operations", "MFA", "Identity", "Directory", "Backup");
    }

    /**
     * q3 dragged above q1, q2 dragged onto section Money, q1 moved to Money with the select; q1's options and q3's
     * bands dragged.
     */
    private static void questionnaire(Browser browser) {
        tab(browser, "questionnaire");
        waitForRows(browser, "question-grid", "q1", "q2", "q3");
        DragAndDrop.dragRow(browser, "question-grid", "q3", "q1", Where.ABOVE);
        waitForRows(browser, "question-grid", "q3", "q1", "q2");
        waitForValue(browser, "#question-key input", "q3");

        DragAndDrop.drag(browser, browser.present(By.id("band-drag-1")), browser.present(By.id("band-row-0")));
        waitForValue(browser, "#band-row-0 vaadin-number-field input", "10");
        browser.press("band-down-0");
        waitForValue(browser, "#band-row-1 vaadin-number-field input", "10");
        DragAndDrop.drag(browser, browser.present(By.id("band-drag-1")), browser.present(By.id("band-row-0")));
        waitForValue(browser, "#band-row-0 vaadin-number-field input", "10");

        DragAndDrop.dragRow(browser, "question-grid", "q2", browser.present(By.id("section-drop-1")));
        waitForRows(browser, "question-grid", "q2", "q4");
        browser.choose(browser.present(By.id("section-select")), "Identity");
        waitForRows(browser, "question-grid", "q3", "q1");

        row(browser, "question-grid", "q1");
        waitForValue(browser, "#question-key input", "q1");
        DragAndDrop.drag(browser, browser.present(By.id("option-drag-2")), browser.present(By.id("option-row-0")));
        waitForValue(browser, "#option-key-0 input", "c");
        browser.choose(browser.present(By.id("question-move")), "Money");
        waitForRows(browser, "question-grid", "q1", "q2", "q4");
    }

    private static void qualification(Browser browser) {
        tab(browser, "qualification");
        waitForValue(browser, "#rule-label-0 input", "first");
        DragAndDrop.drag(browser, browser.present(By.id("rule-drag-1")), browser.present(By.id("rule-row-0")));
        waitForValue(browser, "#rule-label-0 input", "second");
    }

    private static void assertSaved(String id) throws Exception {
        String token = Tokens.accessToken("admin@other.test", "openid organization:other");
        HttpResponse<String> got = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(SharedStack.appUrl() + "/api/v1/templates/" + id))
                                .header("Authorization", "Bearer " + token)
                                .header("Accept", "application/json")
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(got.statusCode()).as(got.body()).isEqualTo(200);
        Template saved = TemplateReader.readJson(got.body());

        assertThat(saved.areas()).extracting(Area::key).containsExactly("ops", "iam");
        assertThat(saved.areas().getFirst().capabilities())
                .extracting(Capability::key)
                .containsExactly("mfa");
        assertThat(saved.areas().getLast().capabilities())
                .extracting(Capability::key)
                .containsExactly("directory", "backup");
        assertThat(saved.areas().getLast().capabilities().getFirst().recommendations())
                .extracting(Recommendation::key)
                .containsExactly("r2", "r1");
        List<Section> sections = saved.questionnaire().sections();
        assertThat(sections.getFirst().questions()).extracting(Question::key).containsExactly("q3");
        assertThat(sections.getLast().questions()).extracting(Question::key).containsExactly("q1", "q2", "q4");
        assertThat(sections.getLast().questions().getFirst().options())
                .extracting(Option::key)
                .containsExactly("c", "a", "b");
        assertThat(sections.getFirst().questions().getFirst().bands())
                .extracting(Band::min)
                .containsExactly(10.0, null);
        Qualification qualification = saved.qualification();
        assertThat(qualification).isNotNull();
        assertThat(qualification.rules()).extracting(Qualification.Rule::label).containsExactly("second", "first");
    }

    /** Waits until the grid's rendered rows, top to bottom, show these texts in their first column. */
    static void waitForRows(Browser browser, String grid, String... texts) {
        List<String> expected = List.of(texts);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(d -> expected.equals(browser.driver().executeScript("""
                                const grid = document.getElementById(arguments[0]);
                                return [...grid.shadowRoot.querySelectorAll('#items tr')]
                                    .filter(r => !r.hidden && r.index !== undefined)
                                    .sort((a, b) => a.index - b.index)
                                    .map(r => r.querySelector('slot')?.assignedNodes()[0]?.textContent.trim())
                                    .filter(t => t);
                                """, grid)));
    }
}
