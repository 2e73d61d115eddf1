package io.stackup.ui;

import static io.stackup.ui.EditorPages.importDraft;
import static io.stackup.ui.EditorPages.row;
import static io.stackup.ui.EditorPages.tab;
import static io.stackup.ui.EditorPages.waitForValue;
import static org.assertj.core.api.Assertions.assertThat;

import io.stackup.support.Browser;
import io.stackup.support.StackupIntegrationTest;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The questionnaire editor as master-detail with the live preview beside it: at 1280 px list, form and preview share
 * the screen, the preview shows the selected question's card and follows an edit without a save or reload, and sample
 * answers given there show their result; at 768 px the preview is a toggle.
 */
@StackupIntegrationTest
class TemplateAuthoringIT {

    private static final String TEMPLATE = """
            {"format": "stackup-template/1", "key": "%s", "name": "Authoring", "version": "1.0.0",
             "scale": {"levels": [{"key": "basic", "name": "Basic"}, {"key": "dynamic", "name": "Dynamic"}]},
             "areas": [{"key": "iam", "name": "Identity", "capabilities": [{"key": "directory", "name": "Dir"}]}],
             "questionnaire": {"title": "Interview", "sections": [
               {"key": "s1", "title": "Identity", "questions": [
                 {"key": "has-dir", "capability": "directory", "type": "yes_no", "text": "Directory?"},
                 {"key": "provisioning", "type": "yes_no", "text": "Scripted accounts?",
                  "showIf": {"question": "has-dir", "anyOf": ["yes"]}}]},
               {"key": "s2", "title": "Money", "questions": [
                 {"key": "budget", "type": "yes_no", "text": "Budget?"}]}]},
             "qualification": {"threshold": 1, "rules": [
               {"when": {"question": "has-dir", "anyOf": ["no"]}, "points": 1, "label": "no directory"}]}}
            """;

    @Test
    void at_1280_the_preview_beside_the_form_shows_the_selected_question_and_follows_an_edit() throws Exception {
        try (Browser browser = new Browser(1280, 900)) {
            try {
                openQuestionnaire(browser);
                WebElement list = browser.present(By.id("question-grid"));
                WebElement form = browser.present(By.id("question-form"));
                WebElement preview = browser.present(By.id("editor-preview"));
                assertThat(preview.isDisplayed()).isTrue();
                assertThat(list.getRect().getX()).isLessThan(form.getRect().getX());
                assertThat(form.getRect().getX()).isLessThan(preview.getRect().getX());
                assertThat(Math.abs(form.getRect().getY() - preview.getRect().getY()))
                        .as("form and preview sit side by side")
                        .isLessThan(200);
                assertThat(browser.present(By.id("editor-preview-toggle")).isDisplayed())
                        .isFalse();
                WebElement delete = browser.present(By.id("question-delete"));
                assertThat(delete.getRect().getX() + delete.getRect().getWidth())
                        .as("the toolbar fits above the list")
                        .isLessThanOrEqualTo(
                                list.getRect().getX() + list.getRect().getWidth());
                browser.waitForText(By.id("editor-preview-text"), "Directory?");

                browser.type("#question-text textarea", "Do you run a directory?");
                browser.waitForText(By.id("editor-preview-text"), "Do you run a directory?");

                String before = browser.present(By.id("preview-overall")).getText();
                WebElement yes = browser.present(By.cssSelector("#editor-preview-card vaadin-radio-button"));
                browser.driver().executeScript("arguments[0].click()", yes);
                new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                        .until(d -> !before.equals(
                                d.findElement(By.id("preview-overall")).getText()));
                browser.screenshot("authoring-1280");
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("authoring-1280-failure");
                throw e;
            }
        }
    }

