package io.stackup.bench;

import io.stackup.deploy.EmbeddedDatabase;
import io.stackup.deploy.KeycloakServer;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * Identity at SaaS scale: how Keycloak's logins and token refreshes behave as the realm grows to many organizations
 * (one per tenant) and users, some in several organizations (keycloak/keycloak#34437, #36984).
 *
 * <p>Starts its own Keycloak on its own PostgreSQL (both in {@code -Dwork}, default a new temporary folder), with
 * Stackup's realm imported, and a password-grant client {@code bench-cli}. Then, for each size in turn (default
 * {@code 10,10000}), it seeds organizations and users through the admin API up to that size (every user a member of
 * one organization, every 20th of three; {@value #MEASURED} measured users with a password, each in one of the first
 * {@value #FIRST} organizations, and one more who joins {@value #MANY} organizations once there are so many), and
 * measures for {@code -Dseconds=20} each with {@code -Dclients=8}
 * concurrent clients: a login (password grant) asking for the user's organization ({@code organization:<alias>}, as
 * the API's clients do), a login asking for all of them ({@code organization:*}, as the web login does), the same for
 * the user in {@value #MANY} organizations, and a token refresh. It prints p50, p95 and requests per second of each.
 *
 * <pre>java -cp bench/target/benchmarks.jar io.stackup.bench.KeycloakScale [sizes=10,10000] [users per org=5]</pre>
 */
public final class KeycloakScale {

    static final int MEASURED = 20;
    static final int MANY = 200;
    /** The organizations the measured users are in. */
    static final int FIRST = 10;

    private static final String REALM = KeycloakServer.REALM;
    private static final String PASSWORD = "Bench-password-1";
    private static final String CLIENT = "bench-cli";

    private final HttpClient http;
    private final String base;
    private final String adminPassword;
    private final ExecutorService pool;
    private volatile String adminToken;
    private volatile long adminTokenAt;
    private int users;
    private final List<String> organizationIds = new ArrayList<>();
    private final List<String> organizationAliases = new ArrayList<>();
    private String manyId = "";
    private boolean manyJoined;

    private KeycloakScale(HttpClient http, String base, String adminPassword, ExecutorService pool) {
        this.http = http;
        this.base = base;
        this.adminPassword = adminPassword;
        this.pool = pool;
    }

    public static void main(String[] args) throws Exception {
        int[] sizes = Arrays.stream((args.length > 0 ? args[0] : "10,10000").split(","))
                .mapToInt(Integer::parseInt)
                .toArray();
        int usersPerOrganization = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int seconds = Integer.getInteger("seconds", 20);
        int clients = Integer.getInteger("clients", 8);
        String workProperty = System.getProperty("work");
        Path work = workProperty == null
                ? Files.createTempDirectory("stackup-keycloak-scale-")
                : Files.createDirectories(Path.of(workProperty));

        try (EmbeddedDatabase database = EmbeddedDatabase.start(work.resolve("postgres"), KeycloakServer.freePort());
                KeycloakServer keycloak = KeycloakServer.start(new KeycloakServer.Options(
                        Path.of(System.getProperty("user.home"), ".cache", "stackup"),
                        KeycloakServer.freePort(),
                        KeycloakServer.freePort(),
                        "admin",
                        KeycloakServer.Database.postgres(
                                database.jdbcUrl(EmbeddedDatabase.KEYCLOAK_DATABASE),
                                EmbeddedDatabase.KEYCLOAK_DATABASE,
                                EmbeddedDatabase.passwordOf(EmbeddedDatabase.KEYCLOAK_DATABASE)),
                        Map.of()));
                ExecutorService pool = Executors.newFixedThreadPool(Math.max(clients, 8))) {
            HttpClient http = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(5))
                    .build();
            KeycloakScale bench = new KeycloakScale(http, keycloak.baseUrl(), "admin", pool);
            System.out.printf(
                    Locale.ROOT,
                    "Keycloak %s on %s (PostgreSQL in %s); %d clients, %d s per measurement%n",
                    KeycloakServer.VERSION,
                    keycloak.baseUrl(),
                    work,
                    clients,
                    seconds);
            bench.passwordGrantClient();
            List<String[]> measured = bench.measuredUsers();
            for (int size : sizes) {
                long seedStarted = System.nanoTime();
                bench.seedTo(size, usersPerOrganization);
                System.out.printf(
                        Locale.ROOT,
                        "%n%d organizations, %d users (seeded in %.0f s)%n",
                        bench.organizationIds.size(),
                        bench.users + MEASURED + 1,
                        (System.nanoTime() - seedStarted) / 1e9);
                String[] one = measured.getFirst();
                bench.measure("login, organization:<alias>", clients, seconds, i -> {
                    String[] user = measured.get(i % MEASURED);
                    return bench.login(user[0], "openid organization:" + user[1]);
                });
                bench.measure("login, organization:*", clients, seconds, i -> {
                    String[] user = measured.get(i % MEASURED);
                    return bench.login(user[0], "openid organization:*");
                });
                if (bench.manyJoined) {
                    String many = measured.getLast()[0];
                    // One client: one person signing in. Concurrent logins of one user are refused by Keycloak
                    // ("Invalid user credentials") whatever their organizations; see bench/README.md.
                    bench.measure(
                            "login, organization:* (user in " + MANY + " organizations)",
                            1,
                            seconds,
                            i -> bench.login(many, "openid organization:*"));
                }
                String refresh = bench.login(one[0], "openid organization:" + one[1]);
                bench.measure("refresh", clients, seconds, i -> bench.refresh(refresh));
            }
        }
    }

    /** One timed call: returns something when it succeeded, throws when not. */
    @FunctionalInterface
    interface Call {
        Object run(int i) throws Exception;
    }

    private void measure(String label, int clients, int seconds, Call call) throws Exception {
        long until = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        AtomicInteger sequence = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        AtomicReference<String> firstFailure = new AtomicReference<>();
        List<Future<List<Long>>> runs = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            runs.add(pool.submit(() -> {
                List<Long> times = new ArrayList<>();
                while (System.nanoTime() < until) {
                    long started = System.nanoTime();
                    try {
                        call.run(sequence.getAndIncrement());
                        times.add(System.nanoTime() - started);
                    } catch (Exception e) {
                        failed.incrementAndGet();
                        firstFailure.compareAndSet(null, e.getMessage());
                    }
                }
                return times;
            }));
        }
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> run : runs) {
            all.addAll(run.get());
        }
        all.sort(null);
        double p50 = all.isEmpty() ? 0 : all.get(all.size() / 2) / 1e6;
        double p95 = all.isEmpty() ? 0 : all.get((int) (all.size() * 0.95)) / 1e6;
        System.out.printf(
                Locale.ROOT,
                "  %-45s p50 %6.1f ms  p95 %6.1f ms  %6.1f/s  (%d ok, %d failed)%n",
                label,
                p50,
                p95,
                all.size() / (double) seconds,
                all.size(),
                failed.get());
        if (firstFailure.get() != null) {
            System.out.println("    first failure: " + firstFailure.get());
        }
    }

    // ---- identity calls
    // ----------------------------------------------------------------------------------------------

    /** A password-grant login; returns the refresh token. */
    String login(String username, String scope) throws IOException, InterruptedException {
        JsonNode token = tokenRequest(Map.of(
                "grant_type",
                "password",
                "client_id",
                CLIENT,
                "username",
                username,
                "password",
                PASSWORD,
                "scope",
                scope));
        return token.get("refresh_token").asString();
    }

    Object refresh(String refreshToken) throws IOException, InterruptedException {
        return tokenRequest(Map.of("grant_type", "refresh_token", "client_id", CLIENT, "refresh_token", refreshToken));
    }

    private JsonNode tokenRequest(Map<String, String> form) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(base + "/realms/" + REALM + "/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form(form)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("token " + response.statusCode() + ": " + response.body());
        }
        return StackApi.JSON.readTree(response.body());
    }

    // ---- seeding through the admin API
    // -------------------------------------------------------------------------------

    private void passwordGrantClient() throws Exception {
        admin(
                "POST",
                "/clients",
                Map.of(
                        "clientId", CLIENT,
                        "publicClient", true,
                        "directAccessGrantsEnabled", true,
                        "standardFlowEnabled", false,
                        "optionalClientScopes", List.of("organization")));
    }

    /** The measured users: [username, alias of their organization]; the last is in {@value #MANY} organizations. */
    private List<String[]> measuredUsers() throws Exception {
        seedOrganizations(FIRST);
        List<String[]> measured = new ArrayList<>();
        for (int i = 0; i <= MEASURED; i++) {
            String username = "measured-" + i + "@bench.test";
            String id = user(username, true);
            member(i % FIRST, id);
            measured.add(new String[] {username, organizationAliases.get(i % FIRST)});
            if (i == MEASURED) {
                manyId = id;
            }
        }
        return measured;
    }

    /** Makes the last measured user a member of the first {@value #MANY} organizations, once there are so many. */
    private void joinMany() throws Exception {
        if (manyJoined || organizationIds.size() < MANY) {
            return;
        }
        for (int o = FIRST; o < MANY; o++) {
            member(o, manyId);
        }
        manyJoined = true;
    }

    /** Organizations up to {@code size} (at least the {@value #MANY} the measured users need), with their users. */
    private void seedTo(int size, int usersPerOrganization) throws Exception {
        seedOrganizations(size);
        int targetUsers = size * usersPerOrganization;
        List<Callable<Object>> work = new ArrayList<>();
        for (int u = users; u < targetUsers; u++) {
            int n = u;
            work.add(() -> {
                String id = user("user-" + n + "@bench.test", false);
                member(n / usersPerOrganization, id);
                if (n % 20 == 0) {
                    member((n / usersPerOrganization + 1) % organizationIds.size(), id);
                    member((n / usersPerOrganization + 2) % organizationIds.size(), id);
                }
                return null;
            });
        }
        runAll(work, "users");
        users = Math.max(users, targetUsers);
        joinMany();
    }

    private void seedOrganizations(int size) throws Exception {
        int start = organizationIds.size();
        String[] ids = new String[Math.max(0, size - start)];
        List<Callable<Object>> work = new ArrayList<>();
        for (int o = start; o < size; o++) {
            int n = o;
            work.add(() -> {
                String alias = "org-" + n;
                ids[n - start] = admin("POST", "/organizations", Map.of("name", "Org " + n, "alias", alias));
                return null;
            });
        }
        runAll(work, "organizations");
        for (int o = start; o < size; o++) {
            organizationIds.add(ids[o - start]);
            organizationAliases.add("org-" + o);
        }
    }

    private void runAll(List<Callable<Object>> work, String what) throws Exception {
        if (work.isEmpty()) {
            return;
        }
        long started = System.nanoTime();
        List<Future<Object>> futures = pool.invokeAll(work);
        for (Future<Object> future : futures) {
            future.get();
        }
        System.out.printf(
                Locale.ROOT,
                "  seeded %d %s in %.0f s (%.0f/s)%n",
                work.size(),
                what,
                (System.nanoTime() - started) / 1e9,
                work.size() / ((System.nanoTime() - started) / 1e9));
    }

    private String user(String username, boolean withPassword) throws Exception {
        Map<String, Object> user = new LinkedHashMap<>(Map.of(
                "username",
                username,
                "email",
                username,
                "enabled",
                true,
                "emailVerified",
                true,
                "firstName",
                "Bench",
                "lastName",
                "User"));
        if (withPassword) {
            user.put("credentials", List.of(Map.of("type", "password", "value", PASSWORD, "temporary", false)));
        }
        return admin("POST", "/users", user);
    }

    private void member(int organization, String userId) throws Exception {
        admin("POST", "/organizations/" + organizationIds.get(organization) + "/members", userId);
    }

    /** An admin API call on the realm; returns the id of what a POST created (from Location), else null. */
    private String admin(String method, String path, Object body) throws Exception {
        String json = body instanceof String id ? "\"" + id + "\"" : StackApi.JSON.writeValueAsString(body);
        for (int attempt = 1; ; attempt++) {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create(base + "/admin/realms/" + REALM + path))
                            .header("Authorization", "Bearer " + adminToken())
                            .header("Content-Type", "application/json")
                            .method(method, HttpRequest.BodyPublishers.ofString(json))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 == 2) {
                return response.headers()
                        .firstValue("Location")
                        .map(location -> location.substring(location.lastIndexOf('/') + 1))
                        .orElse(null);
            }
            if (attempt == 3) {
                throw new IllegalStateException(
                        method + " " + path + ": " + response.statusCode() + " " + response.body());
            }
            Thread.sleep(500);
        }
    }

    private String adminToken() throws IOException, InterruptedException {
        if (adminToken == null
                || System.nanoTime() - adminTokenAt > Duration.ofSeconds(40).toNanos()) {
            synchronized (this) {
                if (adminToken == null
                        || System.nanoTime() - adminTokenAt
                                > Duration.ofSeconds(40).toNanos()) {
                    HttpResponse<String> response = http.send(
                            HttpRequest.newBuilder(URI.create(base + "/realms/master/protocol/openid-connect/token"))
                                    .header("Content-Type", "application/x-www-form-urlencoded")
                                    .POST(HttpRequest.BodyPublishers.ofString(form(Map.of(
                                            "grant_type",
                                            "password",
                                            "client_id",
                                            "admin-cli",
                                            "username",
                                            "admin",
                                            "password",
                                            adminPassword))))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
                    adminToken = StackApi.JSON
                            .readTree(response.body())
                            .get("access_token")
                            .asString();
                    adminTokenAt = System.nanoTime();
                }
            }
        }
        return adminToken;
    }

    private static String form(Map<String, String> values) {
        return values.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
