package io.stackup.support;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Access tokens from the realm, through the local-only client {@code stackup-cli} (password grant). */
public final class Tokens {

    public static final String PASSWORD = "stackup-demo";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Tokens() {}

    /** A token for {@code user}, with the given scope (e.g. {@code "openid organization:demo"}). */
    public static String accessToken(String user, String scope) {
        return accessToken(SharedStack.keycloak().issuerUri(), user, scope);
    }

    /**
     * A token for {@code user} from the realm at {@code issuerUri} (e.g. {@code http://localhost:8180/realms/stackup}:
     * a stack other than the shared one), by the password grant of the local-only client {@code stackup-cli}.
     */
    public static String accessToken(String issuerUri, String user, String scope) {
        String form = form(Map.of(
                "grant_type", "password",
                "client_id", "stackup-cli",
                "username", user,
                "password", PASSWORD,
                "scope", scope));
        HttpRequest request = HttpRequest.newBuilder(URI.create(issuerUri + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("No token for " + user + ": " + response.body());
            }
            return JSON.readTree(response.body()).get("access_token").asString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static JsonNode claims(String accessToken) {
        String payload = accessToken.split("\\.")[1];
        return JSON.readTree(Base64.getUrlDecoder().decode(payload));
    }

    private static String form(Map<String, String> fields) {
        StringBuilder body = new StringBuilder();
        fields.forEach((k, v) -> body.append(body.isEmpty() ? "" : "&")
                .append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                .append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return body.toString();
    }
}
