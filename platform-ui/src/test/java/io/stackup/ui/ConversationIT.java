package io.stackup.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.stackup.deploy.EmbeddedDatabase;
import io.stackup.deploy.SharedPostgres;
import io.stackup.support.AppServer;
import io.stackup.support.Browser;
import io.stackup.support.SharedStack;
import io.stackup.support.StackupIntegrationTest;
import io.stackup.support.Tokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The interviewer's conversation mode in Chromium at tablet width: keys answer and move, a question appears when its
 * condition holds, a note is saved as it is typed; the server goes away mid-interview and comes back as if restarted,
 * and what was answered meanwhile arrives; completing lists the open required question and leads to it; a second
 * device shows an answer the moment it is given; the completed interview holds every answer.
 */
@StackupIntegrationTest
class ConversationIT {

    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    ApplicationContext context;

    @Test
    void an_interviewer_runs_an_interview_through_a_server_restart_and_completes_it() throws Exception {
        String id = assignedInterview();
        AppServer server = new AppServer(context);
        try (Browser tablet = new Browser(768, 1024)) {
            try {
                run(tablet, server, id);
            } catch (RuntimeException | AssertionError e) {
                tablet.screenshot("conversation-failure");
                throw e;
            } finally {
                server.restore();
            }
        }
        JsonNode done = interview(id);
        assertThat(done.get("status").asString()).isEqualTo("completed");
        assertThat(answer(done, "has-dir")).isEqualTo("{\"option\":\"yes\",\"note\":\"One forest, two sites\"}");
        assertThat(answer(done, "dir-kind")).isEqualTo("{\"option\":\"central\"}");
        assertThat(answer(done, "users")).isEqualTo("{\"number\":250}");
        assertThat(answer(done, "budget")).isEqualTo("{\"option\":\"no\"}");
    }

    @Test
    void one_question_at_a_time_shows_a_single_card_and_the_keys_move_and_answer() throws Exception {
        String id = assignedInterview();
        try (Browser laptop = new Browser()) {
            laptop.login("interviewer@demo.test");
            laptop.open("/interviews/" + id + "/run");
            laptop.present(By.id("question-has-dir"));
            laptop.press("conversation-mode");
            new WebDriverWait(laptop.driver(), Duration.ofSeconds(20))
                    .until(d -> d.findElements(By.cssSelector("#conversation-body [data-question]"))
                                    .size()
                            == 1);
            key(laptop, "2");
            laptop.waitForText(By.id("state-has-dir"), "Saved");
            key(laptop, Keys.ARROW_RIGHT);
            laptop.present(By.id("question-users"));
            assertThat(laptop.driver().findElements(By.cssSelector("#conversation-body [data-question]")))
                    .hasSize(1);
            laptop.screenshot("conversation-one-question");
        }
        waitForAnswer(id, "has-dir", "{\"option\":\"no\"}");
    }

    @Test
    void an_answer_given_while_the_database_refuses_the_app_stays_on_the_device_and_is_saved_when_it_returns()
            throws Exception {
        String id = assignedInterview();
        try (Browser tablet = new Browser(768, 1024)) {
            tablet.login("interviewer@demo.test");
            tablet.open("/interviews/" + id + "/run");
            tablet.present(By.id("question-has-dir"));
            try {
                appRoleCanConnect(false);
                key(tablet, "2");
                tablet.waitForText(By.id("state-has-dir"), "Kept on this device");
                String kept = (String) kept(tablet);
                assertThat(kept).contains("\"has-dir\":{\"option\":\"no\"}");
                tablet.screenshot("conversation-database-away");
            } finally {
                appRoleCanConnect(true);
            }
            // no reload and no further answer: the screen's next poll sends what the device kept
            waitForAnswer(id, "has-dir", "{\"option\":\"no\"}");
            tablet.waitForText(By.id("state-has-dir"), "Saved");
            new WebDriverWait(tablet.driver(), Duration.ofSeconds(30)).until(d -> kept(tablet) == null);
        }
    }

