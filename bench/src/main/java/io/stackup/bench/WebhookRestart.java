package io.stackup.bench;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import tools.jackson.databind.JsonNode;

/**
 * Shows that a webhook delivery whose retry is pending survives a {@code SIGKILL} of the application: the retry lives
 * in PostgreSQL's {@code scheduled_tasks} (db-scheduler), not in the killed JVM. Starts its own stack
 * ({@link FaultStack}, the application jar with the demo profile, which allows a receiver on loopback), runs an HTTP
 * receiver in this JVM that answers 500 to the first {@code failures} requests and 204 afterwards, registers it as a
 * webhook of the demo tenant, sends it a test event ({@code POST /api/v1/webhooks/{id}/test}, a {@code ping}), waits
 * until the failed first attempt is logged and its retry is scheduled, kills the application with {@code SIGKILL},
 * starts it again and waits for the receiver to get the event with a 2xx. It checks the delivered request's signature
 * with the secret given at creation, that every attempt carried the same event id and body, and prints the attempts
 * before and after the restart, the delivery log as the API reports it, and the times (kill to ready, ready to
 * delivery, the retry's due time to delivery). Asserts nothing about time; exits with 1 when the event is not
 * delivered, or not validly signed, within {@code -Dwait.seconds} after the restart.
 *
 * <pre>java -cp bench/target/benchmarks.jar io.stackup.bench.WebhookRestart [failures=1]</pre>
 *
 * <p>{@code -Dretry.delay=PT30S}: the application's retry delays (all five; production's are 1 min, 5 min, 30 min,
 * 2 h, 12 h); {@code -Dapp.jar=platform-ui/target/stackup.jar}, {@code -Dwork=DIR} (default: a new temporary folder,
 * its {@code postgres/} deleted at the end), {@code -Dwait.seconds=300}. The scheduler polls every second here (10 s
 * in production). Only localhost is contacted; every process it started is stopped at the end, also on Ctrl-C.
 */
public final class WebhookRestart {

    /** One request the receiver got, when, and what it answered. */
    record Received(
            long atNanos, Instant at, String eventId, String timestamp, String signature, String body, int answered) {}

    private WebhookRestart() {}

    public static void main(String[] args) throws Exception {
        int failures = args.length > 0 ? Integer.parseInt(args[0]) : 1;
        Duration retryDelay = Duration.parse(System.getProperty("retry.delay", "PT30S"));
        Duration wait = Duration.ofSeconds(Long.getLong("wait.seconds", 300));
        Path appJar = Path.of(System.getProperty("app.jar", "platform-ui/target/stackup.jar"));
        String workProperty = System.getProperty("work");
        Path work = workProperty == null
                ? Files.createTempDirectory("stackup-webhook-restart-")
                : Files.createDirectories(Path.of(workProperty));
        String delays = String.join(",", java.util.Collections.nCopies(5, retryDelay.toString()));
        System.out.printf(
                Locale.ROOT,
                "Webhook restart: the receiver answers 500 to %d attempt(s); retry delays %s; work in %s%n",
                failures,
                delays,
                work);

        List<Received> received = new CopyOnWriteArrayList<>();
        AtomicInteger failuresLeft = new AtomicInteger(failures);
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            int status = failuresLeft.getAndDecrement() > 0 ? 500 : 204;
            var headers = exchange.getRequestHeaders();
            received.add(new Received(
                    System.nanoTime(),
                    Instant.now(),
                    String.valueOf(headers.getFirst("Stackup-Event-Id")),
                    String.valueOf(headers.getFirst("Stackup-Timestamp")),
                    String.valueOf(headers.getFirst("Stackup-Signature")),
                    body,
                    status));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        receiver.start();
        String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";

        long setupStarted = System.nanoTime();
        FaultStack stack = FaultStack.start(
                work,
                appJar,
                false,
                List.of(
                        "-Dstackup.webhooks.allow-private=true",
                        "-Dstackup.webhooks.retry-delays=" + delays,
                        "-Dstackup.scheduler.polling-interval=PT1S"));
        Runnable close = () -> {
            stack.close();
            receiver.stop(0);
        };
        Thread hook = new Thread(close, "stop-webhook-restart");
        Runtime.getRuntime().addShutdownHook(hook);
        boolean delivered;
        try {
            System.out.printf(
                    Locale.ROOT,
                    "Stack up in %.0f s: app %s (log %s)%n",
                    (System.nanoTime() - setupStarted) / 1e9,
                    stack.appUrl(),
                    stack.appLog());
            HttpClient http = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5))
                    .build();
            StackApi api = new StackApi(http, stack.appUrl(), stack.keycloakUrl());
            StackApi.Token admin = api.token(StackApi.ADMIN);

