package io.stackup.ui.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.stackup.support.Api;
import io.stackup.support.Browser;
import io.stackup.support.StackupIntegrationTest;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Webhooks screen in Chromium, with a real HTTP receiver in the test JVM (the test application allows loopback
 * addresses and retries after 2 s): an admin adds an endpoint, copies the secret shown once, sends a test event and
 * finds the attempt with its status code in the delivery log, while the receiver got a body whose signature verifies
 * with that secret; a receiver answering 500 shows a failed attempt in the log, then the retry that succeeded.
 */
@StackupIntegrationTest
class WebhooksUiIT {

    record Received(Map<String, List<String>> headers, String body, int answered) {
        String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().getFirst())
                    .findFirst()
                    .orElse("");
        }
    }

    /** One row of the delivery log, as its status cell states it. */
    record Row(String event, int attempt, String status) {}

    static final JsonMapper JSON = JsonMapper.builder().build();

    final String path = "/hook-" + UUID.randomUUID().toString().substring(0, 8);
    final List<Received> received = new CopyOnWriteArrayList<>();
    final AtomicBoolean failing = new AtomicBoolean();
    HttpServer receiver;

    @BeforeEach
    void a_receiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext(path, exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            int status = failing.get() ? 500 : 204;
            received.add(new Received(Map.copyOf(exchange.getRequestHeaders()), body, status));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        receiver.start();
    }

    /** Deletes this test's endpoints, so later events of the shared demo tenant are not sent to a stopped receiver. */
    @AfterEach
    void stop() throws Exception {
        receiver.stop(0);
        Api admin = Api.demo("admin@demo.test");
        for (JsonNode endpoint :
                admin.json("GET", "/api/v1/webhooks?size=200", null, 200).get("items")) {
            if (endpoint.get("url").asString().equals(url())) {
                assertThat(admin.send(
                                        "DELETE",
                                        "/api/v1/webhooks/" + endpoint.get("id").asString(),
                                        null)
                                .statusCode())
                        .isEqualTo(204);
            }
        }
    }

    String url() {
        return "http://127.0.0.1:" + receiver.getAddress().getPort() + path;
    }

    @Test
    void a_test_event_is_logged_with_its_status_and_arrives_signed_with_the_secret_shown_once() throws Exception {
        try (Browser browser = new Browser()) {
            try {
                String secret = addEndpoint(browser);

                browser.press("webhook-send-test");

                Received request = awaitRequests(1).getFirst();
                JsonNode event = JSON.readTree(request.body());
                assertThat(event.get("type").asString()).isEqualTo("ping");
                assertThat(request.header("Stackup-Event-Id"))
                        .isEqualTo(event.get("id").asString());
                long timestamp = Long.parseLong(request.header("Stackup-Timestamp"));
                assertThat(Math.abs(Instant.now().getEpochSecond() - timestamp)).isLessThan(60);
                assertThat(request.header("Stackup-Signature"))
                        .as("signed with the secret the screen showed")
                        .isEqualTo("v1=" + hmac(secret, timestamp + "." + request.body()));

                List<Row> log = awaitLog(browser, rows -> !rows.isEmpty());
                assertThat(log).containsExactly(new Row("ping", 1, "204"));
                browser.screenshot("webhook-delivered");
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("webhook-failure");
                throw e;
            }
        }
    }

    @Test
    void a_receiver_answering_500_shows_a_failed_attempt_in_the_log_then_the_retry_that_succeeded() throws Exception {
        try (Browser browser = new Browser()) {
            try {
                String secret = addEndpoint(browser);
                failing.set(true);

                browser.press("webhook-send-test");

                List<Row> failed = awaitLog(browser, rows -> !rows.isEmpty());
                assertThat(failed).allSatisfy(row -> assertThat(row.status()).isEqualTo("500"));
                assertThat(failed).extracting(Row::attempt).contains(1);
                assertThat(browser.waitForId("webhook-deliveries").getText()).contains("HTTP 500");
                browser.screenshot("webhook-failed-attempt");

                failing.set(false);
                // The grid may draw the newest row before the older ones: wait for every attempt of the event.
                List<Row> log = awaitLog(
                        browser,
                        rows -> !rows.isEmpty()
                                && rows.getFirst().status().equals("204")
                                && rows.size() == rows.getFirst().attempt());
                Row success = log.getFirst();
                assertThat(success.status()).as("the newest attempt, on top").isEqualTo("204");
                assertThat(success.attempt()).isGreaterThan(1);
                assertThat(log).hasSize(success.attempt());
                assertThat(log.subList(1, log.size()))
                        .allSatisfy(row -> assertThat(row.status()).isEqualTo("500"));
                assertThat(log).extracting(Row::event).containsOnly("ping");

                List<Received> requests = List.copyOf(received);
                assertThat(requests).hasSize(success.attempt());
                assertThat(requests)
                        .extracting(r -> r.header("Stackup-Event-Id"))
                        .as("every attempt carries the same event")
                        .containsOnly(requests.getFirst().header("Stackup-Event-Id"));
                Received delivered = requests.getLast();
                assertThat(delivered.answered()).isEqualTo(204);
                assertThat(delivered.header("Stackup-Signature"))
                        .isEqualTo(
                                "v1=" + hmac(secret, delivered.header("Stackup-Timestamp") + "." + delivered.body()));
                browser.screenshot("webhook-retried");
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("webhook-retry-failure");
                throw e;
            }
        }
    }

    /** Signs in as the demo admin, adds an endpoint for the receiver and answers the secret the screen shows once. */
    private String addEndpoint(Browser browser) {
        browser.login("admin@demo.test");
        assertThat(browser.menu()).contains("Webhooks");
        browser.open("/webhooks");
        browser.waitForId("webhook-grid");
        browser.press("add-webhook");
        browser.type("#webhook-url input", url());
        WebElement events = browser.present(By.id("webhook-events"));
        browser.driver()
                .executeScript(
                        "[...arguments[0].querySelectorAll('vaadin-checkbox')]"
                                + ".find(c => c.textContent.trim() === 'lead.qualified')"
                                + ".querySelector('input').click()",
                        events);
        browser.press("save-webhook");
        WebElement field = browser.present(By.cssSelector("#webhook-secret input"));
        String secret = field.getDomProperty("value");
        assertThat(secret).startsWith("whsec_");
        browser.press("webhook-secret-done");
        browser.waitUntilGone("webhook-secret");
        browser.waitForText(By.id("webhook-deliveries-title"), url());
        return secret;
    }

    private List<Received> awaitRequests(int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (received.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(received).as("requests received").hasSizeGreaterThanOrEqualTo(count);
        return List.copyOf(received);
    }

    /** Presses "Refresh" until the log's rows (newest first) satisfy the condition; answers them. */
    private static List<Row> awaitLog(Browser browser, Predicate<List<Row>> until) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(40).toNanos();
        List<Row> rows = List.of();
        while (System.nanoTime() < deadline) {
            browser.press("webhook-deliveries-refresh");
            Thread.sleep(500);
            try {
                rows =
                        browser
                                .driver()
                                .findElements(By.cssSelector("#webhook-deliveries span.delivery-status"))
                                .stream()
                                .map(s -> new Row(
                                        s.getDomAttribute("data-event"),
                                        Integer.parseInt(s.getDomAttribute("data-attempt")),
                                        s.getDomAttribute("data-status")))
                                .toList();
            } catch (StaleElementReferenceException e) {
                continue;
            }
            if (until.test(rows)) {
                return rows;
            }
        }
        throw new AssertionError("the delivery log never showed what was awaited; last seen: " + rows);
    }

    private static String hmac(String secret, String text) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    }
}
