package io.stackup.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.stackup.api.ApiMappings.Endpoint;
import io.stackup.api.ApiMappings.Variable;
import io.stackup.api.ApiSpecTable.Role;
import io.stackup.api.ApiSpecTable.Row;
import io.stackup.support.SharedStack;
import io.stackup.support.StackupIntegrationTest;
import io.stackup.support.Tokens;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's security suite, which grows with every endpoint: each call Spring MVC maps under {@code /api} and
 * {@code /public} ({@link ApiMappings}) is checked against its row in docs/spec/api.md ({@link ApiSpecTable}), without
 * a token, with a token of each demo role, and with the ids of another tenant's objects. A call added without a row,
 * or answering a role its row does not name, fails here with every offending call listed at once.
 */
@StackupIntegrationTest
class ApiAccessIT {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The demo users, one per role, with the scope that binds their tenant. */
    enum Caller {
        ADMIN("admin@demo.test", Role.TENANT_ADMIN, "openid organization:demo"),
        INTERVIEWER("interviewer@demo.test", Role.INTERVIEWER, "openid organization:demo"),
        EXPERT("expert@demo.test", Role.EXPERT, "openid organization:demo"),
        OPERATOR("operator@stackup.test", Role.PLATFORM_OPERATOR, "openid");

        final String user;
        final Role role;
        final String scope;

        Caller(String user, Role role, String scope) {
            this.user = user;
            this.role = role;
            this.scope = scope;
        }
    }

    /** One token per user for the whole class. */
    private static final Map<Caller, String> TOKENS = new EnumMap<>(Caller.class);

    /** Objects of tenant "other", made once through its own admin's API. */
    private static @Nullable OtherTenant other;

    @Autowired
    ApplicationContext context;

    @Test
    void every_api_and_public_mapping_has_a_row_in_api_md() {
        Map<String, Row> rows = ApiSpecTable.read();
        List<Endpoint> endpoints = ApiMappings.of(context);
        assertThat(endpoints).as("the mappings found").hasSizeGreaterThan(20);
        List<String> undocumented = endpoints.stream()
                .filter(e -> !rows.containsKey(e.key()))
                .map(Endpoint::toString)
                .toList();
        assertThat(undocumented)
                .as("calls without a row in docs/spec/api.md's endpoint tables: document them in docs/spec/api.md")
                .isEmpty();
        List<String> whoNobody = endpoints.stream()
                .map(e -> rows.get(e.key()))
                .filter(row -> row != null && row.roles().isEmpty() && !row.anonymous())
                .map(row -> row.key() + " (who: '" + row.who() + "')")
                .toList();
        assertThat(whoNobody)
                .as("rows whose 'who' names no role (tenant-admin, interviewer, expert, platform-operator, any role,"
                        + " anonymous)")
                .isEmpty();
    }

    @Test
    void without_a_token_every_api_call_is_401_with_a_problem_and_no_call_is_a_server_error() throws Exception {
        Map<String, Row> rows = ApiSpecTable.read();
        List<String> wrong = new ArrayList<>();
        for (Endpoint endpoint : ApiMappings.of(context)) {
            HttpResponse<String> response = send(endpoint, made(endpoint), null);
            int status = response.statusCode();
            if (open(endpoint, rows) ? status >= 500 : status != 401 || !isProblem(response)) {
                wrong.add(describe(endpoint, response));
            }
        }
        assertThat(wrong)
                .as("without a token: 401 with a problem body (public calls: anything but a 5xx)")
                .isEmpty();
    }

    @Test
    void each_role_is_refused_with_403_where_its_row_does_not_name_it_and_never_where_it_does() throws Exception {
        Map<String, Row> rows = ApiSpecTable.read();
        List<String> wrong = new ArrayList<>();
        for (Endpoint endpoint : ApiMappings.of(context)) {
            Row row = rows.get(endpoint.key());
            if (row == null || open(endpoint, rows)) {
                continue; // the first test names undocumented calls; public ones take no token
            }
            for (Caller caller : Caller.values()) {
                HttpResponse<String> response = send(endpoint, made(endpoint), token(caller));
                int status = response.statusCode();
                boolean named = row.roles().contains(caller.role);
                if (status >= 500) {
                    wrong.add(caller + " got a server error: " + describe(endpoint, response));
                } else if (named && (status == 401 || status == 403)) {
                    wrong.add(caller + " is named ('" + row.who() + "') but refused: " + describe(endpoint, response));
                } else if (!named && (status != 403 || !isProblem(response))) {
                    wrong.add(caller + " is not named ('" + row.who() + "') but not refused with a 403 problem"
                            + (status == 400
                                    ? " (the body's form is checked before the role: give the field an"
                                            + " example in ExampleBodies, or check the role first)"
                                    : "")
                            + ": " + describe(endpoint, response));
                }
            }
        }
        assertThat(wrong)
                .as("answers that do not follow the roles of docs/spec/api.md")
                .isEmpty();
    }

