package io.stackup.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.stackup.support.SharedStack;
import io.stackup.support.StackupIntegrationTest;
import io.stackup.support.Tokens;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Webhooks and notification choices through the API (docs/spec/api.md, "Webhooks"): an admin adds an endpoint and
 * gets its secret once, a test event arrives signed and is logged, problems are 422 at their field, another tenant's
 * admin finds nothing (404) and an interviewer is refused; a member turns new-lead mails off and reads it back.
 */
@StackupIntegrationTest
class WebhookApiIT {

    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final JsonMapper JSON = JsonMapper.builder().build();

    record Received(String signature, String timestamp, String body) {}

    String admin;
    HttpServer receiver;
    final List<Received> received = new CopyOnWriteArrayList<>();

    @BeforeEach
    void a_receiver() throws Exception {
        admin = Tokens.accessToken("admin@demo.test", "openid organization:demo");
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            received.add(new Received(
                    exchange.getRequestHeaders().getFirst("Stackup-Signature"),
                    exchange.getRequestHeaders().getFirst("Stackup-Timestamp"),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void stop() {
        receiver.stop(0);
    }

    @Test
    void an_admin_adds_a_webhook_sends_a_signed_test_event_and_reads_its_delivery_log() throws Exception {
        String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
        HttpResponse<String> created =
                send("POST", "/api/v1/webhooks", admin, "{\"url\": \"" + url + "\", \"events\": [\"lead.qualified\"]}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode hook = JSON.readTree(created.body());
        String id = hook.get("id").asString();
        String secret = hook.get("secret").asString();
        assertThat(hook.get("enabled").asBoolean()).isTrue();
        assertThat(send("GET", "/api/v1/webhooks/" + id, admin, null).body()).doesNotContain(secret);

        HttpResponse<String> test = send("POST", "/api/v1/webhooks/" + id + "/test", admin, null);
        assertThat(test.statusCode()).isEqualTo(202);
        String eventId = JSON.readTree(test.body()).get("eventId").asString();

        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (received.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertThat(received).hasSize(1);
        Received ping = received.getFirst();
        assertThat(JSON.readTree(ping.body()).get("type").asString()).isEqualTo("ping");
        assertThat(JSON.readTree(ping.body()).get("id").asString()).isEqualTo(eventId);
        assertThat(ping.signature()).isEqualTo("v1=" + hmac(secret, ping.timestamp() + "." + ping.body()));

        JsonNode log = JSON.readTree(awaitLog(id).body());
        assertThat(log.get("total").asInt()).isEqualTo(1);
        assertThat(log.get("items").get(0).get("statusCode").asInt()).isEqualTo(200);
        assertThat(log.get("items").get(0).get("eventId").asString()).isEqualTo(eventId);

        HttpResponse<String> changed = send(
                "PUT",
                "/api/v1/webhooks/" + id,
                admin,
                "{\"url\": \"" + url + "\", \"events\": [\"lead.status_changed\"], \"enabled\": false}");
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(JSON.readTree(changed.body()).get("enabled").asBoolean()).isFalse();
        assertThat(send("DELETE", "/api/v1/webhooks/" + id, admin, null).statusCode())
                .isEqualTo(204);
        assertThat(send("GET", "/api/v1/webhooks/" + id, admin, null).statusCode())
                .isEqualTo(404);
    }

    @Test
    void problems_are_422_at_their_field_another_tenant_finds_nothing_and_interviewers_are_refused() throws Exception {
        HttpResponse<String> bad =
                send("POST", "/api/v1/webhooks", admin, "{\"url\": \"ftp://x\", \"events\": [\"lead.won\"]}");
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(bad.body()).get("errors").findValuesAsString("path"))
                .containsExactly("$.url", "$.events");

        String id = JSON.readTree(send(
                                "POST",
                                "/api/v1/webhooks",
                                admin,
                                "{\"url\": \"http://127.0.0.1:9/hook\", \"events\": [\"interview.completed\"]}")
                        .body())
                .get("id")
                .asString();
        String otherAdmin = Tokens.accessToken("admin@other.test", "openid organization:other");
        Map<String, HttpResponse<String>> other = Map.of(
                "get", send("GET", "/api/v1/webhooks/" + id, otherAdmin, null),
                "put",
                        send(
                                "PUT",
                                "/api/v1/webhooks/" + id,
                                otherAdmin,
                                "{\"url\": \"http://127.0.0.1:9/x\", \"events\": [\"lead.qualified\"]}"),
                "delete", send("DELETE", "/api/v1/webhooks/" + id, otherAdmin, null),
                "test", send("POST", "/api/v1/webhooks/" + id + "/test", otherAdmin, null),
                "deliveries", send("GET", "/api/v1/webhooks/" + id + "/deliveries", otherAdmin, null),
                "no id", send("GET", "/api/v1/webhooks/not-an-id", admin, null),
                "put no id",
                        send(
                                "PUT",
                                "/api/v1/webhooks/not-an-id",
                                admin,
                                "{\"url\": \"http://127.0.0.1:9/x\", \"events\": [\"lead.qualified\"]}"),
                "delete no id", send("DELETE", "/api/v1/webhooks/not-an-id", admin, null),
                "test no id", send("POST", "/api/v1/webhooks/not-an-id/test", admin, null),
                "deliveries no id", send("GET", "/api/v1/webhooks/not-an-id/deliveries", admin, null));
        other.forEach(
                (call, response) -> assertThat(response.statusCode()).as(call).isEqualTo(404));
        assertThat(JSON.readTree(send("GET", "/api/v1/webhooks?size=500", otherAdmin, null)
                                .body())
                        .get("items")
                        .findValuesAsString("id"))
                .doesNotContain(id);
        String interviewer = Tokens.accessToken("interviewer@demo.test", "openid organization:demo");
        assertThat(send("GET", "/api/v1/webhooks", interviewer, null).statusCode())
                .isEqualTo(403);
        assertThat(send("DELETE", "/api/v1/webhooks/" + id, admin, null).statusCode())
                .isEqualTo(204);
    }

    @Test
    void a_member_turns_new_lead_mails_off_and_on() throws Exception {
        String expert = Tokens.accessToken("expert2@demo.test", "openid organization:demo");
        assertThat(send("PUT", "/api/v1/me/notifications", expert, "{\"newLeads\": false}")
                        .statusCode())
                .isEqualTo(200);
        assertThat(JSON.readTree(send("GET", "/api/v1/me/notifications", expert, null)
                                .body())
                        .get("newLeads")
                        .asBoolean())
                .isFalse();
        assertThat(send("PUT", "/api/v1/me/notifications", expert, "{}").statusCode())
                .isEqualTo(400);
        send("PUT", "/api/v1/me/notifications", expert, "{\"newLeads\": true}");
        assertThat(JSON.readTree(send("GET", "/api/v1/me/notifications", expert, null)
                                .body())
                        .get("newLeads")
                        .asBoolean())
                .isTrue();
    }

    private HttpResponse<String> awaitLog(String id) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        HttpResponse<String> log;
        do {
            log = send("GET", "/api/v1/webhooks/" + id + "/deliveries", admin, null);
            if (JSON.readTree(log.body()).get("total").asInt() > 0) {
                return log;
            }
            Thread.sleep(200);
        } while (System.nanoTime() < deadline);
        return log;
    }

    private static String hmac(String secret, String text) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    }

    static HttpResponse<String> send(String method, String path, String token, String body) throws Exception {
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
