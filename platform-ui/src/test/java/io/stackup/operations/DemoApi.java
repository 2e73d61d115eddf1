package io.stackup.operations;

import static org.assertj.core.api.Assertions.assertThat;

import io.stackup.support.Tokens;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The local stack's API as a demo user of the tenant {@code demo} calls it, signed in by the local-only client. */
final class DemoApi {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final String appUrl;
    private final String keycloakUrl;

    DemoApi(LocalStackRun stack) {
        this.appUrl = stack.appUrl();
        this.keycloakUrl = stack.keycloakUrl();
    }

    /** An access token of the demo user in the tenant {@code demo} (password grant of the local-only client). */
    String token(String user) {
        return Tokens.accessToken(keycloakUrl + "/realms/stackup", user, "openid organization:demo");
    }

    /** {@code GET path} as the token's user; asserts 200 and returns the body. */
    JsonNode get(String token, String path) {
        HttpResponse<String> response = send(token, "GET", path, null);
        assertThat(response.statusCode())
                .as("GET %s: %s", path, response.body())
                .isEqualTo(200);
        return JSON.readTree(response.body());
    }

    /** {@code POST path body} as the token's user; asserts 201 and returns the id created. */
    String created(String token, String path, JsonNode body) {
        HttpResponse<String> response = send(token, "POST", path, body);
        assertThat(response.statusCode())
                .as("POST %s: %s", path, response.body())
                .isEqualTo(201);
        return JSON.readTree(response.body()).path("id").asString();
    }

    HttpResponse<String> send(String token, String method, String path, @Nullable JsonNode body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(appUrl + path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json")
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(body.toString()));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return send(request.build());
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
