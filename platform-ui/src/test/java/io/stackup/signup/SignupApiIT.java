package io.stackup.signup;

import static org.assertj.core.api.Assertions.assertThat;

import io.stackup.support.SharedStack;
import io.stackup.support.StackupIntegrationTest;
import io.stackup.support.Superuser;
import io.stackup.tenantadmin.identity.KeycloakIdentityAdmin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /api/v1/signups} over HTTP, without a token: the answers of docs/spec/api.md, and a script filling the
 * form 10,000 times from one address, which creates exactly as many tenants and Keycloak users as the limit allows.
 */
@StackupIntegrationTest
class SignupApiIT {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .executor(Executors.newFixedThreadPool(8))
            .build();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static KeycloakIdentityAdmin keycloak;

    private final String unique = UUID.randomUUID().toString().substring(0, 8);

    @BeforeAll
    static void connect() {
        keycloak = SharedStack.keycloakAdmin();
    }

    @AfterAll
    static void close() {
        keycloak.close();
    }

    @BeforeEach
    void belowEveryLimit() {
        Superuser.resetSignupRates();
    }

    @Test
    void a_sign_up_is_accepted_without_a_token_and_a_known_address_gets_the_same_answer() throws Exception {
        HttpResponse<String> fresh = post(body("api-" + unique, "api-" + unique + "@api.example.com"));
        HttpResponse<String> known = post(body("known-" + unique, "admin@demo.test"));

        assertThat(fresh.statusCode()).as(fresh.body()).isEqualTo(202);
        assertThat(known.statusCode()).as(known.body()).isEqualTo(202);
        assertThat(JSON.readTree(fresh.body()).path("status").asString()).isEqualTo("check-your-inbox");
        assertThat(JSON.readTree(known.body()).path("status").asString()).isEqualTo("check-your-inbox");
        assertThat(keycloak.findOrganizationId("api-" + unique)).isPresent();
        assertThat(keycloak.findOrganizationId("known-" + unique)).isEmpty();
    }

    @Test
    void fields_that_do_not_fit_are_a_problem_naming_each_field() throws Exception {
        HttpResponse<String> response = post(JSON.writeValueAsString(Map.of(
                "companyName", "",
                "slug", "www",
                "firstName", "Ada",
                "lastName", "Admin",
                "email", "no-address",
                "password", "correct-horse-battery",
                "passwordConfirmation", "correct-horse-batterY")));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(response.body());
        List<String> paths = new ArrayList<>();
        problem.path("errors")
                .forEach(e -> paths.add(
                        e.path("path").asString() + ":" + e.path("code").asString()));
        assertThat(paths)
                .containsExactlyInAnyOrder(
                        "$.companyName:required",
                        "$.slug:reserved",
                        "$.email:format",
                        "$.passwordConfirmation:mismatch");
    }

    @Test
    void a_body_over_256_kib_is_refused_before_it_is_read() throws Exception {
        HttpResponse<String> response = post(body("x".repeat(300 * 1024), "big@big.example.com"));

        assertThat(response.statusCode()).isEqualTo(413);
    }

    @Test
    void a_script_filling_the_form_ten_thousand_times_creates_nothing_beyond_the_limit() throws Exception {
        long tenantsBefore = Superuser.number("SELECT count(*) FROM tenant");
        long usersBefore = keycloak.userCount();
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        long started = System.nanoTime();
        try (ExecutorService script = Executors.newFixedThreadPool(8)) {
            List<Future<?>> sent = new ArrayList<>();
            for (int i = 0; i < 10_000; i++) {
                String body = body("bulk-" + unique + "-" + i, "bulk-" + i + "-" + unique + "@bulk.example.com");
                sent.add(script.submit(() -> {
                    HttpResponse<String> response = post(body);
                    statuses.computeIfAbsent(response.statusCode(), s -> new AtomicInteger())
                            .incrementAndGet();
                    return null;
                }));
            }
            for (Future<?> future : sent) {
                future.get();
            }
        }
        System.out.printf(
                "10,000 sign-ups in %d ms: %s%n",
                Duration.ofNanos(System.nanoTime() - started).toMillis(), statuses);

        assertThat(statuses.get(202)).hasValue(5);
        assertThat(statuses.get(429)).hasValue(9_995);
        assertThat(statuses.keySet()).containsExactlyInAnyOrder(202, 429);
        assertThat(Superuser.number("SELECT count(*) FROM tenant") - tenantsBefore)
                .isEqualTo(5);
        assertThat(Superuser.number("SELECT count(*) FROM tenant WHERE slug LIKE ?", "bulk-" + unique + "-%"))
                .isEqualTo(5);
        assertThat(keycloak.userCount() - usersBefore).isEqualTo(5);
    }

    private static HttpResponse<String> post(String body) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(SharedStack.appUrl() + "/api/v1/signups"))
                        .header("Content-Type", "application/json")
                        .timeout(Duration.ofSeconds(60))
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String body(String slug, String email) {
        return JSON.writeValueAsString(Map.of(
                "companyName",
                "Bulk " + unique,
                "slug",
                slug,
                "firstName",
                "Bo",
                "lastName",
                "Bulk",
                "email",
                email,
                "password",
                "correct-horse-battery"));
    }
}
