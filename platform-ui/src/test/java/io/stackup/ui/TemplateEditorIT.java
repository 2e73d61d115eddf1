package io.stackup.ui;

import static io.stackup.ui.EditorPages.importDraft;
import static io.stackup.ui.EditorPages.publish;
import static io.stackup.ui.EditorPages.row;
import static io.stackup.ui.EditorPages.tab;
import static io.stackup.ui.EditorPages.waitForValue;
import static org.assertj.core.api.Assertions.assertThat;

import io.stackup.support.Browser;
import io.stackup.support.SharedStack;
import io.stackup.support.StackupIntegrationTest;
import io.stackup.support.Tokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A partner admin authors a template in the structured editor, without JSON: from a blank draft to a published
 * version whose live preview shows a question appear when its condition holds; a renamed key is followed by what refers
 * to it, a question moves to another section, and a problem leads to its field; and a save after someone else's is
 * refused, naming them and when in the user's format, with nothing overwritten.
 */
@StackupIntegrationTest
class TemplateEditorIT {

    @Test
    void an_admin_builds_a_template_from_nothing_previews_it_and_publishes_it() {
        String key = "ed-" + UUID.randomUUID().toString().substring(0, 8);
        try (Browser browser = new Browser()) {
            try {
                buildPreviewAndPublish(browser, key);
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("editor-failure");
                throw e;
            }
        }
    }

    private static void buildPreviewAndPublish(Browser browser, String key) {
        browser.login("admin@other.test");
        browser.open("/templates");
        createBlank(browser, key, "Built in the editor");
        browser.waitForText(By.id("editor-problem-summary"), "No problems");

        browser.press("editor-add-level");
        browser.present(By.id("level-key-2"));

        tab(browser, "catalog");
        java.util.List<WebElement> shownBefore = browser.driver().findElements(By.id("capability-key"));
        browser.press("catalog-add-capability");
        if (!shownBefore.isEmpty()) {
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                    .until(ExpectedConditions.stalenessOf(shownBefore.getFirst()));
        }
        browser.type("#capability-name input", "Provisioning");

        tab(browser, "questionnaire");
        browser.press("add-question");
        browser.present(By.id("question-form"));
        browser.choose(browser.present(By.id("question-type")), "Single choice");
        browser.present(By.id("option-key-1"));
        browser.type("#question-text textarea", "How are new accounts created?");
        browser.type("#option-label-0 input", "By hand");
        browser.type("#option-label-1 input", "Automatically");
        browser.choose(browser.present(By.id("option-level-0")), "Basic");
        browser.choose(browser.present(By.id("option-level-1")), "Level 3");
        browser.pick(browser.present(By.id("question-capability")), "Provisioning");
        browser.choose(browser.present(By.cssSelector("#question-show-if vaadin-select")), "A question's answer");
        browser.pick(
                browser.present(By.cssSelector("#question-show-if .stackup-condition-pickers vaadin-combo-box")),
                "question-1: Question 1");
        WebElement yes =
                browser.present(By.xpath("//*[@id='question-show-if']//vaadin-checkbox[normalize-space(.)='yes']"));
        browser.driver().executeScript("arguments[0].click()", yes);
        browser.waitForText(By.id("editor-problem-summary"), "No problems");
        browser.screenshot("editor-question");

        browser.press("editor-save");
        browser.waitFor(By.xpath("//vaadin-notification-card[contains(., 'Saved')]"));

        browser.press("editor-back");
        browser.waitForId("preview");
        assertThat(browser.driver().findElements(By.id("q-question-2"))).noneMatch(WebElement::isDisplayed);
        WebElement first = browser.present(By.cssSelector("#q-question-1 vaadin-radio-button"));
        browser.driver().executeScript("arguments[0].click()", first);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(d -> d.findElements(By.id("q-question-2")).stream().anyMatch(WebElement::isDisplayed));
        assertThat(browser.driver().findElement(By.id("q-question-2")).getText())
                .contains("How are new accounts created?")
                .contains("Automatically");
        browser.screenshot("editor-preview");

        publish(browser);
        assertThat(browser.driver().findElements(By.id("edit"))).isEmpty();

        browser.open(URI.create(browser.driver().getCurrentUrl()).getPath() + "/edit");
        browser.waitForText(By.id("editor-published"), "never changes");
        browser.press("editor-back");
        browser.waitForId("new-draft");
    }

