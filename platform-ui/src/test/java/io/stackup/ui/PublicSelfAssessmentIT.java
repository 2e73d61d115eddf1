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
 * A public self-assessment end to end in Chromium: an admin offers a published template as a link, a stranger without
 * an account answers it and sees their own result under the partner's name, the admin switches the link off and the
 * stranger sees only that it is not active; the answer became a prospect and a completed interview.
 */
@StackupIntegrationTest
class PublicSelfAssessmentIT {

    static final String ADMIN_SCOPE = "openid organization:demo";

    @Test
    void a_stranger_answers_a_public_link_and_sees_their_result_and_the_admin_sees_the_interview() throws Exception {
        String key = "public-" + UUID.randomUUID().toString().substring(0, 8);
        String name = "Public check " + key.substring(7);
        publish("""
                {"format": "stackup-template/1", "key": "%s", "name": "%s", "version": "1.0.0",
                 "scale": {"levels": [{"key": "basic", "name": "Basic"}, {"key": "standardized", "name": "Standardized"},
                                      {"key": "dynamic", "name": "Dynamic"}]},
                 "defaultTarget": "dynamic",
                 "areas": [{"key": "iam", "name": "Identity and Access", "capabilities": [
                   {"key": "directory", "name": "Directory services", "recommendations": [
                     {"key": "joiner-process", "toLevel": "standardized", "title": "Written joiner/leaver process",
                      "kind": "process", "effort": "S"}]}]}],
                 "questionnaire": {"title": "Check", "sections": [
                   {"key": "s1", "title": "Identity", "questions": [
                     {"key": "has-dir", "capability": "directory", "type": "yes_no", "requires": "standardized",
                      "text": "Do you have a directory service?"},
                     {"key": "provisioning", "type": "yes_no", "text": "Are accounts created by script?",
                      "showIf": {"question": "has-dir", "anyOf": ["yes"]}}]},
                   {"key": "s2", "title": "Plans", "questions": [
                     {"key": "budget", "type": "yes_no", "text": "Is there budget this year?"}]}]}}
                """.formatted(key, name));
        String company = "Stranger Co " + key.substring(7);

        try (Browser admin = new Browser()) {
            admin.login("admin@demo.test");
            admin.open("/public-links");
            admin.pick(admin.waitForId("link-template"), name, name + " 1.0.0");
            admin.type("#link-welcome textarea", "Welcome! Ten questions, five minutes.");
            admin.click("create-link");
            WebElement url = admin.waitFor(By.cssSelector("#new-link-url input"));
            String link = url.getDomProperty("value");
            assertThat(link).matches("https?://.+/s/[A-Za-z0-9_-]{43}");
            String path = URI.create(link).getPath();
            String token = path.substring(path.lastIndexOf('/') + 1);
            admin.waitForId("toggle-" + token.substring(0, 8));
            admin.pick(admin.waitForId("link-filter"), name, name + " 1.0.0");
            new WebDriverWait(admin.driver(), Duration.ofSeconds(20))
                    .until(d -> d.findElements(By.cssSelector("#link-grid [id^='toggle-']"))
                                    .size()
                            == 1);
            admin.waitForId("toggle-" + token.substring(0, 8));
            admin.screenshot("public-links");

            try (Browser stranger = new Browser()) {
                stranger.open(path);
                stranger.waitForText(By.id("public-brand"), "Demo Partners Ltd");
                stranger.waitForText(By.id("public-welcome"), "Ten questions, five minutes.");
                assertThat(stranger.driver().findElements(By.id("main-menu"))).isEmpty();
                assertThat(stranger.isOnKeycloakLogin()).isFalse();
                assertThat(stranger.driver().findElements(By.id("q-provisioning")))
                        .noneMatch(WebElement::isDisplayed);
                choose(stranger, "q-has-dir", "Yes");
                stranger.waitForId("q-provisioning");
                choose(stranger, "q-has-dir", "No");
                stranger.waitUntilGone("q-provisioning");

                stranger.open(path);
                stranger.click("public-submit");
                stranger.waitForText(By.id("q-has-dir-error"), "answer this question");
                stranger.waitForText(By.id("respondent-consent-error"), "privacy notice");
                assertThat(stranger.waitForId("respondent-name").getDomAttribute("invalid"))
                        .isNotNull();
                stranger.screenshot("public-assessment-problems");

                choose(stranger, "q-has-dir", "No");
                choose(stranger, "q-budget", "Yes");
                stranger.type("#respondent-name input", "Rita Stranger");
                stranger.type("#respondent-company input", company);
                stranger.type("#respondent-email input", "rita@stranger.test");
                stranger.press("respondent-consent");
                stranger.screenshot("public-assessment-filled");
                stranger.click("public-submit");

                stranger.waitForText(By.id("result-overall"), "Basic");
                assertThat(stranger.driver().getCurrentUrl()).contains(path + "/result/");
                assertThat(stranger.waitForId("public-brand").getText()).isEqualTo("Demo Partners Ltd");
                assertThat(stranger.waitForId("result-ladders").getText()).contains("Identity and Access · Basic");
                assertThat(stranger.waitForId("result-radar").findElements(By.tagName("svg")))
                        .isNotEmpty();
                assertThat(stranger.waitForId("result-roadmap").getText())
                        .contains("Written joiner/leaver process")
                        .contains("Directory services");
                assertThat(stranger.driver().getPageSource()).doesNotContain("lead score");
                assertThat(stranger.driver().findElements(By.id("result-qualification")))
                        .as("no internals: the lead qualification")
                        .isEmpty();
                assertThat(stranger.driver().findElements(By.id("why-directory")))
                        .as("no internals: which answer gave which level")
                        .isEmpty();
                assertThat(stranger.driver().findElements(By.cssSelector("vaadin-select")))
                        .as("no what-if")
                        .isEmpty();
                stranger.screenshot("public-assessment-result");
                String resultUrl = stranger.driver().getCurrentUrl();

                stranger.open(path + "/result/" + token);
                stranger.waitForId("link-inactive");

                admin.press("toggle-" + token.substring(0, 8));
                new WebDriverWait(admin.driver(), Duration.ofSeconds(20))
                        .until(d -> d.findElement(By.id("link-grid")).getText().contains("Off"));

                stranger.driver().navigate().to(resultUrl);
                stranger.waitForId("link-inactive");
                stranger.open(path);
                stranger.waitForText(By.id("link-inactive"), "This link is not active");
                assertThat(stranger.driver().getPageSource()).doesNotContain("Demo Partners Ltd");
                stranger.screenshot("public-assessment-inactive");
            }
        }

        HttpResponse<String> interviews = get("/api/v1/interviews?status=completed&size=500");
        assertThat(interviews.statusCode()).isEqualTo(200);
        assertThat(interviews.body()).contains(company).contains("\"self-assessment\"");
        HttpResponse<String> prospects = get("/api/v1/prospects?size=500");
        assertThat(prospects.body()).contains(company).contains("rita@stranger.test");

        try (Browser other = new Browser()) {
            // another tenant's admin finds neither the link nor what it made
            other.login("admin@other.test");
            other.open("/public-links");
            other.waitForId("link-grid");
            assertThat(other.driver().getPageSource()).doesNotContain(name);
            other.open("/prospects");
            other.type("#prospect-search input", company);
            other.waitForText(By.id("prospect-grid"), "No prospects match");
            other.open("/interviews");
            other.type("#interview-search input", company);
            other.waitForText(By.id("interview-grid"), "No interviews match");
        }
    }

    private static void choose(Browser browser, String questionId, String label) {
        WebElement question = browser.present(By.id(questionId));
        WebElement radio = question.findElements(By.cssSelector("vaadin-radio-button")).stream()
                .filter(r -> r.getText().strip().equals(label))
                .findFirst()
                .orElseThrow();
        browser.driver().executeScript("arguments[0].click()", radio);
    }

    private static void publish(String json) throws Exception {
        String token = Tokens.accessToken("admin@demo.test", ADMIN_SCOPE);
        HttpResponse<String> created = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(SharedStack.appUrl() + "/api/v1/templates?publish=true"))
                                .header("Authorization", "Bearer " + token)
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(json))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    }

    private static HttpResponse<String> get(String path) throws Exception {
        String token = Tokens.accessToken("admin@demo.test", ADMIN_SCOPE);
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(SharedStack.appUrl() + path))
                                .header("Authorization", "Bearer " + token)
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }
}
