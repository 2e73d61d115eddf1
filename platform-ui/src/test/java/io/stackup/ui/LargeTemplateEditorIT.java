package io.stackup.ui;

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
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The editor and the live preview on a template at the format's limits (500 capabilities, 2,000 questions in 40
 * sections, every 8th question shown only after an earlier answer): they open, an edit is validated, a preview answer
 * updates the result. It prints how long each step took, for a person to read; it asserts nothing about time (the
 * figures depend on the machine).
 */
@StackupIntegrationTest
class LargeTemplateEditorIT {

    private static final int AREAS = 25;
    private static final int CAPABILITIES_PER_AREA = 20;
    private static final int SECTIONS = 40;
    private static final int QUESTIONS_PER_SECTION = 50;

    @Test
    void a_two_thousand_question_template_can_be_edited_and_previewed() throws Exception {
        String key = "large-" + UUID.randomUUID().toString().substring(0, 8);
        String id = importLarge(key);
        try (Browser browser = new Browser()) {
            try {
                editAndPreview(browser, id);
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("large-editor-failure");
                System.out.println("[large template] problems shown: "
                        + browser.driver().findElements(By.id("editor-problems")).stream()
                                .map(WebElement::getText)
                                .toList());
                throw e;
            }
        }
    }

    private static void editAndPreview(Browser browser, String id) {
        browser.login("admin@other.test");
        for (String visit : new String[] {"first", "second"}) {
            long start = System.nanoTime();
            browser.open("/templates/" + id);
            browser.waitForText(By.id("template-name"), "Large");
            browser.present(By.id("q-q-0"));
            report("open the template page with its preview (" + visit + " time)", start);
        }

        long start = System.nanoTime();
        browser.driver().executeScript("document.querySelector('#q-q-0 vaadin-radio-button').click()");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(60))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> !d.findElement(By.id("preview-overall")).getText().contains("not assessed"));
        report("answer one question in the preview until the result shows", start);

        start = System.nanoTime();
        browser.press("edit");
        browser.waitForText(By.id("editor-problem-summary"), "No problems");
        report("open the editor and validate the whole template", start);

        WebElement tab = browser.present(By.id("editor-tab-questionnaire"));
        start = System.nanoTime();
        browser.driver().executeScript("arguments[0].click()", tab);
        browser.present(By.id("question-grid"));
        report("show the questionnaire tab", start);

        start = System.nanoTime();
        browser.present(By.xpath("//vaadin-grid-cell-content[normalize-space(.)='q-7']"))
                .click();
        browser.present(By.id("question-form"));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> "q-7"
                        .equals(d.findElement(By.cssSelector("#question-key input"))
                                .getDomProperty("value")));
        browser.present(By.cssSelector("#question-show-if .stackup-condition-pickers"));
        report("select a question with a showIf (and show its form)", start);

        start = System.nanoTime();
        browser.type("#question-text textarea", "");
        browser.waitForText(By.id("editor-problem-summary"), "1 problem");
        report("empty a question's text until its problem is listed", start);

        start = System.nanoTime();
        browser.type("#question-text textarea", "Is this still quick?");
        browser.waitForText(By.id("editor-problem-summary"), "No problems");
        report("mend it until the list is empty again", start);
        browser.screenshot("large-editor");
    }

    private static void report(String step, long startNanos) {
        System.out.printf("[large template] %-62s %6d ms%n", step, (System.nanoTime() - startNanos) / 1_000_000);
    }

    private static String importLarge(String key) throws Exception {
        String token = Tokens.accessToken("admin@other.test", "openid organization:other");
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(SharedStack.appUrl() + "/api/v1/templates"))
                                .header("Authorization", "Bearer " + token)
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(document(key)))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return response.body()
                .replaceAll(".*\"id\"\\s*:\\s*\"([^\"]+)\".*", "$1")
                .strip();
    }

    /** 500 capabilities, 2,000 yes/no and single-choice questions; every 8th shown when the one before is answered. */
    static String document(String key) {
        StringBuilder json = new StringBuilder();
        json.append("{\"format\": \"stackup-template/1\", \"key\": \"")
                .append(key)
                .append("\", \"name\": \"Large\", \"version\": \"1.0.0\",")
                .append("\"scale\": {\"levels\": [{\"key\": \"basic\", \"name\": \"Basic\"},")
                .append("{\"key\": \"standardized\", \"name\": \"Standardized\"},")
                .append("{\"key\": \"rationalized\", \"name\": \"Rationalized\"},")
                .append("{\"key\": \"dynamic\", \"name\": \"Dynamic\"}]}, \"areas\": [");
        for (int a = 0; a < AREAS; a++) {
            json.append(a == 0 ? "" : ",").append("{\"key\": \"area-").append(a);
            json.append("\", \"name\": \"Area ").append(a).append("\", \"capabilities\": [");
            for (int c = 0; c < CAPABILITIES_PER_AREA; c++) {
                int n = a * CAPABILITIES_PER_AREA + c;
                json.append(c == 0 ? "" : ",").append("{\"key\": \"cap-").append(n);
                json.append("\", \"name\": \"Capability ").append(n).append("\"}");
            }
            json.append("]}");
        }
        json.append("], \"questionnaire\": {\"title\": \"Large\", \"sections\": [");
        int q = 0;
        for (int s = 0; s < SECTIONS; s++) {
            json.append(s == 0 ? "" : ",").append("{\"key\": \"s-").append(s);
            json.append("\", \"title\": \"Section ").append(s).append("\", \"questions\": [");
            for (int i = 0; i < QUESTIONS_PER_SECTION; i++, q++) {
                json.append(i == 0 ? "" : ",").append("{\"key\": \"q-").append(q);
                json.append("\", \"capability\": \"cap-").append(q % (AREAS * CAPABILITIES_PER_AREA));
                json.append("\", \"text\": \"Question ").append(q).append("?\"");
                if (q % 2 == 0) {
                    json.append(", \"type\": \"single\", \"options\": [")
                            .append("{\"key\": \"o0\", \"label\": \"Not at all\", \"level\": \"basic\"},")
                            .append("{\"key\": \"o1\", \"label\": \"Partly\", \"level\": \"standardized\"},")
                            .append("{\"key\": \"o2\", \"label\": \"Mostly\", \"level\": \"rationalized\"},")
                            .append("{\"key\": \"o3\", \"label\": \"Fully\", \"level\": \"dynamic\"}]");
                } else {
                    json.append(", \"type\": \"yes_no\", \"requires\": \"standardized\"");
                }
                if (q % 8 == 7) {
                    json.append(", \"showIf\": {\"question\": \"q-")
                            .append(q - 1)
                            .append("\", \"answered\": true}");
                }
                json.append("}");
            }
            json.append("]}");
        }
        return json.append("]}}").toString();
    }
}
