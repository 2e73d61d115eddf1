package io.stackup.ui;

import static io.stackup.ui.EditorPages.row;
import static io.stackup.ui.EditorPages.tab;
import static io.stackup.ui.EditorPages.waitForValue;

import io.stackup.support.Browser;
import io.stackup.support.StackupIntegrationTest;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A problem in the editor's list takes the author there, whichever tab it is in: a click selects the tab, shows the
 * owning item (a capability in the catalog, a question in its section) and puts the focus in the field the problem
 * names, or in the first control of a condition.
 */
@StackupIntegrationTest
class TemplateEditorProblemsIT {

    @Test
    void a_problem_in_each_tab_selects_the_tab_and_focuses_its_field() throws Exception {
        String key = "ep-" + UUID.randomUUID().toString().substring(0, 8);
        try (Browser browser = new Browser()) {
            try {
                followProblems(browser, key);
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("editor-problems-failure");
                throw e;
            }
        }
    }

    private static void followProblems(Browser browser, String key) throws Exception {
        browser.login("admin@other.test");
        String id = EditorPages.importDraft("""
                {"format": "stackup-template/1", "key": "%s", "name": "Problems", "version": "1.0.0",
                 "scale": {"levels": [{"key": "basic", "name": "Basic"}, {"key": "dynamic", "name": "Dynamic"}]},
                 "areas": [{"key": "iam", "name": "Identity", "capabilities": [{"key": "directory", "name": "Dir"}]}],
                 "questionnaire": {"title": "Interview", "sections": [
                   {"key": "s1", "title": "Identity", "questions": [
                     {"key": "has-dir", "capability": "directory", "type": "yes_no", "text": "Directory?"},
                     {"key": "provisioning", "type": "yes_no", "text": "Scripted accounts?"}]},
                   {"key": "s2", "title": "Money", "questions": [
                     {"key": "budget", "type": "yes_no", "text": "Budget?"}]}]},
                 "qualification": {"threshold": 1, "rules": [
                   {"when": {"question": "budget", "anyOf": ["yes"]}, "points": 1, "label": "budget"}]}}
                """.formatted(key));
        browser.open("/templates/" + id + "/edit");
        browser.waitForText(By.id("editor-problem-summary"), "No problems");

        tab(browser, "general");
        clear(browser, "#level-name-1 input");
        tab(browser, "catalog");
        waitForValue(browser, "#capability-name input", "Dir");
        clear(browser, "#capability-name input");
        row(browser, "catalog-tree", "Identity");
        waitForValue(browser, "#area-name input", "Identity");
        tab(browser, "questionnaire");
        row(browser, "question-grid", "provisioning");
        waitForValue(browser, "#question-key input", "provisioning");
        clear(browser, "#question-text textarea");
        row(browser, "question-grid", "has-dir");
        waitForValue(browser, "#question-key input", "has-dir");
        tab(browser, "qualification");
        browser.press("add-requirement");

        followTo(browser, "$.scale.levels[1].name", "general", "#level-name-1");
        followTo(browser, "$.areas[0].capabilities[0].name", "catalog", "#capability-name");
        waitForValue(browser, "#capability-key input", "directory");
        followTo(browser, "$.questionnaire.sections[0].questions[1].text", "questionnaire", "#question-text");
        waitForValue(browser, "#question-key input", "provisioning");
        followTo(
                browser,
                "$.qualification.require[0].question",
                "qualification",
                "#editor-qualification vaadin-combo-box");
        browser.screenshot("editor-problems-followed");
    }

    /** Clicks the problem and waits until its tab is selected and the focus is inside the field. */
    private static void followTo(Browser browser, String path, String tab, String field) {
        row(browser, "editor-problem-grid", path);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> (Boolean) browser.driver()
                .executeScript(
                        "return document.getElementById('editor-tab-' + arguments[0]).hasAttribute('selected')"
                                + " && document.activeElement?.closest(arguments[1]) != null",
                        tab,
                        field));
    }

    /** Empties a field and leaves it, so the empty value reaches the server. */
    private static void clear(Browser browser, String css) {
        WebElement input = browser.present(By.cssSelector(css));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE, Keys.TAB);
    }
}