    @Test
    void at_768_the_preview_is_a_toggle_that_shows_the_selected_question() throws Exception {
        try (Browser browser = new Browser(768, 1024)) {
            try {
                openQuestionnaire(browser);
                WebElement preview = browser.present(By.id("editor-preview"));
                assertThat(preview.isDisplayed()).isFalse();
                browser.press("editor-preview-toggle");
                new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                        .until(d -> d.findElement(By.id("editor-preview")).isDisplayed());
                browser.waitForText(By.id("editor-preview-text"), "Directory?");
                browser.screenshot("authoring-768");
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("authoring-768-failure");
                throw e;
            }
        }
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "at {0} px")
    @org.junit.jupiter.params.provider.ValueSource(ints = {1280, 768})
    void a_rename_says_what_followed_a_duplicate_can_be_undone_and_a_problem_leads_to_its_field(int width)
            throws Exception {
        try (Browser browser = new Browser(width, 1024)) {
            try {
                openQuestionnaire(browser);
                browser.type("#question-key input", "has-directory");
                WebElement notice = browser.waitFor(
                        By.xpath("//vaadin-notification-card[contains(., 'Renamed question has-dir')]"));
                assertThat(notice.getText())
                        .contains("has-dir \u2192 has-directory")
                        .contains("1 showIf")
                        .contains("1 rule");
                browser.screenshot("authoring-renamed-" + width);
                browser.driver()
                        .executeScript(
                                "document.querySelectorAll('vaadin-notification').forEach(n => n.opened = false)");
                row(browser, "question-grid", "provisioning");
                waitForValue(browser, "#question-show-if vaadin-combo-box input", "has-directory: Directory?");

                browser.press("question-duplicate");
                waitForValue(browser, "#question-key input", "provisioning-copy");
                browser.present(cell("question-grid", "provisioning-copy"));

                browser.press("editor-undo");
                new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                        .until(d -> d.findElements(cell("question-grid", "provisioning-copy"))
                                .isEmpty());
                browser.present(cell("question-grid", "has-directory"));

                row(browser, "question-grid", "has-directory");
                waitForValue(browser, "#question-key input", "has-directory");
                browser.type("#question-text textarea", "");
                browser.waitForText(By.id("editor-problem-summary"), "1 problem");
                tab(browser, "general");
                browser.present(By.xpath("//vaadin-grid[@id='editor-problem-grid']/vaadin-grid-cell-content"
                                + "[contains(., 'questions[0].text')]"))
                        .click();
                browser.present(By.id("editor-questionnaire"));
                new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> (Boolean) browser.driver()
                        .executeScript("return document.activeElement?.closest('#question-text') != null"));
                browser.screenshot("authoring-problem-" + width);
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("authoring-rename-failure-" + width);
                throw e;
            }
        }
    }

    @Test
    void the_catalog_opens_on_its_first_capability_beside_the_tree_and_duplicates_it() throws Exception {
        try (Browser browser = new Browser(1280, 900)) {
            try {
                openQuestionnaire(browser);
                tab(browser, "catalog");
                waitForValue(browser, "#capability-key input", "directory");
                WebElement tree = browser.present(By.id("catalog-tree"));
                WebElement form = browser.present(By.id("capability-key"));
                assertThat(tree.getRect().getX()).isLessThan(form.getRect().getX());
                WebElement add = browser.present(By.id("catalog-add-area"));
                WebElement delete = browser.present(By.id("catalog-delete"));
                assertThat(delete.getRect().getY())
                        .as("the toolbar stays on one line")
                        .isEqualTo(add.getRect().getY());
                assertThat(delete.getRect().getX() + delete.getRect().getWidth())
                        .as("the toolbar fits above the tree")
                        .isLessThanOrEqualTo(
                                tree.getRect().getX() + tree.getRect().getWidth());

                browser.press("catalog-duplicate");
                waitForValue(browser, "#capability-key input", "directory-copy");
                browser.waitForText(By.id("editor-problem-summary"), "No problems");
                browser.screenshot("authoring-catalog-1280");
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("authoring-catalog-failure");
                throw e;
            }
        }
    }

    private static By cell(String grid, String text) {
        return By.xpath(
                "//vaadin-grid[@id='" + grid + "']/vaadin-grid-cell-content[normalize-space(.)='" + text + "']");
    }

    /** Imports a fresh draft, opens its editor on the questionnaire and selects its first question. */
    static void openQuestionnaire(Browser browser) throws Exception {
        String key = "au-" + UUID.randomUUID().toString().substring(0, 8);
        browser.login("admin@other.test");
        String id = importDraft(TEMPLATE.formatted(key));
        browser.open("/templates/" + id + "/edit");
        browser.waitForText(By.id("editor-problem-summary"), "No problems");
        tab(browser, "questionnaire");
        row(browser, "question-grid", "has-dir");
        waitForValue(browser, "#question-key input", "has-dir");
    }
}
