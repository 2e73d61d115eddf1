package io.stackup.ui;

import static io.stackup.ui.EditorPages.publish;
import static io.stackup.ui.EditorPages.row;
import static io.stackup.ui.EditorPages.tab;
import static io.stackup.ui.EditorPages.waitForValue;
import static io.stackup.ui.TemplateDragAndDropIT.waitForRows;
import static org.assertj.core.api.Assertions.assertThat;

import io.stackup.support.Browser;
import io.stackup.support.DragAndDrop;
import io.stackup.support.DragAndDrop.Where;
import io.stackup.support.StackupIntegrationTest;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 14's "done when", in Chromium at 1280 and 768 px: an admin builds a small template from nothing (its catalog
 * and questionnaire arranged by drag and drop), publishes it, opens a new draft, renames a question key used by a rule
 * and a {@code showIf} (both follow, and the editor says so), watches the preview beside the form change with an edit,
 * reloads mid-edit without losing the edit, compares with the previous version and publishes; the template list then
 * shows the key as one row with its two versions.
 */
@StackupIntegrationTest
class TemplateJourneyUiIT {

    @ParameterizedTest(name = "at {0} px")
    @ValueSource(ints = {768, 1280})
    void an_admin_builds_renames_previews_reloads_compares_and_publishes(int width) {
        String key = "jr" + width + "-" + UUID.randomUUID().toString().substring(0, 6);
        try (Browser browser = new Browser(width, 1024)) {
            try {
                browser.login("admin@other.test");
                buildFromNothingAndPublish(browser, key, width);
                renamePreviewReloadCompareAndPublish(browser, width);
                listShowsTheKeyWithItsVersions(browser, key);
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("journey14-failure-" + width);
                if (!browser.driver().findElements(By.id("editor-preview")).isEmpty()) {
                    browser.present(By.id("editor-preview"));
                    browser.screenshot("journey14-failure-preview-" + width);
                }
                throw e;
            }
        }
    }

    /**
     * A blank template gets a second area with a capability, and a second question shown only after a "yes" to the
     * first; a rule gives a point for "no" to the first question. Published as version 1.
     */
    private static void buildFromNothingAndPublish(Browser browser, String key, int width) {
        browser.open("/templates");
        browser.click("new-template");
        browser.type("#new-template-key input", key);
        browser.type("#new-template-name input", "Journey " + width);
        browser.press("new-template-create");
        browser.waitForId("template-editor");
        browser.waitForText(By.id("editor-problem-summary"), "No problems");

        tab(browser, "catalog");
        browser.press("catalog-add-area");
        waitForValue(browser, "#area-key input", "area-2");
        browser.type("#area-name input", "Operations");
        browser.press("catalog-add-capability");
        waitForValue(browser, "#capability-key input", "capability-2");
        browser.type("#capability-name input", "Patching");

        tab(browser, "questionnaire");
        browser.press("add-question");
        waitForValue(browser, "#question-key input", "question-2");
        browser.type("#question-text textarea", "Are updates scripted?");
        browser.pick(browser.present(By.id("question-capability")), "Patching");
        browser.choose(browser.present(By.cssSelector("#question-show-if vaadin-select")), "A question's answer");
        browser.pick(
                browser.present(By.cssSelector("#question-show-if .stackup-condition-pickers vaadin-combo-box")),
                "question-1: Question 1");
        check(browser, "question-show-if", "yes");
        // arranged by drag and drop: the follow-up is dragged first, shows a problem (it depends on a later
        // question), and is dragged back below the question it depends on
        DragAndDrop.dragRow(browser, "question-grid", "question-2", "question-1", Where.ABOVE);
        waitForRows(browser, "question-grid", "question-2", "question-1");
        browser.waitForText(By.id("editor-problem-summary"), "1 problem");
        DragAndDrop.dragRow(browser, "question-grid", "question-2", "question-1", Where.BELOW);
        waitForRows(browser, "question-grid", "question-1", "question-2");

        tab(browser, "qualification");
        browser.press("qualification-enabled");
        browser.press("add-rule");
        browser.type("#rule-label-0 input", "no directory");
        browser.type("#rule-points-0 input", "1");
        browser.choose(
                browser.present(By.cssSelector("#editor-qualification .stackup-editor-block vaadin-select")),
                "A question's answer");
        browser.pick(
                browser.present(By.cssSelector("#editor-qualification .stackup-condition-pickers vaadin-combo-box")),
                "question-1: Question 1");
        check(browser, "editor-qualification", "no");
        browser.waitForText(By.id("editor-problem-summary"), "No problems");
        browser.screenshot("journey14-built-" + width);

        browser.press("editor-save");
        browser.waitFor(By.xpath("//vaadin-notification-card[contains(., 'Saved')]"));
        browser.press("editor-back");
        publish(browser);
    }

