package io.stackup.core.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.sun.net.httpserver.HttpServer;
import io.stackup.core.scheduling.JsonTaskSerializer;
import io.stackup.core.support.CoreIntegrationTest;
import io.stackup.core.webhook.CreatedWebhook;
import io.stackup.core.webhook.WebhookDelivery;
import io.stackup.core.webhook.WebhookDraft;
import io.stackup.core.webhook.WebhookNotFoundException;
import io.stackup.core.webhook.WebhookService;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.annotation.DirtiesContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Webhooks deliver through the scheduler to a real HTTP receiver in this JVM: signed as the spec says, retried until a
 * 2xx with every attempt logged, kept across a stopped scheduler, and invisible to another tenant.
 */
@CoreIntegrationTest
class LeadWebhooksIT {

    record Received(Map<String, List<String>> headers, String body) {
        String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().getFirst())
                    .findFirst()
                    .orElse("");
        }
    }

    @Autowired
    ApplicationContext context;

    @Autowired
    WebhookService webhooks;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    LeadService leads;

    static final JsonMapper JSON = JsonMapper.builder().build();

    LeadFixture f;
    HttpServer receiver;
    final List<Received> received = new CopyOnWriteArrayList<>();
    final AtomicInteger failuresLeft = new AtomicInteger();

    @BeforeEach
    void a_receiver_and_two_tenants() throws IOException {
        f = new LeadFixture(context);
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(new Received(Map.copyOf(exchange.getRequestHeaders()), body));
            int status = failuresLeft.getAndDecrement() > 0 ? 500 : 204;
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void stop() {
        receiver.stop(0);
        SecurityContextHolder.clearContext();
    }

    String url() {
        return "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
    }

    CreatedWebhook create(List<String> events) {
        return f.as(f.a, "admin", () -> webhooks.create(new WebhookDraft(url(), events, true)));
    }

    @Test
    void a_qualified_lead_reaches_the_receiver_signed_with_the_endpoint_secret() throws Exception {
        CreatedWebhook hook = create(List.of("lead.qualified"));
        assertThat(hook.secret()).startsWith("whsec_").hasSizeGreaterThan(40);

        LeadId lead = f.lead("Hooked " + f.unique, LeadTemplates.allGaps());

        Received request = await(1).getFirst();
        JsonNode event = JsonMapper.builder().build().readTree(request.body());
        assertThat(event.get("type").asString()).isEqualTo("lead.qualified");
        assertThat(event.get("data").get("lead").asString()).isEqualTo(lead.toString());
        assertThat(event.get("data").get("prospectName").asString()).isEqualTo("Hooked " + f.unique);
        assertThat(request.header("Stackup-Event-Id")).isEqualTo(event.get("id").asString());
        long timestamp = Long.parseLong(request.header("Stackup-Timestamp"));
        assertThat(Math.abs(Instant.now().getEpochSecond() - timestamp)).isLessThan(60);
        assertThat(request.header("Stackup-Signature"))
                .isEqualTo("v1=" + hmac(hook.secret(), timestamp + "." + request.body()));

        List<WebhookDelivery> log = awaitLog(hook, 1);
        assertThat(log.getFirst().statusCode()).isEqualTo(204);
        assertThat(log.getFirst().attempt()).isEqualTo(1);
        assertThat(log.getFirst().error()).isNull();
    }

    @Test
    void each_move_of_a_lead_is_delivered_as_lead_status_changed_with_from_to_and_holder() throws Exception {
        CreatedWebhook hook = create(List.of("lead.status_changed"));
        LeadId lead = f.lead("Moved " + f.unique, LeadTemplates.allGaps());
        assertThat(received).as("a new lead is no change of status").isEmpty();

        f.as(f.a, "erin", () -> leads.claim(lead));
        f.as(f.a, "erin", () -> leads.changeStatus(lead, LeadStatus.CONTACTED, null));
        f.as(f.a, "erin", () -> leads.release(lead, null));

        List<Received> requests = await(3);
        List<JsonNode> events = new java.util.ArrayList<>();
        for (Received request : requests) {
            JsonNode event = JSON.readTree(request.body());
            assertThat(event.get("type").asString()).isEqualTo("lead.status_changed");
            assertThat(event.get("tenant").asString()).isEqualTo(f.a.id().toString());
            assertThat(request.header("Stackup-Event-Id"))
                    .isEqualTo(event.get("id").asString());
            assertSigned(hook, request);
            events.add(event);
        }
        events.sort(java.util.Comparator.comparing(
                e -> Instant.parse(e.get("createdAt").asString())));
        assertThat(events).extracting(e -> e.get("id").asString()).doesNotHaveDuplicates();
        JsonNode claimed = events.get(0).get("data");
        assertThat(fieldNames(claimed)).containsExactly("lead", "from", "to", "holder");
        assertThat(claimed.get("lead").asString()).isEqualTo(lead.toString());
        assertThat(claimed.get("from").asString()).isEqualTo("qualified");
        assertThat(claimed.get("to").asString()).isEqualTo("claimed");
        assertThat(claimed.get("holder").asString()).isEqualTo("erin@example.test");
        JsonNode contacted = events.get(1).get("data");
        assertThat(contacted.get("from").asString()).isEqualTo("claimed");
        assertThat(contacted.get("to").asString()).isEqualTo("contacted");
        assertThat(contacted.get("holder").asString()).isEqualTo("erin@example.test");
        JsonNode released = events.get(2).get("data");
        assertThat(released.get("from").asString()).isEqualTo("contacted");
        assertThat(released.get("to").asString()).isEqualTo("qualified");
        assertThat(released.get("holder").isNull())
                .as("nobody holds a released lead")
                .isTrue();
    }

    @Test
    void a_completed_interview_is_delivered_as_interview_completed_with_its_result_in_brief() throws Exception {
        CreatedWebhook hook = create(List.of("interview.completed"));

        var interview = f.complete("Completed " + f.unique, LeadTemplates.allGaps(), "ivan");
        Lead lead = f.leadOf(interview);

        Received request = await(1).getFirst();
        assertSigned(hook, request);
        JsonNode event = JSON.readTree(request.body());
        assertThat(fieldNames(event)).containsExactly("id", "type", "createdAt", "tenant", "data");
        assertThat(event.get("type").asString()).isEqualTo("interview.completed");
        assertThat(event.get("tenant").asString()).isEqualTo(f.a.id().toString());
        JsonNode data = event.get("data");
        assertThat(fieldNames(data))
                .containsExactly("interview", "prospect", "template", "source", "score", "qualified");
        assertThat(data.get("interview").asString()).isEqualTo(interview.toString());
        assertThat(data.get("prospect").asString()).isEqualTo(lead.prospect().toString());
        assertThat(data.get("template").asString()).isEqualTo(f.template.toString());
        assertThat(data.get("source").asString()).isEqualTo("assigned");
        assertThat(data.get("score").asDouble()).isEqualTo(lead.score());
        assertThat(data.get("qualified").asBoolean()).isTrue();
        assertThat(awaitLog(hook, 1).getFirst().eventType()).isEqualTo("interview.completed");

        f.selfAssessment("Self " + f.unique, LeadTemplates.noBudget());
        JsonNode self = JSON.readTree(await(2).get(1).body()).get("data");
        assertThat(self.get("source").asString()).isEqualTo("self-assessment");
        assertThat(self.get("qualified").asBoolean()).isFalse();
    }

    @Test
    void a_receiver_failing_with_500_is_retried_until_it_answers_2xx_and_each_attempt_is_logged() {
        CreatedWebhook hook = create(List.of("lead.status_changed"));
        failuresLeft.set(2);

        f.as(f.a, "admin", () -> webhooks.test(hook.endpoint().id()));

        List<Received> requests = await(3);
        assertThat(requests)
                .extracting(r -> r.header("Stackup-Event-Id"))
                .containsOnly(requests.getFirst().header("Stackup-Event-Id"));
        List<WebhookDelivery> log = awaitLog(hook, 3);
        assertThat(log).extracting(WebhookDelivery::attempt).containsExactly(3, 2, 1);
        assertThat(log).extracting(WebhookDelivery::statusCode).containsExactly(204, 500, 500);
        assertThat(log.get(1).error()).isEqualTo("HTTP 500");
        assertThat(log).extracting(WebhookDelivery::eventType).containsOnly("ping");
    }

    @Test
    @DirtiesContext
    void a_delivery_pending_while_the_scheduler_is_stopped_is_delivered_by_a_scheduler_started_afterwards()
            throws Exception {
        CreatedWebhook hook = create(List.of("lead.qualified"));
        context.getBean(Scheduler.class).stop();

        f.lead("Restart " + f.unique, LeadTemplates.allGaps());
        Thread.sleep(1500);
        assertThat(received).as("nothing runs while stopped").isEmpty();
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM scheduled_tasks WHERE task_name = 'webhook-delivery'"
                                + " AND task_instance LIKE ?",
                        Integer.class,
                        hook.endpoint().id() + ":%"))
                .isEqualTo(1);

        List<Task<?>> tasks = List.copyOf(context.getBeansOfType(Task.class).values().stream()
                .map(t -> (Task<?>) t)
                .toList());
        Scheduler fresh = Scheduler.create(
                        new TransactionAwareDataSourceProxy(context.getBean(DataSource.class)), tasks)
                .serializer(new JsonTaskSerializer())
                .pollingInterval(Duration.ofMillis(500))
                .build();
        fresh.start();
        try {
            assertThat(JsonMapper.builder()
                            .build()
                            .readTree(await(1).getFirst().body())
                            .get("type")
                            .asString())
                    .isEqualTo("lead.qualified");
            assertThat(awaitLog(hook, 1).getFirst().statusCode()).isEqualTo(204);
        } finally {
            fresh.stop();
        }
    }

    @Test
    void another_tenants_admin_can_neither_see_nor_change_a_webhook() {
        CreatedWebhook hook = create(List.of("lead.qualified"));
        var id = hook.endpoint().id();

        assertThat(f.as(f.b, "admin", () -> webhooks.find(0, 100))).isEmpty();
        assertThatThrownBy(() -> f.as(f.b, "admin", () -> webhooks.get(id)))
                .isInstanceOf(WebhookNotFoundException.class);
        assertThatThrownBy(() -> f.as(
                        f.b,
                        "admin",
                        () -> webhooks.update(id, new WebhookDraft(url(), List.of("lead.qualified"), false))))
                .isInstanceOf(WebhookNotFoundException.class);
        assertThatThrownBy(() -> f.run(f.b, "admin", () -> webhooks.delete(id)))
                .isInstanceOf(WebhookNotFoundException.class);
        assertThatThrownBy(() -> f.as(f.b, "admin", () -> webhooks.deliveries(id, 0, 10)))
                .isInstanceOf(WebhookNotFoundException.class);
        assertThatThrownBy(() -> f.as(f.b, "admin", () -> webhooks.test(id)))
                .isInstanceOf(WebhookNotFoundException.class);
        assertThat(f.as(f.a, "admin", () -> webhooks.get(id).enabled())).isTrue();
    }

    private List<Received> await(int count) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (received.size() < count && System.nanoTime() < deadline) {
            sleep();
        }
        assertThat(received).as("requests received").hasSizeGreaterThanOrEqualTo(count);
        return List.copyOf(received);
    }

    private List<WebhookDelivery> awaitLog(CreatedWebhook hook, int count) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        List<WebhookDelivery> log = List.of();
        while (System.nanoTime() < deadline) {
            log = f.as(f.a, "admin", () -> webhooks.deliveries(hook.endpoint().id(), 0, 50));
            if (log.size() >= count) {
                break;
            }
            sleep();
        }
        assertThat(log).hasSize(count);
        return log;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.propertyNames().forEach(names::add);
        return names;
    }

    private static void assertSigned(CreatedWebhook hook, Received request) throws Exception {
        long timestamp = Long.parseLong(request.header("Stackup-Timestamp"));
        assertThat(request.header("Stackup-Signature"))
                .isEqualTo("v1=" + hmac(hook.secret(), timestamp + "." + request.body()));
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String hmac(String secret, String text) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    }
}