    /**
     * The role is checked before the body is read: a caller whose role the row does not name gets the 403 problem even
     * for a body that is not even JSON ({@code {"x":}), never the 400 that would tell them how the call's body looks.
     */
    @Test
    void a_role_not_named_gets_403_before_its_malformed_body_is_read() throws Exception {
        Map<String, Row> rows = ApiSpecTable.read();
        List<String> wrong = new ArrayList<>();
        int probes = 0;
        for (Endpoint endpoint : ApiMappings.of(context)) {
            Row row = rows.get(endpoint.key());
            if (row == null
                    || open(endpoint, rows)
                    || !List.of("POST", "PUT", "PATCH").contains(endpoint.method())) {
                continue;
            }
            for (Caller caller : Caller.values()) {
                if (row.roles().contains(caller.role)) {
                    continue;
                }
                HttpResponse<String> response = send(endpoint.method(), made(endpoint), token(caller), "{\"x\":");
                probes++;
                if (response.statusCode() != 403 || !isProblem(response)) {
                    wrong.add(caller + " ('" + row.who() + "'): " + describe(endpoint, response));
                }
            }
        }
        assertThat(probes).as("calls with a body probed per role").isGreaterThan(30);
        assertThat(wrong)
                .as("calls that read a malformed body before refusing a role their row does not name: check the"
                        + " role first (@RolesAllowed on the controller method, io.stackup.api.RolesBeforeBody)")
                .isEmpty();
    }

    @Test
    void another_tenants_objects_answer_as_made_up_ids_never_2xx_and_404_for_whom_the_call_is_meant() throws Exception {
        OtherTenant theirs = other();
        Map<String, Row> rows = ApiSpecTable.read();
        List<String> wrong = new ArrayList<>();
        int probes = 0;
        for (Endpoint endpoint : ApiMappings.of(context)) {
            if (open(endpoint, rows) || endpoint.variables().isEmpty()) {
                continue;
            }
            Row row = rows.get(endpoint.key());
            for (Caller caller : List.of(Caller.ADMIN, Caller.INTERVIEWER, Caller.EXPERT)) {
                String token = token(caller);
                HttpResponse<String> response = send(endpoint, endpoint.expand(theirs::idFor), token);
                HttpResponse<String> madeUp = send(endpoint, made(endpoint), token);
                probes++;
                int status = response.statusCode();
                boolean named = row != null && row.roles().contains(caller.role);
                if (status < 300 || status >= 500) {
                    wrong.add(caller + ": " + describe(endpoint, response));
                } else if (status != madeUp.statusCode()) {
                    wrong.add(caller + " told another tenant's object from a made-up id (made-up: "
                            + madeUp.statusCode() + "): " + describe(endpoint, response));
                } else if (named && status != 404 && status != 400 && status != 422 && theirs.namesAnObject(endpoint)) {
                    // 400/422: the body was refused before the object was looked up, as for a made-up id
                    wrong.add(caller + " is named but not answered 404: " + describe(endpoint, response));
                }
            }
        }
        assertThat(probes).isGreaterThan(30);
        assertThat(wrong)
                .as("calls with another tenant's ids: 404 as for an id that does not exist, never 2xx or 5xx")
                .isEmpty();
    }

    /** What tenant "other" holds: a published template, a prospect, an interview completed into a lead, and so on. */
    private record OtherTenant(Map<String, String> idsByCollection) {

        String idFor(Variable variable) {
            String id = idsByCollection.get(variable.collection());
            return id != null ? id : UUID.randomUUID().toString();
        }

        boolean namesAnObject(Endpoint endpoint) {
            return endpoint.variables().stream()
                    .anyMatch(v -> idsByCollection.containsKey(v.collection())
                            && !v.collection().equals("answers"));
        }
    }

