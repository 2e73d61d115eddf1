package io.stackup.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.stackup.support.SharedStack;
import io.stackup.support.StackupIntegrationTest;
import io.stackup.support.Tokens;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every request body is bounded before it is parsed: over its path's limit, a declared length is refused at once and a
 * chunked body as soon as the limit is read, both with 413 and a problem body that says what to do; the anonymous
 * submission's limit is the tightest.
 */
@StackupIntegrationTest
class RequestLimitsIT {

    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void an_anonymous_submission_over_its_limit_is_refused_before_the_token_is_even_looked_at() throws Exception {
        String path = "/public/v1/assessments/" + "A".repeat(43);
        HttpResponse<String> declared = send("POST", path, null, HttpRequest.BodyPublishers.ofString(json(8 << 20)));
        assertTooLarge(declared, 256 * 1024);

        HttpResponse<String> chunked = send(
                "POST",
                path,
                null,
                HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream(json(300 * 1024).getBytes())));
        assertTooLarge(chunked, 256 * 1024);

        HttpResponse<String> small = send("POST", path, null, HttpRequest.BodyPublishers.ofString("{}"));
        assertThat(small.statusCode())
                .as("a small body is read, and refused for what it says")
                .isEqualTo(400);
    }

    @Test
    void authenticated_bodies_and_template_imports_have_their_own_limits() throws Exception {
        String admin = Tokens.accessToken("admin@demo.test", "openid organization:demo");
        assertTooLarge(
                send("POST", "/api/v1/templates", admin, HttpRequest.BodyPublishers.ofString(json(3 << 20))),
                2112 * 1024);
        assertTooLarge(
                send("POST", "/api/v1/prospects", admin, HttpRequest.BodyPublishers.ofString(json(2 << 20))),
                1024 * 1024);
        HttpResponse<String> chunked = send(
                "POST",
                "/api/v1/prospects",
                admin,
                HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream(json(2 << 20).getBytes())));
        assertTooLarge(chunked, 1024 * 1024);
    }

    @Test
    void a_body_within_the_size_limit_but_nested_too_deep_or_with_a_huge_number_is_a_400_problem() throws Exception {
        String admin = Tokens.accessToken("admin@demo.test", "openid organization:demo");
        // This endpoint reads its body as a tree, whatever its content: only the limits can refuse these bodies.
        String path = "/api/v1/public-links/" + java.util.UUID.randomUUID();
        String deep = "{\"x\": " + "[".repeat(100) + "]".repeat(100) + "}";
        String number = "{\"x\": " + "9".repeat(500) + "}";
        for (String body : java.util.List.of(deep, number)) {
            HttpResponse<String> response = send("PUT", path, admin, HttpRequest.BodyPublishers.ofString(body));
            assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(JSON.readTree(response.body())
                            .get("errors")
                            .get(0)
                            .get("message")
                            .asString())
                    .startsWith("goes over a limit of the API");
        }
        HttpResponse<String> shallow = send(
                "PUT",
                path,
                admin,
                HttpRequest.BodyPublishers.ofString("{\"x\": " + "[".repeat(10) + "]".repeat(10) + "}"));
        assertThat(shallow.statusCode())
                .as("within the limits the body is read, and the link looked for")
                .isIn(404, 400);
        assertThat(shallow.body()).doesNotContain("goes over a limit");
    }

    private static void assertTooLarge(HttpResponse<String> response, long limit) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("type").asString()).isEqualTo("https://stackup.io/problems/too-large");
        assertThat(problem.get("detail").asString()).contains("at most " + limit + " bytes");
    }

    /** A JSON object of about {@code size} bytes: one long string member. */
    private static String json(int size) {
        return "{\"name\": \"" + "x".repeat(size) + "\"}";
    }

    private static HttpResponse<String> send(String method, String path, String token, HttpRequest.BodyPublisher body)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(SharedStack.appUrl() + path))
                .header("Content-Type", "application/json")
                .method(method, body);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
