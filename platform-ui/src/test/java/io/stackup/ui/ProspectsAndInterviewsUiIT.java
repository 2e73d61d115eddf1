package io.stackup.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.stackup.deploy.MailServer;
import io.stackup.support.Browser;
import io.stackup.support.SharedStack;
import io.stackup.support.StackupIntegrationTest;
import io.stackup.support.Tokens;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Prospects and interviews in Chromium: an admin creates a prospect (a bad e-mail address is shown next to its field
 * and nothing is saved), assigns an interview with a due date and a target, finds it on the prospect and the interview
 * page, and the interviewer gets a mail and sees it in My interviews with Continue; the admin reassigns and cancels it
 * with reasons kept in the history. Another tenant's admin and an expert do not find an open interview.
 */
@StackupIntegrationTest
class ProspectsAndInterviewsUiIT {

    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final JsonMapper JSON = JsonMapper.builder().build();

    String unique;
    String admin;

    @BeforeEach
    void a_fresh_name_and_a_token() {
        unique = UUID.randomUUID().toString().substring(0, 8);
        admin = Tokens.accessToken("admin@demo.test", "openid organization:demo");
    }

    @Test
    void an_admin_creates_a_prospect_assigns_reassigns_and_cancels_an_interview_and_the_interviewer_continues_it()
            throws Exception {
        publishedTemplate();
        String prospectName = "Acme " + unique;
        String interview;
        try (Browser browser = new Browser()) {
            try {
                browser.login("admin@demo.test");
                browser.open("/prospects");
                browser.waitForId("prospect-grid");
                browser.press("new-prospect");
                browser.type("#new-prospect-name input", prospectName);
                browser.type("#new-prospect-industry input", "Retail");
                browser.type("#new-prospect-employees input", "120");
                browser.type("#new-prospect-contact-name input", "Carla Contact");
                browser.type("#new-prospect-contact-email input", "carla at acme");
                browser.press("new-prospect-create");
                WebElement email = browser.present(By.id("new-prospect-contact-email"));
                new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                        .until(d -> email.getDomAttribute("invalid") != null);
                assertThat(email.getText()).contains("is not an e-mail address");
                assertThat(browser.present(By.id("new-prospect-name")).getDomAttribute("invalid"))
                        .isNull();
                browser.screenshot("prospect-new-invalid");
                assertThat(prospectCount(prospectName)).as("nothing saved").isZero();

                browser.type("#new-prospect-contact-email input", "carla@acme.test");
                browser.press("new-prospect-create");
                browser.waitForText(By.id("prospect-name"), prospectName);
                assertThat(prospectCount(prospectName)).isEqualTo(1);
                String prospectPath =
                        URI.create(browser.driver().getCurrentUrl()).getPath();
                browser.waitForText(By.id("prospect-interviews"), "No interviews with this prospect yet");

                browser.press("assign-interview");
                browser.waitForId("assign-dialog");
                pick(browser, "assign-template", "iv-" + unique);
                pick(browser, "assign-interviewer", "interviewer@demo.test");
                WebElement due = browser.present(By.id("assign-due"));
                browser.driver()
                        .executeScript(
                                "arguments[0].value = '2030-01-31';"
                                        + " arguments[0].dispatchEvent(new CustomEvent('change', {bubbles: true}));",
                                due);
                browser.press("assign-add-target");
                browser.choose(
                        browser.present(By.id("assign-target-capability-0")),
                        "Identity and Access › Directory services");
                browser.choose(browser.present(By.id("assign-target-level-0")), "Dynamic");
                browser.screenshot("assign-dialog");
                browser.press("assign-submit");

                browser.waitForId("interview-facts");
                interview = lastSegment(browser.driver().getCurrentUrl());
                browser.waitForText(By.id("interview-prospect"), prospectName);
                assertThat(text(browser, "fact-interviewer")).contains("interviewer@demo.test");
                assertThat(text(browser, "fact-due")).contains("2030");
                assertThat(text(browser, "interview-targets")).contains("Directory services: Dynamic");
                assertThat(text(browser, "interview-history")).contains("Assigned to interviewer@demo.test");
                assertThat(browser.driver().findElements(By.id("continue")))
                        .as("only the interviewer continues")
                        .isEmpty();
                browser.screenshot("interview-page-admin");

                Optional<MimeMessage> mail =
                        SharedStack.mail().await(m -> mentions(m, interview), Duration.ofSeconds(30));
                assertThat(mail).as("the assignment mail").isPresent();
                assertThat(Arrays.toString(mail.get().getAllRecipients())).contains("interviewer@demo.test");
                assertThat(MailServer.body(mail.get())).contains(SharedStack.appUrl() + "/interviews/" + interview);

                browser.open(prospectPath);
                browser.waitForText(By.id("prospect-interviews"), "Mini IO 1.0.0");
                assertThat(text(browser, "prospect-interviews"))
                        .contains("Assigned")
                        .contains("2030");
                browser.screenshot("prospect-detail");

                browser.open("/interviews");
                browser.type("#interview-search input", prospectName);
                browser.waitForText(By.id("interview-grid"), prospectName);
                browser.screenshot("interviews-admin");
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("interviews-admin-failure");
                throw e;
            }
        }

        try (Browser tablet = new Browser(768, 1024)) {
            try {
                tablet.login("interviewer@demo.test");
                tablet.waitForId("my-interviews");
                WebElement card = tablet.present(By.id("card-" + interview));
                assertThat(card.getText())
                        .contains(prospectName)
                        .contains("Mini IO")
                        .contains("2030");
                tablet.present(By.id("continue-" + interview));
                tablet.screenshot("my-interviews-tablet");
                tablet.driver().findElement(By.id("details-" + interview)).click();
                tablet.waitForId("continue");
                assertThat(tablet.driver().getCurrentUrl()).endsWith("/interviews/" + interview);
                tablet.screenshot("interview-page-interviewer-tablet");
                tablet.press("continue");
                new WebDriverWait(tablet.driver(), Duration.ofSeconds(20))
                        .until(d -> d.getCurrentUrl().endsWith("/interviews/" + interview + "/run"));
            } catch (RuntimeException | AssertionError e) {
                tablet.screenshot("my-interviews-failure");
                throw e;
            }
        }

        try (Browser browser = new Browser()) {
            try {
                browser.login("admin@demo.test");
                browser.open("/interviews/" + interview);
                browser.press("reassign");
                browser.waitForId("reassign-dialog");
                pick(browser, "reassign-interviewer", "freelancer@stackup.test");
                browser.type("#reassign-reason textarea", "Ivan is on leave");
                browser.press("reassign-confirm");
                browser.waitForText(By.id("interview-history"), "Reassigned to freelancer@stackup.test");
                assertThat(text(browser, "interview-history")).contains("Ivan is on leave");
                assertThat(text(browser, "fact-interviewer")).contains("freelancer@stackup.test");
                assertThat(SharedStack.mail()
                                .await(
                                        m -> mentions(m, interview)
                                                && recipients(m).contains("freelancer"),
                                        Duration.ofSeconds(30)))
                        .as("the new interviewer's mail")
                        .isPresent();

                browser.press("cancel-interview");
                browser.waitForText(By.id("cancel-text"), "cannot be undone");
                browser.press("cancel-confirm");
                WebElement reason = browser.present(By.id("cancel-reason"));
                new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                        .until(d -> reason.getDomAttribute("invalid") != null);
                assertThat(reason.getText()).contains("give a reason");
                browser.screenshot("cancel-dialog");
                browser.type("#cancel-reason textarea", "Prospect withdrew");
                browser.press("cancel-confirm");
                browser.waitForText(By.id("interview-history"), "Cancelled by");
                assertThat(text(browser, "interview-history")).contains("Prospect withdrew");
                assertThat(text(browser, "fact-status")).contains("Cancelled");
                assertThat(browser.driver().findElements(By.id("reassign"))).isEmpty();
                browser.screenshot("interview-cancelled");
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("interview-cancel-failure");
                throw e;
            }
        }
    }

