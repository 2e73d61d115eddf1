package io.stackup.ui.result;

import static org.assertj.core.api.Assertions.assertThat;

import io.stackup.support.Api;
import io.stackup.support.Browser;
import io.stackup.support.StackupIntegrationTest;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;

/**
 * The result screen in Chromium: a completed interview shows the profile with its radar, the evidence with the
 * interviewer's note, the roadmap with the no-spend step first and the qualification, with the numbers the API gives; a
 * what-if target changes gap and roadmap at once and is still there after a reload; at 768 px nothing runs off the page.
 */
@StackupIntegrationTest
class ResultUiIT {

    final String unique = UUID.randomUUID().toString().substring(0, 8);
    Api admin;
    Api interviewer;

    @BeforeEach
    void signed_in_to_the_api() {
        admin = Api.demo("admin@demo.test");
        interviewer = Api.demo("interviewer@demo.test");
    }

    @Test
    void a_completed_interview_shows_profile_evidence_roadmap_and_qualification_and_a_what_if_target_is_kept()
            throws Exception {
        String id = completedInterview();
        JsonNode apiResult = admin.json("GET", "/api/v1/interviews/" + id + "/result", null, 200);
        try (Browser browser = new Browser()) {
            try {
                browser.login("admin@demo.test");
                browser.open("/interviews/" + id + "/result");
                browser.waitForId("result-profile");

                assertThat(text(browser, "result-overall"))
                        .as("the API's overall level and score, as the screen writes them")
                        .contains(
                                levelName(apiResult.get("overall").get("level").asString()))
                        .contains(percent(apiResult.get("overall").get("score").asDouble()));
                assertThat(browser.driver().findElements(By.cssSelector("#result-radar svg title")))
                        .isNotEmpty();
                assertThat(text(browser, "level-directory")).contains("Basic");
                assertThat(text(browser, "gap-directory")).isEqualTo("gap 2");
                browser.driver()
                        .findElement(By.cssSelector("#why-directory vaadin-details-summary"))
                        .click();
                browser.waitForText(By.id("evidence-directory"), "No directory yet, AD planned");
                assertThat(text(browser, "evidence-directory")).contains("gives Basic");
                List<WebElement> steps =
                        browser.driver().findElements(By.cssSelector("#roadmap-step-1 li.stackup-roadmap-item"));
                assertThat(steps)
                        .extracting(WebElement::getText)
                        .first()
                        .asString()
                        .startsWith("No spend");
                assertThat(steps.get(0).getDomAttribute("id")).isEqualTo("item-directory-joiner-process");
                assertThat(steps.get(1).getDomAttribute("id")).isEqualTo("item-directory-central-dir");
                assertThat(text(browser, "qualification-summary"))
                        .contains("Qualified")
                        .contains("5");
                assertThat(text(browser, "qualification-rules"))
                        .contains("budget")
                        .contains("IAM gap");
                browser.screenshot("result-1280");

                byte[] pdf = browser.downloadBytes("download-pdf");
                assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
                assertThat(pdfText(pdf))
                        .as("the PDF says what the screen says")
                        .contains("Fabrikam " + unique)
                        .contains(
                                levelName(apiResult.get("overall").get("level").asString()))
                        .contains(percent(apiResult.get("overall").get("score").asDouble()))
                        .contains("Written joiner/leaver process")
                        .contains("No directory yet, AD planned");

                browser.choose(browser.waitForId("target-directory"), "Basic");
                browser.waitForText(By.id("gap-directory"), "target reached");
                browser.waitForId("roadmap-none");
                assertThat(admin.json("GET", "/api/v1/interviews/" + id + "/result", null, 200)
                                .get("capabilities")
                                .get(0)
                                .get("target")
                                .asString())
                        .isEqualTo("basic");

                browser.open("/interviews/" + id + "/result");
                browser.waitForText(By.id("gap-directory"), "target reached");
                assertThat(browser.waitForId("target-directory").getText()).contains("Basic");
                browser.choose(browser.waitForId("target-directory"), "Dynamic");
                browser.waitForText(By.id("gap-directory"), "gap 3");
                browser.waitForId("roadmap-step-1");
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("result-failure");
                throw e;
            }
        }
        try (Browser tablet = new Browser(768, 1024)) {
            tablet.login("interviewer@demo.test");
            tablet.open("/interviews/" + id + "/result");
            tablet.waitForId("result-profile");
            assertThat(text(tablet, "gap-directory")).isEqualTo("gap 3");
            Object overflow = tablet.driver()
                    .executeScript(
                            "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
            assertThat(((Number) overflow).intValue())
                    .as("no horizontal scrolling at 768 px")
                    .isLessThanOrEqualTo(0);
            tablet.screenshot("result-768");
        }
    }

    @Test
    void an_expert_reads_a_completed_result_but_changes_no_target_and_another_tenant_finds_nothing() throws Exception {
        String id = completedInterview();
        try (Browser browser = new Browser()) {
            browser.login("expert@demo.test");
            browser.open("/interviews/" + id + "/result");
            browser.waitForId("result-profile");
            assertThat(text(browser, "target-directory")).isEqualTo("target Rationalized");
            assertThat(browser.driver().findElements(By.cssSelector("vaadin-select#target-directory")))
                    .isEmpty();
        }
        try (Browser other = new Browser()) {
            other.login("admin@other.test");
            other.open("/interviews/" + id + "/result");
            other.waitForId("not-found");
            assertThat(other.driver().findElements(By.id("result-profile"))).isEmpty();
        }
    }

    @Test
    void a_second_interview_of_the_prospect_is_compared_with_the_first_and_the_prospect_shows_both_over_time()
            throws Exception {
        String template = template();
        String prospect = prospect();
        completedInterview(template, prospect);
        String second = assigned(template, prospect);
        interviewer.json("PUT", "/api/v1/interviews/" + second + "/answers/has-dir", "{\"option\": \"yes\"}", 200);
        interviewer.json(
                "PUT", "/api/v1/interviews/" + second + "/answers/provisioning", "{\"option\": \"scripted\"}", 200);
        interviewer.json("PUT", "/api/v1/interviews/" + second + "/answers/budget", "{\"option\": \"no\"}", 200);
        interviewer.json("POST", "/api/v1/interviews/" + second + "/complete", null, 200);

        try (Browser browser = new Browser()) {
            browser.login("admin@demo.test");
            browser.open("/interviews/" + second + "/result");
            browser.waitForId("comparison");
            WebElement row = browser.waitForId("comparison-row-directory");
            assertThat(row.getDomAttribute("data-movement")).isEqualTo("up");
            assertThat(row.getText()).contains("Basic").contains("Rationalized");
            assertThat(browser.waitForId("comparison-overall").getDomAttribute("data-movement"))
                    .isEqualTo("up");
            browser.screenshot("result-comparison");

            browser.open("/prospects/" + prospect);
            browser.waitForId("prospect-timeline-chart");
            assertThat(browser.driver().findElements(By.cssSelector("#prospect-timeline-chart svg desc")))
                    .singleElement()
                    .extracting(e -> e.getDomProperty("textContent"))
                    .asString()
                    .contains("Basic")
                    .contains("Rationalized");
        }
    }

    private String template() throws Exception {
        return admin.json("POST", "/api/v1/templates?publish=true", miniIo(), 201)
                .get("id")
                .asString();
    }

    private String prospect() throws Exception {
        return admin.json("POST", "/api/v1/prospects", "{\"name\": \"Fabrikam " + unique + "\"}", 201)
                .get("id")
                .asString();
    }

    private String completedInterview() throws Exception {
        return completedInterview(template(), prospect());
    }

    private String assigned(String template, String prospect) throws Exception {
        return admin.json(
                        "POST",
                        "/api/v1/interviews",
                        "{\"templateId\": \"" + template + "\", \"prospectId\": \"" + prospect
                                + "\", \"interviewer\": \"interviewer@demo.test\"}",
                        201)
                .get("id")
                .asString();
    }

    private String completedInterview(String template, String prospect) throws Exception {
        String id = assigned(template, prospect);
        interviewer.json(
                "PUT",
                "/api/v1/interviews/" + id + "/answers/has-dir",
                "{\"option\": \"no\", \"note\": \"No directory yet, AD planned\"}",
                200);
        interviewer.json("PUT", "/api/v1/interviews/" + id + "/answers/budget", "{\"option\": \"yes\"}", 200);
        interviewer.json("POST", "/api/v1/interviews/" + id + "/complete", null, 200);
        return id;
    }

    private String miniIo() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/templates/mini-io.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("\"key\": \"mini-io\"", "\"key\": \"res-" + unique + "\"");
        }
    }

    /** The PDF's text as Poppler's pdftotext reads it (what a person copying from a viewer gets). */
    private static String pdfText(byte[] pdf) throws Exception {
        Path file = Files.createTempFile("stackup-report-", ".pdf");
        Files.write(file, pdf);
        Process process = new ProcessBuilder("pdftotext", "-enc", "UTF-8", file.toString(), "-")
                .redirectErrorStream(true)
                .start();
        String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(text).isZero();
        return text.replace("\uFB01", "fi").replace("\uFB00", "ff").replace("\uFB02", "fl");
    }

    private static String levelName(String key) {
        return Character.toUpperCase(key.charAt(0)) + key.substring(1);
    }

    private static String percent(double score) {
        return (long) Math.floor((score + 1e-9) * 100) + "%";
    }

    private static String text(Browser browser, String id) {
        return browser.waitForId(id).getText().trim();
    }
}