    @Test
    void a_save_after_someone_elses_is_refused_naming_them_and_nothing_is_overwritten() throws Exception {
        String key = "ed-" + UUID.randomUUID().toString().substring(0, 8);
        try (Browser browser = new Browser(768, 1024)) {
            browser.login("admin@other.test");
            browser.open("/templates");
            createBlank(browser, key, "Mine");
            browser.waitForText(By.id("editor-problem-summary"), "No problems");
            browser.screenshot("editor-tablet");

            String theirs = """
                    {"format": "stackup-template/1", "key": "%s", "name": "Theirs", "version": "0.2.0",
                     "scale": {"levels": [{"key": "low", "name": "Low"}, {"key": "high", "name": "High"}]},
                     "areas": [{"key": "a", "name": "A", "capabilities": [{"key": "c", "name": "C"}]}],
                     "questionnaire": {"title": "Q", "sections": [{"key": "s", "title": "S", "questions": [
                       {"key": "q", "capability": "c", "type": "yes_no", "text": "Ready?"}]}]}}
                    """.formatted(key);
            String token = Tokens.accessToken("admin@other.test", "openid organization:other");
            HttpResponse<String> saved = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(
                                            URI.create(SharedStack.appUrl() + "/api/v1/templates?replaceDraft=true"))
                                    .header("Authorization", "Bearer " + token)
                                    .header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofString(theirs))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(saved.statusCode()).isBetween(200, 299);

            browser.type("#editor-name input", "Mine, edited");
            browser.press("editor-save");
            WebElement conflict = browser.waitFor(By.cssSelector("vaadin-confirm-dialog[opened]"));
            String message = browser.driver().getPageSource();
            assertThat(message).contains("changed by").contains("nothing was overwritten");
            assertThat(message.substring(message.indexOf("changed by"), message.indexOf("nothing was overwritten")))
                    .as("the time of their save is formatted for the user, not an ISO instant")
                    .doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}T\\d{2}:");
            browser.screenshot("editor-conflict");
            assertThat(conflict).isNotNull();

            browser.driver()
                    .findElement(By.cssSelector("vaadin-confirm-dialog[opened] [slot='confirm-button']"))
                    .click();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                    .until(d -> d.getPageSource().contains("Discard your edits?"));
            browser.driver()
                    .findElement(By.xpath(
                            "//vaadin-confirm-dialog[@opened][contains(., 'Discard')]//*[@slot='confirm-button']"))
                    .click();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(d -> "Theirs"
                            .equals(d.findElement(By.cssSelector("#editor-name input"))
                                    .getDomProperty("value")));
        }
    }

    @Test
    void a_renamed_key_is_followed_by_its_references_a_moved_question_breaks_a_show_if_and_its_problem_leads_there()
            throws Exception {
        String key = "ed-" + UUID.randomUUID().toString().substring(0, 8);
        try (Browser browser = new Browser(768, 1024)) {
            try {
                renameMoveAndFollowAProblem(browser, key);
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("editor-rename-failure");
                throw e;
            }
        }
    }

    private static void renameMoveAndFollowAProblem(Browser browser, String key) throws Exception {
        browser.login("admin@other.test");
        String id = importDraft("""
                {"format": "stackup-template/1", "key": "%s", "name": "Mini IO", "version": "1.0.0",
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
                """.formatted(key));
        browser.open("/templates/" + id + "/edit");
        browser.waitForText(By.id("editor-problem-summary"), "No problems");

        tab(browser, "questionnaire");
        row(browser, "question-grid", "has-dir");
        waitForValue(browser, "#question-key input", "has-dir");
        browser.type("#question-key input", "has-directory");
        browser.waitForText(By.id("editor-problem-summary"), "No problems");
        row(browser, "question-grid", "provisioning");
        waitForValue(browser, "#question-show-if vaadin-combo-box input", "has-directory: Directory?");
        tab(browser, "qualification");
        waitForValue(browser, "#editor-qualification vaadin-combo-box input", "has-directory: Directory?");

        tab(browser, "questionnaire");
        row(browser, "question-grid", "has-directory");
        waitForValue(browser, "#question-key input", "has-directory");
        browser.choose(browser.present(By.id("question-move")), "Money");
        browser.waitForText(By.id("editor-problem-summary"), "1 problem");
        browser.waitForText(By.cssSelector("#section-select vaadin-select-value-button"), "Money");
        waitForValue(browser, "#question-key input", "has-directory");
        browser.screenshot("editor-moved");

        row(browser, "editor-problem-grid", "$.questionnaire.sections[0].questions[0].showIf.question");
        browser.waitForText(By.cssSelector("#section-select vaadin-select-value-button"), "Identity");
        waitForValue(browser, "#question-key input", "provisioning");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> (Boolean) browser.driver()
                .executeScript("return document.activeElement?.closest('#question-show-if') != null"
                        + " && document.querySelector('#question-show-if .stackup-jump-target') != null"));
        browser.screenshot("editor-problem-followed");
    }

    private static void createBlank(Browser browser, String key, String name) {
        browser.click("new-template");
        browser.type("#new-template-key input", key);
        browser.type("#new-template-name input", name);
        browser.press("new-template-create");
        browser.waitForId("template-editor");
    }
}