    @Test
    void an_interviewer_starts_an_interview_for_themselves_and_an_admin_filters_the_list_by_interviewer()
            throws Exception {
        String template = publishedTemplate();
        String name = "Self " + unique;
        String prospect = json(send("POST", "/api/v1/prospects", admin, "{\"name\": \"" + name + "\"}"))
                .get("id")
                .asString();
        HttpResponse<String> franz = send(
                "POST",
                "/api/v1/interviews",
                admin,
                "{\"templateId\": \"" + template + "\", \"prospectId\": \"" + prospect + "\","
                        + " \"interviewer\": \"freelancer@stackup.test\"}");
        assertThat(franz.statusCode()).as(franz.body()).isEqualTo(201);

        String interview;
        try (Browser tablet = new Browser(768, 1024)) {
            try {
                tablet.login("interviewer@demo.test");
                tablet.open("/prospects");
                tablet.type("#prospect-search input", name);
                tablet.waitForText(By.id("prospect-grid"), name);
                tablet.open("/prospects/" + prospect);
                tablet.waitForText(By.id("prospect-name"), name);
                assertThat(text(tablet, "assign-interview")).contains("Start an interview");
                tablet.press("assign-interview");
                tablet.waitForId("assign-dialog");
                WebElement interviewer = tablet.present(By.cssSelector("#assign-interviewer input"));
                assertThat(String.valueOf(interviewer.getDomProperty("value"))).contains("interviewer@demo.test");
                pick(tablet, "assign-template", "iv-" + unique);
                tablet.screenshot("start-interview-dialog-tablet");
                tablet.press("assign-submit");

                tablet.waitForId("interview-facts");
                interview = lastSegment(tablet.driver().getCurrentUrl());
                assertThat(text(tablet, "fact-interviewer")).contains("interviewer@demo.test");
                assertThat(text(tablet, "interview-history")).contains("Assigned to interviewer@demo.test");
                tablet.press("continue");
                new WebDriverWait(tablet.driver(), Duration.ofSeconds(20))
                        .until(d -> d.getCurrentUrl().endsWith("/interviews/" + interview + "/run"));
                tablet.present(By.id("question-has-dir"));
            } catch (RuntimeException | AssertionError e) {
                tablet.screenshot("start-interview-failure");
                throw e;
            }
        }
        JsonNode started = json(send("GET", "/api/v1/interviews/" + interview, admin, null));
        assertThat(started.get("interviewer").get("email").asString()).isEqualTo("interviewer@demo.test");
        assertThat(started.get("source").asString()).isEqualTo("self");

        try (Browser browser = new Browser()) {
            try {
                browser.login("admin@demo.test");
                browser.open("/interviews");
                browser.type("#interview-search input", name);
                browser.waitForText(By.id("interview-grid"), "Fran Freelancer");
                browser.waitForText(By.id("interview-grid"), "Ivan Interviewer");

                pick(browser, "interview-interviewer-filter", "freelancer@stackup.test");
                new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                        .until(d -> !text(browser, "interview-grid").contains("Ivan Interviewer"));
                assertThat(text(browser, "interview-grid")).contains("Fran Freelancer");
                browser.screenshot("interviews-filtered-by-interviewer");

                pick(browser, "interview-interviewer-filter", "interviewer@demo.test");
                new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                        .until(d -> !text(browser, "interview-grid").contains("Fran Freelancer"));
                assertThat(text(browser, "interview-grid")).contains("Ivan Interviewer");
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("interviews-filter-failure");
                throw e;
            }
        }
    }

