package io.stackup.tenantadmin.keycloak;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A small client of Keycloak's admin REST API for the demo data of the local stack and the tests: organizations,
 * users, realm roles and the local-only client {@code stackup-cli}. Every operation is idempotent.
 *
 * <p>It logs in to the master realm as {@code admin-cli} with the password grant and renews its token before it
 * expires (the master realm's access tokens live 60 s).
 */
public final class KeycloakAdmin {

    /** The local-only public client for scripts and API tests: password grant, never in the production realm. */
    public static final String CLI_CLIENT = "stackup-cli";

    /** The client whose audience mapper {@link #ensurePublicClient} copies. */
    public static final String WEB_CLIENT = "stackup-web";

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Duration EXPIRY_MARGIN = Duration.ofSeconds(15);
    private static final int PAGE = 100;

    private final String baseUrl;
    private final String realm;
    private final String username;
    private final String password;
    private final HttpClient http;
    private final JsonMapper json = JsonMapper.builder().build();

    private @Nullable String accessToken;
    private @Nullable String refreshToken;
    private Instant accessExpires = Instant.MIN;
    private Instant refreshExpires = Instant.MIN;

    /**
     * @param baseUrl Keycloak's base URL, e.g. {@code http://localhost:8180}
     * @param realm the realm the operations work on
     * @param username an admin of the master realm
     * @param password that admin's password
     */
    public KeycloakAdmin(String baseUrl, String realm, String username, String password) {
        this.baseUrl = stripTrailingSlash(Objects.requireNonNull(baseUrl, "baseUrl"));
        this.realm = Objects.requireNonNull(realm, "realm");
        this.username = Objects.requireNonNull(username, "username");
        this.password = Objects.requireNonNull(password, "password");
        this.http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    }

    public String realm() {
        return realm;
    }

    /** The id of the organization with this alias, creating it with this name and domain if there is none. */
    public String ensureOrganization(String alias, String name, @Nullable String domain) {
        Optional<String> existing = findOrganizationId(alias);
        if (existing.isPresent()) {
            return existing.get();
        }
        ObjectNode org =
                json.createObjectNode().put("alias", alias).put("name", name).put("enabled", true);
        if (domain != null) {
            org.putArray("domains").addObject().put("name", domain).put("verified", false);
        }
        return idFromLocation(send("POST", realmPath("/organizations"), org, 201), "/organizations");
    }

    /** The id of the organization with this alias. The API searches names and domains only, so this pages. */
    public Optional<String> findOrganizationId(String alias) {
        for (int first = 0; ; first += PAGE) {
            JsonNode page = get(realmPath("/organizations?briefRepresentation=true&first=" + first + "&max=" + PAGE));
            for (JsonNode org : page) {
                if (alias.equals(org.path("alias").asString(null))) {
                    return Optional.of(org.path("id").asString());
                }
            }
            if (page.size() < PAGE) {
                return Optional.empty();
            }
        }
    }

    /**
     * The id of the user whose username is this email, creating the user if needed. An existing user gets these
     * names, is enabled and verified, and gets this password: the result is the same however often it runs.
     */
    public String ensureUser(String email, String firstName, String lastName, String password) {
        Optional<String> existing = findUserId(email);
        ObjectNode user = json.createObjectNode()
                .put("username", email)
                .put("email", email)
                .put("firstName", firstName)
                .put("lastName", lastName)
                .put("enabled", true)
                .put("emailVerified", true);
        if (existing.isPresent()) {
            String id = existing.get();
            send("PUT", realmPath("/users/" + id), user, 204);
            send("PUT", realmPath("/users/" + id + "/reset-password"), passwordCredential(password), 204);
            return id;
        }
        user.putArray("credentials").add(passwordCredential(password));
        return idFromLocation(send("POST", realmPath("/users"), user, 201), "/users");
    }

    /** The id of the user with exactly this username. */
    public Optional<String> findUserId(String username) {
        JsonNode users = get(realmPath("/users?briefRepresentation=true&exact=true&username=" + encode(username)));
        for (JsonNode user : users) {
            if (username.equalsIgnoreCase(user.path("username").asString(""))) {
                return Optional.of(user.path("id").asString());
            }
        }
        return Optional.empty();
    }

    /** Adds these realm roles to the user's; roles the user already has stay as they are. */
    public void grantRealmRoles(String userId, String... roles) {
        if (roles.length == 0) {
            return;
        }
        ArrayNode representations = json.createArrayNode();
        for (String role : roles) {
            representations.add(get(realmPath("/roles/" + encode(role))));
        }
        send("POST", realmPath("/users/" + userId + "/role-mappings/realm"), representations, 204);
    }

    /** The names of the user's directly granted realm roles. */
    public List<String> realmRolesOf(String userId) {
        List<String> names = new ArrayList<>();
        for (JsonNode role : get(realmPath("/users/" + userId + "/role-mappings/realm"))) {
            names.add(role.path("name").asString());
        }
        return names;
    }

    /** Makes the user a member of the organization, unless it already is one. */
    public void addOrganizationMember(String orgId, String userId) {
        String members = realmPath("/organizations/" + orgId + "/members");
        if (exchange("GET", members + "/" + userId, null).statusCode() == 200) {
            return;
        }
        HttpResponse<String> response =
                exchange("POST", members, json.getNodeFactory().stringNode(userId));
        if (response.statusCode() != 201 && response.statusCode() != 409) {
            throw new KeycloakAdminException("POST", "/admin/realms" + members, response);
        }
    }

    /**
     * Creates, unless it exists, a public client that may use the password grant ("direct access grants"), with the
     * {@code organization} scope as optional scope (request {@code organization:<alias>} or {@code organization:*}) and
     * the audience mappers of {@value #WEB_CLIENT}, so its access tokens are accepted by the API like the web UI's.
     * Local only: the production realm has no such client.
     */
    public void ensurePublicClient(String clientId) {
        if (findClient(clientId).isPresent()) {
            return;
        }
        JsonNode web = findClient(WEB_CLIENT)
                .orElseThrow(() -> new IllegalStateException(
                        "The realm " + realm + " has no client " + WEB_CLIENT + " to copy the audience mapper from"));
        ObjectNode client = json.createObjectNode()
                .put("clientId", clientId)
                .put("name", "Stackup command line (local only)")
                .put("protocol", "openid-connect")
                .put("enabled", true)
                .put("publicClient", true)
                .put("standardFlowEnabled", false)
                .put("implicitFlowEnabled", false)
                .put("directAccessGrantsEnabled", true)
                .put("serviceAccountsEnabled", false)
                .put("fullScopeAllowed", true);
        ArrayNode mappers = client.putArray("protocolMappers");
        for (JsonNode mapper : web.path("protocolMappers")) {
            if ("oidc-audience-mapper".equals(mapper.path("protocolMapper").asString(null))) {
                ObjectNode copy = (ObjectNode) mapper.deepCopy();
                copy.remove("id");
                mappers.add(copy);
            }
        }
        if (mappers.isEmpty()) {
            throw new IllegalStateException(WEB_CLIENT + " has no oidc-audience-mapper to copy");
        }
        client.set("defaultClientScopes", stringArray(web.path("defaultClientScopes")));
        ArrayNode optional = stringArray(web.path("optionalClientScopes"));
        if (!contains(optional, "organization") && !contains(client.path("defaultClientScopes"), "organization")) {
            optional.add("organization");
        }
        client.set("optionalClientScopes", optional);
        send("POST", realmPath("/clients"), client, 201);
    }

    /** The representation of the client with this client id, including its protocol mappers and scopes. */
    public Optional<JsonNode> findClient(String clientId) {
        for (JsonNode client : get(realmPath("/clients?clientId=" + encode(clientId)))) {
            if (clientId.equals(client.path("clientId").asString(null))) {
                JsonNode full = get(realmPath("/clients/" + client.path("id").asString()));
                ObjectNode withScopes = (ObjectNode) full;
                if (!withScopes.has("defaultClientScopes")) {
                    withScopes.set(
                            "defaultClientScopes",
                            names(get(
                                    realmPath("/clients/" + client.path("id").asString() + "/default-client-scopes"))));
                }
                if (!withScopes.has("optionalClientScopes")) {
                    withScopes.set(
                            "optionalClientScopes",
                            names(get(realmPath(
                                    "/clients/" + client.path("id").asString() + "/optional-client-scopes"))));
                }
                return Optional.of(withScopes);
            }
        }
        return Optional.empty();
    }

    /** A GET of any admin API path below {@code /admin/realms}, e.g. {@code /stackup/clients}. */
    public JsonNode get(String path) {
        return json.readTree(send("GET", path, null, 200).body());
    }

    private HttpResponse<String> send(String method, String path, @Nullable JsonNode body, int expectedStatus) {
        HttpResponse<String> response = exchange(method, path, body);
        if (response.statusCode() != expectedStatus) {
            throw new KeycloakAdminException(method, "/admin/realms" + path, response);
        }
        return response;
    }

    private HttpResponse<String> exchange(String method, String path, @Nullable JsonNode body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + "/admin/realms" + path))
                .timeout(TIMEOUT)
                .header("Authorization", "Bearer " + token())
                .header("Accept", "application/json");
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
        }
        return call(request.build());
    }

    private synchronized String token() {
        Instant now = Instant.now();
        if (accessToken != null && now.isBefore(accessExpires.minus(EXPIRY_MARGIN))) {
            return accessToken;
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put("client_id", "admin-cli");
        if (refreshToken != null && now.isBefore(refreshExpires.minus(EXPIRY_MARGIN))) {
            form.put("grant_type", "refresh_token");
            form.put("refresh_token", refreshToken);
            HttpResponse<String> refreshed = postToken(form);
            if (refreshed.statusCode() == 200) {
                return remember(refreshed, now);
            }
            form.remove("refresh_token");
        }
        form.put("grant_type", "password");
        form.put("username", username);
        form.put("password", password);
        HttpResponse<String> response = postToken(form);
        if (response.statusCode() != 200) {
            throw new KeycloakAdminException("POST", tokenPath(), response);
        }
        return remember(response, now);
    }

    private String remember(HttpResponse<String> response, Instant requested) {
        JsonNode body = json.readTree(response.body());
        String token = body.path("access_token").asString();
        accessToken = token;
        accessExpires = requested.plusSeconds(body.path("expires_in").asLong(60));
        refreshToken = body.path("refresh_token").asString(null);
        refreshExpires = requested.plusSeconds(body.path("refresh_expires_in").asLong(0));
        return token;
    }

    private HttpResponse<String> postToken(Map<String, String> form) {
        String encoded = form.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return call(HttpRequest.newBuilder(URI.create(baseUrl + tokenPath()))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encoded))
                .build());
    }

    private HttpResponse<String> call(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new KeycloakAdminException(request.method() + " " + request.uri() + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KeycloakAdminException(request.method() + " " + request.uri() + " was interrupted", e);
        }
    }

    private static String tokenPath() {
        return "/realms/master/protocol/openid-connect/token";
    }

    private String realmPath(String path) {
        return "/" + encode(realm) + path;
    }

    private String idFromLocation(HttpResponse<String> response, String collection) {
        String location = response.headers()
                .firstValue("Location")
                .orElseThrow(() -> new KeycloakAdminException(
                        "Keycloak created something in " + collection + " but sent no Location header", null));
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private ObjectNode passwordCredential(String password) {
        return json.createObjectNode()
                .put("type", "password")
                .put("value", password)
                .put("temporary", false);
    }

    private ArrayNode names(JsonNode scopes) {
        ArrayNode names = json.createArrayNode();
        for (JsonNode scope : scopes) {
            names.add(scope.path("name").asString());
        }
        return names;
    }

    private ArrayNode stringArray(JsonNode values) {
        ArrayNode array = json.createArrayNode();
        for (JsonNode value : values) {
            array.add(value.asString());
        }
        return array;
    }

    private static boolean contains(JsonNode array, String value) {
        for (JsonNode element : array) {
            if (value.equals(element.asString(null))) {
                return true;
            }
        }
        return false;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String stripTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** A call to the admin API that failed; the message names the status, the method, the path and the body. */
    public static final class KeycloakAdminException extends RuntimeException {

        private final int status;

        KeycloakAdminException(String method, String path, HttpResponse<String> response) {
            super("Keycloak answered " + response.statusCode() + " to " + method + " " + path + ": "
                    + (response.body().isBlank() ? "(empty body)" : response.body()));
            this.status = response.statusCode();
        }

        KeycloakAdminException(String message, @Nullable Throwable cause) {
            super(message, cause);
            this.status = -1;
        }

        /** The HTTP status, or -1 if there was no answer. */
        public int status() {
            return status;
        }
    }
}