            JsonNode created = body(
                    api.post(
                            admin,
                            "/api/v1/webhooks",
                            StackApi.JSON
                                    .createObjectNode()
                                    .put("url", url)
                                    .put("enabled", true)
                                    .set(
                                            "events",
                                            StackApi.JSON.createArrayNode().add("lead.qualified"))),
                    201);
            String webhook = created.get("id").asString();
            String secret = created.get("secret").asString();
            System.out.println("Webhook " + webhook + " -> " + url);

            body(api.post(admin, "/api/v1/webhooks/" + webhook + "/test", StackApi.JSON.createObjectNode()), 202, 200);
            long sentAt = System.nanoTime();

            // The first attempt failed and is logged; its retry is in scheduled_tasks, due after the delay.
            await(
                    () -> received.size() >= failures
                            && log(api, admin, webhook).size() >= failures,
                    wait,
                    "the " + failures + " failed attempt(s)");
            List<FaultStack.ScheduledTask> pending = stack.scheduledTasks("webhook-delivery", webhook + ":");
            if (pending.size() != 1) {
                throw new IllegalStateException("Expected one pending delivery task, found " + pending);
            }
            FaultStack.ScheduledTask task = pending.getFirst();
            int before = received.size();
            Instant killedAtInstant = Instant.now();
            System.out.printf(
                    Locale.ROOT,
                    "Before the kill: %d attempt(s) received, answered %s, the first %.1f s after the test event;"
                            + " retry pending: %s, due %s (in %.1f s), %d consecutive failure(s)%n",
                    before,
                    received.stream().map(r -> String.valueOf(r.answered())).toList(),
                    (received.getFirst().atNanos() - sentAt) / 1e9,
                    task.instance(),
                    task.executionTime(),
                    Duration.between(killedAtInstant, task.executionTime()).toMillis() / 1e3,
                    task.consecutiveFailures());

            long killedAt = System.nanoTime();
            stack.killApp();
            long goneAt = System.nanoTime();
            int whileDown = received.size() - before;
            System.out.printf(
                    Locale.ROOT,
                    "Application killed (SIGKILL) at %s, gone %.1f s later; attempts received while no process ran:"
                            + " %d%n",
                    killedAtInstant,
                    (goneAt - killedAt) / 1e9,
                    whileDown);
            stack.startApp();
            long readyAt = System.nanoTime();
            System.out.printf(
                    Locale.ROOT,
                    "New process ready %.1f s after the kill (its scheduler starts before it reports ready)%n",
                    (readyAt - killedAt) / 1e9);