    @Test
    void only_its_tenant_admin_and_its_interviewer_find_an_open_interview() throws Exception {
        String template = publishedTemplate();
        String prospect = json(send("POST", "/api/v1/prospects", admin, "{\"name\": \"Hidden " + unique + "\"}"))
                .get("id")
                .asString();
        String interview = json(send(
                        "POST",
                        "/api/v1/interviews",
                        admin,
                        "{\"templateId\": \"" + template + "\", \"prospectId\": \"" + prospect + "\","
                                + " \"interviewer\": \"interviewer@demo.test\", \"dueDate\": \"2020-01-31\"}"))
                .get("id")
                .asString();

        try (Browser other = new Browser()) {
            other.login("admin@other.test");
            other.open("/interviews/" + interview);
            other.waitForId("not-found");
            other.open("/prospects/" + prospect);
            other.waitForId("not-found");
        }
        try (Browser otherInterviewer = new Browser(768, 1024)) {
            otherInterviewer.login("interviewer@other.test");
            otherInterviewer.waitForId("my-interviews");
            assertThat(otherInterviewer.driver().findElements(By.id("card-" + interview)))
                    .isEmpty();
            otherInterviewer.open("/interviews/" + interview + "/run");
            otherInterviewer.waitForId("not-found");
        }
        try (Browser expert = new Browser(768, 1024)) {
            expert.login("expert@demo.test");
            expert.open("/interviews/" + interview);
            expert.waitForId("not-found");
            expert.open("/interviews");
            expert.waitForId("interview-grid");
            expert.waitFor(By.id("interview-search"));
            expert.type("#interview-search input", "Hidden " + unique);
            new WebDriverWait(expert.driver(), Duration.ofSeconds(10))
                    .until(d ->
                            !d.findElement(By.id("interview-grid")).getText().isBlank());
            assertThat(text(expert, "interview-grid")).doesNotContain("Hidden " + unique);
            expert.screenshot("interviews-expert-tablet");
        }
        try (Browser tablet = new Browser(768, 1024)) {
            tablet.login("interviewer@demo.test");
            tablet.waitForId("my-interviews");
            WebElement card = tablet.present(By.id("card-" + interview));
            assertThat(card.getDomAttribute("class")).contains("stackup-card-overdue");
            assertThat(card.getText()).contains("overdue");
        }
        try (Browser colleague = new Browser(768, 1024)) {
            // another interviewer of the same tenant neither lists, opens nor runs it
            colleague.login("freelancer@stackup.test");
            colleague.waitForId("choose-demo").click();
            colleague.waitForId("my-interviews");
            assertThat(colleague.driver().findElements(By.id("card-" + interview)))
                    .isEmpty();
            colleague.open("/interviews/" + interview);
            colleague.waitForId("not-found");
            colleague.open("/interviews/" + interview + "/run");
            colleague.waitForId("not-found");
        }
    }

