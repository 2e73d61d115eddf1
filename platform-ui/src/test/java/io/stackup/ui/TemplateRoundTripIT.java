package io.stackup.ui;

import static io.stackup.ui.EditorPages.publish;
import static io.stackup.ui.EditorPages.tab;
import static org.assertj.core.api.Assertions.assertThat;

import io.stackup.support.Browser;
import io.stackup.support.StackupIntegrationTest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The end of the templates story in Chromium: a partner admin clones a starter template, edits it in the structured
 * editor, publishes it and downloads it; an admin of another partner imports that file through the templates page,
 * and the template they get downloads to exactly the same document.
 */
@StackupIntegrationTest
class TemplateRoundTripIT {

    @Test
    void a_cloned_starter_is_edited_published_downloaded_and_re_imported_unchanged() throws Exception {
        String published;
        try (Browser demo = new Browser()) {
            try {
                published = cloneEditAndPublish(demo);
            } catch (RuntimeException | AssertionError e) {
                demo.screenshot("round-trip-edit-failure");
                throw e;
            }
        }
        assertThat(published)
                .startsWith("format: stackup-template/1")
                .contains("name: Core IO, edited")
                .contains("Who signs off on changes to servers?");

        Path file = Files.createTempDirectory("stackup-download-").resolve("core-io.yaml");
        Files.writeString(file, published);
        try (Browser other = new Browser()) {
            other.login("admin@other.test");
            other.open("/templates");
            other.upload("template-upload", file);
            other.waitForText(By.id("template-name"), "Core IO, edited");
            other.waitForId("publish");
            assertThat(other.download("download")).isEqualTo(published);
            other.screenshot("round-trip-imported");
        }
    }

    /** Returns the published template's download. */
    private static String cloneEditAndPublish(Browser browser) {
        browser.login("admin@demo.test");
        browser.open("/templates");
        browser.waitForId("open-starters").click();
        browser.click("clone-core-io");
        browser.waitForText(By.id("template-name"), "Core Infrastructure Optimization");

        browser.press("edit");
        browser.waitForId("template-editor");
        browser.type("#editor-name input", "Core IO, edited");
        tab(browser, "questionnaire");
        browser.press("add-question");
        browser.present(By.id("question-form"));
        browser.type("#question-text textarea", "Who signs off on changes to servers?");
        browser.waitForText(By.id("editor-problem-summary"), "No problems");
        browser.screenshot("round-trip-editor");
        browser.press("editor-save");
        browser.waitFor(By.xpath("//vaadin-notification-card[contains(., 'Saved')]"));

        browser.press("editor-back");
        browser.waitForText(By.id("template-name"), "Core IO, edited");
        WebElement added = browser.present(By.id("q-question-97"));
        assertThat(added.getText()).contains("Who signs off on changes to servers?");

        publish(browser);
        return browser.download("download");
    }
}