    private static synchronized OtherTenant other() throws Exception {
        if (other != null) {
            return other;
        }
        String admin = Tokens.accessToken("admin@other.test", "openid organization:other");
        String interviewer = Tokens.accessToken("interviewer@other.test", "openid organization:other");
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String template = created(send("POST", "/api/v1/templates?publish=true", admin, template(unique)))
                .get("id")
                .asString();
        String prospect = created(send("POST", "/api/v1/prospects", admin, "{\"name\": \"Other " + unique + "\"}"))
                .get("id")
                .asString();
        String interview = created(send(
                        "POST",
                        "/api/v1/interviews",
                        admin,
                        "{\"templateId\": \"" + template + "\", \"prospectId\": \"" + prospect
                                + "\", \"interviewer\": \"interviewer@other.test\"}"))
                .get("id")
                .asString();
        for (Map.Entry<String, String> answer : Map.of(
                        "has-dir", "no", "has-mfa", "no", "restores", "no", "budget", "yes")
                .entrySet()) {
            ok(send(
                    "PUT",
                    "/api/v1/interviews/" + interview + "/answers/" + answer.getKey(),
                    interviewer,
                    "{\"option\": \"" + answer.getValue() + "\"}"));
        }
        ok(send("POST", "/api/v1/interviews/" + interview + "/complete", interviewer, null));
        String lead = ok(send("GET", "/api/v1/leads?search=" + unique, admin, null))
                .get("items")
                .get(0)
                .get("id")
                .asString();
        String webhook = created(
                        send(
                                "POST",
                                "/api/v1/webhooks",
                                admin,
                                "{\"url\": \"http://127.0.0.1:9/other\", \"events\": [\"lead.qualified\"], \"enabled\": false}"))
                .get("id")
                .asString();
        String link = created(send("POST", "/api/v1/public-links", admin, "{\"templateId\": \"" + template + "\"}"))
                .get("id")
                .asString();
        HttpResponse<String> exporting = send("POST", "/api/v1/exports", admin, null);
        assertThat(exporting.statusCode()).as(exporting.body()).isEqualTo(202);
        String export = JSON.readTree(exporting.body()).get("id").asString();
        other = new OtherTenant(Map.of(
                "exports", export,
                "templates", template,
                "prospects", prospect,
                "interviews", interview,
                "leads", lead,
                "webhooks", webhook,
                "public-links", link,
                "answers", "has-dir"));
        return other;
    }

    /** The path with a made-up id (a random UUID) for every variable; a question key is made up likewise. */
    private static String made(Endpoint endpoint) {
        return endpoint.expand(v -> UUID.randomUUID().toString());
    }

    private static synchronized String token(Caller caller) {
        return TOKENS.computeIfAbsent(caller, c -> Tokens.accessToken(c.user, c.scope));
    }

    /**
     * A call with a body of the right form ({@link ExampleBodies}) when it reads one, and an empty JSON object for any
     * other POST, PUT or PATCH.
     */
    private static HttpResponse<String> send(Endpoint endpoint, String path, @Nullable String token) throws Exception {
        boolean withBody = List.of("POST", "PUT", "PATCH").contains(endpoint.method());
        String body = endpoint.body() != null ? endpoint.body() : withBody ? "{}" : null;
        return send(endpoint.method(), path, token, body);
    }

    private static HttpResponse<String> send(String method, String path, @Nullable String token, @Nullable String body)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(SharedStack.appUrl() + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            // The logo takes an image's bytes, every other body is JSON.
            request.header(
                    "Content-Type", path.endsWith("/settings/logo") ? "application/octet-stream" : "application/json");
        }
        request.method(
                method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static boolean isProblem(HttpResponse<String> response) {
        return response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")
                && !response.body().isBlank();
    }

    private static String describe(Endpoint endpoint, HttpResponse<String> response) {
        String body = response.body();
        return endpoint + " -> " + response.statusCode() + " "
                + (body.length() > 160 ? body.substring(0, 160) + "…" : body);
    }

    private static JsonNode created(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return JSON.readTree(response.body());
    }

    private static JsonNode ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static String template(String unique) throws IOException {
        try (InputStream in = ApiAccessIT.class.getResourceAsStream("/templates/lead-io.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("\"key\": \"lead-io\"", "\"key\": \"access-" + unique + "\"");
        }
    }

    /**
     * A call anyone may make without a token: under /public, or documented as such in api.md (the sign-up,
     * {@code POST /api/v1/signups}).
     */
    private static boolean open(Endpoint endpoint, Map<String, Row> rows) {
        Row row = rows.get(endpoint.key());
        return endpoint.isPublic() || (row != null && row.anonymous());
    }
}
