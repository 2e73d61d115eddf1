package io.stackup.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * API requests with and without the per-request membership check (docs/adr/0014-roles-per-tenant.md), end to end
 * through the application: its own stack ({@link FaultStack}: PostgreSQL, Keycloak, the application jar with the demo
 * data), one client, one request at a time. Compares {@code GET /api/v1/me} of a member working in a tenant (token
 * scoped to {@code demo}: the tenant is looked up, the member row read, the controller reads the tenant again) with
 * the same call of the platform operator, whose token names no organization (no tenant bound, no member read, the
 * same JWT validation, controller and serialisation); the difference is what binding a tenant costs, the membership
 * check included. {@code GET /api/v1/interviews?size=1} of the member adds a tenant's query for scale. Prints p50 and
 * p95 (nearest rank); asserts nothing.
 *
 * <p>{@code java -cp bench/target/benchmarks.jar io.stackup.bench.MembershipRequestBench [runs=500]}, with
 * {@code -Dapp.jar=} (default {@code platform-ui/target/stackup.jar}).
 */
public final class MembershipRequestBench {

    private MembershipRequestBench() {}

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        Path appJar = Path.of(System.getProperty("app.jar", "platform-ui/target/stackup.jar"));
        Path work = Files.createTempDirectory("membership-bench");
        long started = System.nanoTime();
        FaultStack stack = FaultStack.start(work, appJar, false);
        AtomicBoolean closed = new AtomicBoolean();
        Runnable closeStack = () -> {
            if (closed.compareAndSet(false, true)) {
                stack.close();
            }
        };
        // stops the stack's processes also when this JVM is stopped (Ctrl-C, a timeout)
        Runtime.getRuntime().addShutdownHook(new Thread(closeStack, "stop-membership-bench-stack"));
        try {
            System.out.printf("stack up in %.0f s%n", (System.nanoTime() - started) / 1e9);
            HttpClient http = HttpClient.newHttpClient();
            StackApi api = new StackApi(http, stack.appUrl(), stack.keycloakUrl());
            Map<String, HttpRequest> calls = new LinkedHashMap<>();
            String member = api.token(StackApi.ADMIN).value();
            String operator = api.token("operator@stackup.test").value();
            calls.put("member in demo: GET /api/v1/me", get(stack.appUrl(), "/api/v1/me", member));
            calls.put("operator, no tenant: GET /api/v1/me", get(stack.appUrl(), "/api/v1/me", operator));
            calls.put(
                    "member in demo: GET /api/v1/interviews?size=1",
                    get(stack.appUrl(), "/api/v1/interviews?size=1", member));
            Map<String, long[]> times = new LinkedHashMap<>();
            calls.keySet().forEach(name -> times.put(name, new long[runs]));
            for (int i = 0; i < Math.max(200, runs / 2); i++) {
                for (HttpRequest call : calls.values()) {
                    time(http, call);
                }
            }
            for (int i = 0; i < runs; i++) {
                for (Map.Entry<String, HttpRequest> call : calls.entrySet()) {
                    times.get(call.getKey())[i] = time(http, call.getValue());
                }
            }
            System.out.printf(Locale.ROOT, "%n%,d runs each, interleaved; ms%n%-48s %8s %8s%n", runs, "", "p50", "p95");
            times.forEach((name, nanos) -> System.out.printf(
                    Locale.ROOT, "%-48s %8.2f %8.2f%n", name, percentile(nanos, 50), percentile(nanos, 95)));
        } finally {
            closeStack.run();
        }
    }

    private static HttpRequest get(String app, String path, String token) {
        return HttpRequest.newBuilder(URI.create(app + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .GET()
                .build();
    }

    private static long time(HttpClient http, HttpRequest request) throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        long took = System.nanoTime() - start;
        if (response.statusCode() != 200) {
            throw new IllegalStateException(request.uri() + ": " + response.statusCode() + " " + response.body());
        }
        return took;
    }

    private static double percentile(long[] nanos, int p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }
}