    @Test
    void an_expert_finds_a_completed_interview_with_its_result_and_a_stale_prospect_save_is_refused() throws Exception {
        String template = publishedTemplate();
        String name = "Done " + unique;
        String prospect = json(send("POST", "/api/v1/prospects", admin, "{\"name\": \"" + name + "\"}"))
                .get("id")
                .asString();
        String interviewer = Tokens.accessToken("interviewer@demo.test", "openid organization:demo");
        String interview = json(send(
                        "POST",
                        "/api/v1/interviews",
                        admin,
                        "{\"templateId\": \"" + template + "\", \"prospectId\": \"" + prospect + "\","
                                + " \"interviewer\": \"interviewer@demo.test\"}"))
                .get("id")
                .asString();
        assertThat(send(
                                "PUT",
                                "/api/v1/interviews/" + interview + "/answers/has-dir",
                                interviewer,
                                "{\"option\": \"no\", \"note\": \"local accounts only\"}")
                        .statusCode())
                .isEqualTo(200);
        assertThat(send(
                                "PUT",
                                "/api/v1/interviews/" + interview + "/answers/budget",
                                interviewer,
                                "{\"option\": \"yes\"}")
                        .statusCode())
                .isEqualTo(200);
        assertThat(send("POST", "/api/v1/interviews/" + interview + "/complete", interviewer, null)
                        .statusCode())
                .isEqualTo(200);

        try (Browser expert = new Browser(768, 1024)) {
            expert.login("expert@demo.test");
            expert.open("/interviews");
            expert.type("#interview-search input", name);
            expert.waitForText(By.id("interview-grid"), name);
            expert.open("/interviews/" + interview);
            expert.waitForId("interview-result");
            assertThat(text(expert, "fact-status")).contains("Completed");
            assertThat(text(expert, "interview-history")).contains("Completed by");
            assertThat(text(expert, "answer-has-dir"))
                    .contains("local accounts only")
                    .contains("No");
            assertThat(text(expert, "preview-overall")).contains("Overall");
            assertThat(expert.driver().findElements(By.id("reassign"))).isEmpty();
            expert.screenshot("interview-completed-expert-tablet");
        }

        try (Browser mine = new Browser();
                Browser theirs = new Browser()) {
            mine.login("admin@demo.test");
            mine.open("/prospects/" + prospect);
            mine.waitForText(By.id("prospect-name"), name);
            theirs.login("interviewer@demo.test");
            theirs.open("/prospects/" + prospect);
            theirs.waitForText(By.id("prospect-name"), name);
            theirs.type("#prospect-industry input", "Their industry");
            theirs.press("prospect-save");
            theirs.waitFor(By.xpath("//vaadin-notification-card[contains(., 'Saved')]"));

            mine.type("#prospect-industry input", "My industry");
            mine.press("prospect-save");
            mine.waitFor(By.cssSelector("vaadin-confirm-dialog[opened]"));
            assertThat(mine.driver().getPageSource())
                    .contains("Nothing was overwritten")
                    .contains("Ivan Interviewer (interviewer@demo.test) saved it at");
            mine.screenshot("prospect-conflict");
            mine.driver()
                    .findElement(By.cssSelector("vaadin-confirm-dialog[opened] [slot='confirm-button']"))
                    .click();
            new WebDriverWait(mine.driver(), Duration.ofSeconds(20))
                    .until(d -> "Their industry"
                            .equals(d.findElement(By.cssSelector("#prospect-industry input"))
                                    .getDomProperty("value")));
        }
    }

