package io.stackup.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The test's own calls to the HTTP API of the shared application, as one user (a bearer token): for setting up what a
 * browser test then looks at, and for comparing the screen with the API.
 */
public final class Api {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final @Nullable String token;

    private Api(@Nullable String token) {
        this.token = token;
    }

    /** Signed in as this user of the demo tenant. */
    public static Api demo(String username) {
        return new Api(Tokens.accessToken(username, "openid organization:demo"));
    }

    /** Signed in as this user of the tenant with organization alias {@code alias}. */
    public static Api in(String alias, String username) {
        return new Api(Tokens.accessToken(username, "openid organization:" + alias));
    }

    /** Without a token: for the public endpoints (the sign-up, public links). */
    public static Api anonymous() {
        return new Api(null);
    }

    /** Signed in as a platform operator: a token naming no organization. */
    public static Api operator(String username) {
        return new Api(Tokens.accessToken(username, "openid"));
    }

    public HttpResponse<String> send(String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(SharedStack.appUrl() + path))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The call's JSON answer, after checking its status. */
    public JsonNode json(String method, String path, String body, int expectedStatus) throws Exception {
        HttpResponse<String> response = send(method, path, body);
        assertThat(response.statusCode())
                .as(method + " " + path + ": " + response.body())
                .isEqualTo(expectedStatus);
        return JSON.readTree(response.body());
    }
}