            delivered = awaitQuietly(() -> received.stream().anyMatch(r -> r.answered() / 100 == 2), wait);
            if (!delivered) {
                throw new IllegalStateException("NOT DELIVERED within " + wait.toSeconds()
                        + " s after the restart; attempts: " + received.size() + "; the app's log: " + stack.appLog());
            }
            Received success = received.stream()
                    .filter(r -> r.answered() / 100 == 2)
                    .findFirst()
                    .orElseThrow();
            boolean signed = constantTimeEquals(
                    success.signature(), "v1=" + hmac(secret, success.timestamp() + "." + success.body()));
            boolean sameEvent = received.stream()
                    .allMatch(r ->
                            r.eventId().equals(success.eventId()) && r.body().equals(success.body()));
            JsonNode event = StackApi.JSON.readTree(success.body());
            long timestampSkew = Math.abs(success.at().getEpochSecond() - Long.parseLong(success.timestamp()));
            System.out.printf(
                    Locale.ROOT,
                    "Delivered: %.1f s after the kill, %.1f s after the new process started, %+.1f s from its"
                            + " readiness, %.1f s after the retry was due; attempts before the kill %d, after the restart"
                            + " %d (total %d)%n",
                    (success.atNanos() - killedAt) / 1e9,
                    (success.atNanos() - goneAt) / 1e9,
                    (success.atNanos() - readyAt) / 1e9,
                    Duration.between(task.executionTime(), success.at()).toMillis() / 1e3,
                    before,
                    received.size() - before,
                    received.size());
            System.out.printf(
                    Locale.ROOT,
                    "Event %s type %s; signature %s with the secret from creation; same event id and body on every"
                            + " attempt: %s; Stackup-Timestamp %d s from the time it arrived%n",
                    success.eventId(),
                    event.get("type").asString(),
                    signed ? "VALID" : "INVALID",
                    sameEvent,
                    timestampSkew);
            StackApi.Token fresh = api.token(StackApi.ADMIN);
            await(() -> log(api, fresh, webhook).size() >= received.size(), Duration.ofSeconds(30), "the log");
            System.out.println("Delivery log (API, newest first):");
            for (JsonNode row : log(api, fresh, webhook)) {
                System.out.printf(
                        Locale.ROOT,
                        "  attempt %d  %s  status %s%s%n",
                        row.get("attempt").asInt(),
                        row.get("at").asString(),
                        row.get("statusCode").isNull()
                                ? "—"
                                : row.get("statusCode").asString(),
                        row.get("error").isNull()
                                ? ""
                                : "  error " + row.get("error").asString());
            }
            System.out.printf(
                    Locale.ROOT,
                    "Pending delivery tasks left: %d%n",
                    stack.scheduledTasks("webhook-delivery", webhook + ":").size());
            delivered = signed && sameEvent;
        } finally {
            close.run();
            Runtime.getRuntime().removeShutdownHook(hook);
            deleteRecursively(work.resolve("postgres"));
        }
        if (!delivered) {
            System.exit(1);
        }
    }

    private static List<JsonNode> log(StackApi api, StackApi.Token admin, String webhook) {
        JsonNode page = body(api.get(admin, "/api/v1/webhooks/" + webhook + "/deliveries"), 200);
        List<JsonNode> rows = new java.util.ArrayList<>();
        page.get("items").forEach(rows::add);
        return rows;
    }

    private static JsonNode body(HttpResponse<String> response, int... expected) {
        for (int status : expected) {
            if (response.statusCode() == status) {
                return StackApi.JSON.readTree(response.body().isEmpty() ? "{}" : response.body());
            }
        }
        throw new IllegalStateException(response.request().method() + " "
                + response.request().uri() + ": " + response.statusCode() + " " + response.body());
    }

    interface Condition {
        boolean holds() throws Exception;
    }

    private static void await(Condition condition, Duration wait, String what) throws Exception {
        if (!awaitQuietly(condition, wait)) {
            throw new IllegalStateException("No " + what + " within " + wait.toSeconds() + " s");
        }
    }

    private static boolean awaitQuietly(Condition condition, Duration wait) throws Exception {
        long deadline = System.nanoTime() + wait.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.holds()) {
                return true;
            }
            Thread.sleep(100);
        }
        return condition.holds();
    }

    private static String hmac(String secret, String text) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static boolean constantTimeEquals(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    private static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