    private String publishedTemplate() throws Exception {
        String body;
        try (InputStream in = getClass().getResourceAsStream("/templates/mini-io.json")) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("\"key\": \"mini-io\"", "\"key\": \"iv-" + unique + "\"");
        }
        HttpResponse<String> created = send("POST", "/api/v1/templates?publish=true", admin, body);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json(created).get("id").asString();
    }

    private int prospectCount(String name) throws Exception {
        return json(send(
                        "GET",
                        "/api/v1/prospects?search=" + java.net.URLEncoder.encode(name, StandardCharsets.UTF_8),
                        admin,
                        null))
                .get("total")
                .asInt();
    }

    private static boolean mentions(MimeMessage mail, String interview) {
        return MailServer.body(mail).contains("/interviews/" + interview);
    }

    private static String recipients(MimeMessage mail) {
        try {
            return Arrays.toString(mail.getAllRecipients());
        } catch (jakarta.mail.MessagingException e) {
            return "";
        }
    }

    private static String lastSegment(String url) {
        String path = URI.create(url).getPath();
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static String text(Browser browser, String id) {
        return browser.present(By.id(id)).getText();
    }

    /** Replaces a combo box's text with a filter and clicks the first item whose label contains it. */
    private static void pick(Browser browser, String comboId, String filter) {
        WebElement input = browser.present(By.cssSelector("#" + comboId + " input"));
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(filter);
        browser.clickItem("vaadin-combo-box-item", filter, false);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(d -> String.valueOf(input.getDomProperty("value")).contains(filter));
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    private static HttpResponse<String> send(String method, String path, String token, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(SharedStack.appUrl() + path))
                .header("Authorization", "Bearer " + token);
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(
                method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