    /**
     * On a new draft: the first question's key becomes "has-directory" and the rule and the second question's
     * {@code showIf} follow; its text changes and the preview beside the form shows the new text; a reload before the
     * save keeps the edit; the comparison with version 1 names the renamed question; published as version 2.
     */
    private static void renamePreviewReloadCompareAndPublish(Browser browser, int width) {
        browser.press("new-draft");
        browser.waitForId("edit");
        browser.press("edit");
        browser.waitForId("template-editor");
        browser.waitForText(By.id("editor-problem-summary"), "No problems");

        tab(browser, "questionnaire");
        row(browser, "question-grid", "question-1");
        waitForValue(browser, "#question-key input", "question-1");
        browser.type("#question-key input", "has-directory");
        WebElement notice =
                browser.waitFor(By.xpath("//vaadin-notification-card[contains(., 'Renamed question question-1')]"));
        assertThat(notice.getText()).contains("1 showIf").contains("1 rule");
        closeNotifications(browser);
        row(browser, "question-grid", "question-2");
        waitForValue(browser, "#question-show-if vaadin-combo-box input", "has-directory: Question 1");
        tab(browser, "qualification");
        waitForValue(browser, "#editor-qualification vaadin-combo-box input", "has-directory: Question 1");

        tab(browser, "questionnaire");
        row(browser, "question-grid", "has-directory");
        waitForValue(browser, "#question-key input", "has-directory");
        if (width < 1000) {
            browser.press("editor-preview-toggle");
        }
        browser.waitForText(By.id("editor-preview-text"), "Question 1");
        browser.type("#question-text textarea", "Is there one directory for everyone?");
        // at 768 px the preview sits above the form: look at it as the author would, scrolling up
        browser.present(By.id("editor-preview"));
        browser.waitForText(By.id("editor-preview-text"), "Is there one directory for everyone?");
        WebElement form = browser.present(By.id("question-form"));
        WebElement preview = browser.present(By.id("editor-preview"));
        if (width >= 1000) {
            assertThat(form.getRect().getX())
                    .as("the preview sits beside the form")
                    .isLessThan(preview.getRect().getX());
        }
        browser.screenshot("journey14-preview-" + width);

        TemplateEditorDraftsIT.reloadKeepingDraft(browser);
        TemplateEditorDraftsIT.answerRestore(browser, true);
        tab(browser, "questionnaire");
        row(browser, "question-grid", "has-directory");
        waitForValue(browser, "#question-text textarea", "Is there one directory for everyone?");

        browser.waitForText(By.id("editor-problem-summary"), "No problems");
        browser.press("editor-save");
        browser.waitFor(By.xpath("//vaadin-notification-card[contains(., 'Saved')]"));
        browser.press("editor-back");

        browser.click("compare-previous");
        browser.waitForText(By.id("compare-dialog"), "has-directory");
        assertThat(browser.present(By.id("compare-dialog")).getText()).contains("question-1");
        browser.screenshot("journey14-compare-" + width);
        browser.click("close-compare");
        browser.waitUntilGone("compare-dialog");
        publish(browser);
    }

    private static void listShowsTheKeyWithItsVersions(Browser browser, String key) {
        browser.open("/templates");
        browser.waitForId("template-grid");
        browser.type("#template-search input", key);
        browser.settle();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.NoSuchElementException.class)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElement(By.cssSelector(".template-versions[data-row='" + key + "']"))
                        .getText()
                        .strip()
                        .equals("2"));
        browser.present(By.cssSelector("#template-grid vaadin-grid-tree-toggle"))
                .click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(d -> d.findElements(By.cssSelector(".template-uses[data-row^='" + key + "@']"))
                                .size()
                        == 2);
        browser.screenshot("journey14-list");
    }

    /** Ticks the option checkbox with the label inside the element with the id (a condition's answer picker). */
    private static void check(Browser browser, String within, String label) {
        WebElement box = browser.present(
                By.xpath("//*[@id='" + within + "']//vaadin-checkbox[normalize-space(.)='" + label + "']"));
        browser.driver().executeScript("arguments[0].click()", box);
    }

    private static void closeNotifications(Browser browser) {
        browser.driver()
                .executeScript("document.querySelectorAll('vaadin-notification').forEach(n => n.opened = false)");
    }
}
