package io.stackup.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.stackup.support.Browser;
import io.stackup.support.StackupIntegrationTest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A partner admin in Chromium: starts a draft from a starter template, answers its questionnaire in the live preview
 * and watches the result change, publishes it; imports a document and sees every problem of a broken one.
 */
@StackupIntegrationTest
class TemplatesUiIT {

    @Test
    void an_admin_clones_a_starter_previews_it_and_publishes_it() {
        try (Browser browser = new Browser()) {
            browser.login("admin@demo.test");
            browser.open("/templates");
            browser.waitForId("open-starters").click();
            browser.click("clone-infosec-maturity");
            browser.waitForId("template-name");
            browser.waitForText(By.id("template-name"), "Information Security Maturity");
            browser.waitForText(By.id("preview-overall"), "not assessed");

            WebElement firstQuestion = browser.waitFor(By.cssSelector("#preview-questions .stackup-question"));
            WebElement firstRadio = firstQuestion.findElement(By.cssSelector("vaadin-radio-button"));
            firstRadio.click();
            browser.driver().manage().timeouts().implicitlyWait(java.time.Duration.ZERO);
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20))
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(d ->
                            !d.findElement(By.id("preview-overall")).getText().contains("not assessed"));
            browser.screenshot("template-preview");

            browser.waitForId("publish").click();
            WebElement confirm = browser.waitFor(By.cssSelector("vaadin-confirm-dialog[opened]"));
            assertThat(browser.driver().getPageSource()).contains("never changes again");
            browser.driver()
                    .findElement(By.cssSelector(
                            "vaadin-confirm-dialog [slot='confirm-button'], #confirm-publish [slot='confirm-button']"))
                    .click();
            browser.waitForId("new-draft");
            assertThat(confirm).isNotNull();
        }
    }

    @Test
    void an_import_of_a_broken_document_lists_every_problem_and_a_good_one_opens_the_draft() throws Exception {
        Path broken = Files.createTempFile("broken-", ".json");
        Files.writeString(
                broken, "{\"format\": \"stackup-template/1\", \"key\": \"Bad Key\", \"name\": \"\", \"surprise\": 1}");
        Path good = Files.createTempFile("good-", ".yaml");
        Files.writeString(
                good,
                "format: stackup-template/1\nkey: uploaded\nname: Uploaded\nversion: \"1.0\"\n"
                        + "scale: {levels: [{key: low, name: Low}, {key: high, name: High}]}\n"
                        + "areas: [{key: a, name: A, capabilities: [{key: c, name: Cap}]}]\n"
                        + "questionnaire: {title: Q, sections: [{key: s, title: S, questions: [\n"
                        + "  {key: q, capability: c, type: yes_no, text: Ready?}]}]}\n");
        try (Browser browser = new Browser()) {
            browser.login("admin@other.test");
            browser.open("/templates");
            browser.upload("template-upload", broken);
            browser.waitForId("import-problems");
            String problems = browser.waitForId("problem-grid").getText();
            assertThat(problems).contains("$.key").contains("$.name").contains("$.surprise");
            browser.screenshot("import-problems");
            browser.click("close-problems");
            browser.waitUntilGone("import-problems");

            browser.open("/templates");

            browser.upload("template-upload", good);
            try {
                browser.waitForText(By.id("template-name"), "Uploaded");
            } finally {
                browser.screenshot("import-good");
            }
        }
    }
}