    /**
     * Lets the application's database role connect, or stops it and ends its open connections: to the application this
     * is the database gone away, while the test's own superuser connection, Keycloak and the browser carry on.
     */
    private static void appRoleCanConnect(boolean can) throws SQLException {
        try (Connection superuser =
                        DriverManager.getConnection(SharedPostgres.get().jdbcUrl("postgres"), "postgres", "postgres");
                Statement statement = superuser.createStatement()) {
            statement.execute("ALTER ROLE " + EmbeddedDatabase.APP_ROLE + (can ? " LOGIN" : " NOLOGIN"));
            if (!can) {
                statement.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = '"
                        + EmbeddedDatabase.APP_ROLE + "'");
            }
        }
    }

    private void run(Browser tablet, AppServer server, String id) throws Exception {
        tablet.login("interviewer@demo.test");
        tablet.open("/interviews/" + id + "/run");
        tablet.present(By.id("question-has-dir"));
        assertThat(tablet.driver().findElements(By.id("question-dir-kind"))).noneMatch(WebElement::isDisplayed);

        key(tablet, "1");
        tablet.waitForText(By.id("state-has-dir"), "Saved");
        tablet.waitFor(By.id("question-dir-kind"));
        tablet.type("#note-has-dir", "One forest, two sites");
        waitForAnswer(id, "has-dir", "{\"option\":\"yes\",\"note\":\"One forest, two sites\"}");

        key(tablet, Keys.ARROW_DOWN);
        waitForClass(tablet, "question-dir-kind", "current");
        key(tablet, "2");
        tablet.waitForText(By.id("state-dir-kind"), "Saved");
        tablet.screenshot("conversation-tablet");

        server.cut();
        tablet.press("option-dir-kind-central");
        tablet.type("#number-users", "250");
        new WebDriverWait(tablet.driver(), Duration.ofSeconds(60))
                .until(d -> d.findElement(By.id("offline-banner")).isDisplayed());
        String kept = (String) kept(tablet);
        assertThat(kept).contains("\"users\":{\"number\":250}").contains("\"option\":\"central\"");
        tablet.screenshot("conversation-offline");

        server.restore();
        tablet.driver().navigate().refresh();
        waitForAnswer(id, "users", "{\"number\":250}");
        waitForAnswer(id, "dir-kind", "{\"option\":\"central\"}");
        new WebDriverWait(tablet.driver(), Duration.ofSeconds(30)).until(d -> kept(tablet) == null);

        tablet.type("#number-users", "0");
        tablet.waitForText(By.id("state-users"), "at least 1");
        waitForAnswer(id, "users", "{\"number\":250}");
        tablet.type("#number-users", "250");

        tablet.press("conversation-complete");
        tablet.waitForId("missing-dialog");
        tablet.press("missing-budget");
        waitForClass(tablet, "question-budget", "current");

        try (Browser laptop = new Browser()) {
            laptop.login("interviewer@demo.test");
            laptop.open("/interviews/" + id + "/run");
            laptop.present(By.id("question-budget"));
            // the other device resumes where the interview stood: at the question after the last one answered
            waitForClass(laptop, "question-budget", "current");
            key(tablet, "1");
            tablet.waitForText(By.id("state-budget"), "Saved");
            new WebDriverWait(laptop.driver(), Duration.ofSeconds(20))
                    .ignoring(StaleElementReferenceException.class)
                    .until(d -> "true"
                            .equals(d.findElement(By.id("option-budget-yes")).getDomAttribute("aria-pressed")));
            laptop.screenshot("conversation-second-device");
            // the other way round: the tablet, alone until the laptop came, learns of it by its next poll and then
            // hears the laptop's answer
            laptop.press("option-budget-no");
            laptop.waitForText(By.id("state-budget"), "Saved");
            new WebDriverWait(tablet.driver(), Duration.ofSeconds(30))
                    .ignoring(StaleElementReferenceException.class)
                    .until(d -> "true"
                            .equals(d.findElement(By.id("option-budget-no")).getDomAttribute("aria-pressed")));
            waitForAnswer(id, "budget", "{\"option\":\"no\"}");
        }

        tablet.press("conversation-so-far");
        tablet.waitFor(By.cssSelector("#so-far-chart svg"));
        tablet.screenshot("conversation-so-far");
        tablet.press("conversation-complete");
        new WebDriverWait(tablet.driver(), Duration.ofSeconds(30))
                .until(d ->
                        "completed".equals(interviewQuietly(id).get("status").asString()));
    }

    /** Presses a key on the page (not in a field), as on a laptop keyboard. */
    @Test
    void answers_kept_on_a_device_are_sent_only_by_their_person_in_their_tenant_and_cleared_at_logout()
            throws Exception {
        String id = assignedInterview();
        try (Browser tablet = new Browser(768, 1024)) {
            tablet.login("interviewer@demo.test");
            tablet.open("/interviews/" + id + "/run");
            tablet.present(By.id("question-has-dir"));
            String queue = (String)
                    tablet.driver().executeScript("return document.querySelector('[data-queue]').dataset.queue");
            String[] parts = queue.split("\\.");
            assertThat(parts).hasSize(3);
            assertThat(parts[2]).isEqualTo(id);
            String someoneElse = "stackup.pending." + parts[0] + "." + UUID.randomUUID() + "." + id;
            String mine = "stackup.pending." + queue;
            tablet.driver()
                    .executeScript(
                            "localStorage.setItem(arguments[0], arguments[1]);"
                                    + " localStorage.setItem(arguments[2], arguments[3]);",
                            someoneElse,
                            "{\"has-dir\":{\"option\":\"yes\"}}",
                            mine,
                            "{\"budget\":{\"option\":\"no\"}}");

            tablet.driver().navigate().refresh();
            waitForAnswer(id, "budget", "{\"option\":\"no\"}");
            assertThat(answer(interview(id), "has-dir"))
                    .as("another person's kept answer is not sent")
                    .isNull();

            tablet.driver().executeScript("localStorage.setItem(arguments[0], arguments[1])", mine, "{\"users\":{}}");
            // the template editor's unsaved copies on this device (EditorCopy) follow the same rule
            String myCopy = "stackup.editor-draft." + parts[0] + "." + parts[1] + "." + UUID.randomUUID();
            String othersCopy = "stackup.editor-draft." + parts[0] + "." + UUID.randomUUID() + "." + UUID.randomUUID();
            tablet.driver()
                    .executeScript(
                            "localStorage.setItem(arguments[0], '{}'); localStorage.setItem(arguments[1], '{}');",
                            myCopy,
                            othersCopy);
            tablet.press("logout");
            tablet.waitForId("logout-pending");
            assertThat(tablet.driver().findElement(By.id("logout-pending")).getText())
                    .contains("1 answer(s) on this device have not reached the server yet");
            tablet.driver()
                    .findElement(By.cssSelector("#logout-pending [slot=confirm-button]"))
                    .click();
            new WebDriverWait(tablet.driver(), Duration.ofSeconds(30))
                    .until(d -> !d.getCurrentUrl().contains("/interviews/"));
            tablet.driver().get(SharedStack.appUrl() + "/styles.css");
            assertThat(tablet.driver().executeScript("return localStorage.getItem(arguments[0])", mine))
                    .as("this person's kept answers are gone after logout")
                    .isNull();
            assertThat(tablet.driver().executeScript("return localStorage.getItem(arguments[0])", someoneElse))
                    .as("another person's are theirs to send")
                    .isNotNull();
            assertThat(tablet.driver().executeScript("return localStorage.getItem(arguments[0])", myCopy))
                    .as("this person's unsaved editor copy is gone after logout")
                    .isNull();
            assertThat(tablet.driver().executeScript("return localStorage.getItem(arguments[0])", othersCopy))
                    .as("another person's editor copy stays theirs")
                    .isNotNull();
        }
    }

    /** What the device keeps for the interview on the page: its key is on the conversation body ({@code data-queue}). */
    private static Object kept(Browser browser) {
        return browser.driver()
                .executeScript(
                        "const root = document.querySelector('[data-queue]');"
                                + " return root ? localStorage.getItem('stackup.pending.' + root.dataset.queue) : 'no page yet'");
    }

    private static void key(Browser browser, CharSequence key) {
        browser.driver().executeScript("document.activeElement && document.activeElement.blur()");
        new Actions(browser.driver()).sendKeys(key).perform();
    }

    private static void waitForClass(Browser browser, String id, String className) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .ignoring(StaleElementReferenceException.class)
                .until(d -> String.valueOf(d.findElement(By.id(id)).getDomAttribute("class"))
                        .contains(className));
    }

    /** Waits until the server holds exactly this answer to the question (compact JSON). */
    private static void waitForAnswer(String id, String question, String expected) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        String last = null;
        while (System.nanoTime() < deadline) {
            JsonNode interview = interviewIfReachable(id);
            last = interview == null ? last : answer(interview, question);
            if (expected.equals(last)) {
                return;
            }
            sleep();
        }
        assertThat(last).as("the answer to " + question).isEqualTo(expected);
    }

    private static void sleep() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String assignedInterview() throws Exception {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String admin = Tokens.accessToken("admin@demo.test", "openid organization:demo");
        HttpResponse<String> template =
                send("POST", "/api/v1/templates?publish=true", admin, "application/json", template("conv-" + unique));
        assertThat(template.statusCode()).as(template.body()).isEqualTo(201);
        HttpResponse<String> prospect = send(
                "POST",
                "/api/v1/prospects",
                admin,
                "application/json",
                "{\"name\": \"Northwind " + unique + "\", \"industry\": \"Logistics\"}");
        assertThat(prospect.statusCode()).as(prospect.body()).isEqualTo(201);
        HttpResponse<String> interview = send(
                "POST",
                "/api/v1/interviews",
                admin,
                "application/json",
                "{\"templateId\": \"" + JSON.readTree(template.body()).get("id").asString() + "\", \"prospectId\": \""
                        + JSON.readTree(prospect.body()).get("id").asString()
                        + "\", \"interviewer\": \"interviewer@demo.test\"}");
        assertThat(interview.statusCode()).as(interview.body()).isEqualTo(201);
        return JSON.readTree(interview.body()).get("id").asString();
    }

    private static String template(String key) {
        return """
                {"format": "stackup-template/1", "key": "%s", "name": "Conversation", "version": "1.0.0",
                 "scale": {"levels": [{"key": "basic", "name": "Basic"}, {"key": "standardized", "name": "Standardized"},
                   {"key": "rationalized", "name": "Rationalized"}, {"key": "dynamic", "name": "Dynamic"}]},
                 "areas": [{"key": "iam", "name": "Identity", "capabilities": [{"key": "directory", "name": "Directory"}]}],
                 "questionnaire": {"title": "Talk", "sections": [
                   {"key": "identity", "title": "Identity", "questions": [
                     {"key": "has-dir", "capability": "directory", "type": "yes_no", "requires": "standardized",
                      "text": "Do you run a central directory?", "help": "Ask how people sign in on day one."},
                     {"key": "dir-kind", "capability": "directory", "type": "single", "text": "How is it run?",
                      "showIf": {"question": "has-dir", "anyOf": ["yes"]},
                      "options": [{"key": "manual", "label": "By hand", "level": "standardized"},
                                  {"key": "scripted", "label": "Scripted", "level": "rationalized"},
                                  {"key": "central", "label": "Centrally automated", "level": "dynamic"}]},
                     {"key": "users", "type": "number", "text": "How many people sign in?", "minValue": 1}]},
                   {"key": "money", "title": "Budget", "questions": [
                     {"key": "budget", "type": "yes_no", "text": "Is there a budget this year?"},
                     {"key": "wishes", "type": "text", "required": false, "text": "Anything else?"}]}]}}
                """.formatted(key);
    }

    private static JsonNode interview(String id) throws Exception {
        String token = Tokens.accessToken("interviewer@demo.test", "openid organization:demo");
        HttpResponse<String> response = send("GET", "/api/v1/interviews/" + id, token, null, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    /**
     * The interview, or null while the app answers 503: right after the database returns, the pool may still hand out a
     * connection that was ended while it was away, and the API then asks the caller to repeat the request.
     */
    private static @Nullable JsonNode interviewIfReachable(String id) {
        try {
            String token = Tokens.accessToken("interviewer@demo.test", "openid organization:demo");
            HttpResponse<String> response = send("GET", "/api/v1/interviews/" + id, token, null, null);
            if (response.statusCode() == 503) {
                return null;
            }
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            return JSON.readTree(response.body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode interviewQuietly(String id) {
        try {
            return interview(id);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The saved answer to a question as compact JSON, or null when it has none. */
    private static String answer(JsonNode interview, String question) {
        for (JsonNode answer : interview.get("answers")) {
            if (answer.get("question").asString().equals(question)) {
                return answer.get("answer").toString();
            }
        }
        return null;
    }

    private static HttpResponse<String> send(String method, String path, String token, String contentType, String body)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(SharedStack.appUrl() + path))
                .header("Authorization", "Bearer " + token)
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
