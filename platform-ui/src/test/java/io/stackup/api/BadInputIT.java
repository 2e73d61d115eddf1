package io.stackup.api;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Input the database would refuse (a number or date outside a column's range, a NUL or another control character in a
 * text) is refused where it enters: a 4xx with a problem body that names the field or parameter, never a 403 of a
 * refused error dispatch, a redirect or a server error (issue 13's probes).
 */
@StackupIntegrationTest
class BadInputIT {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static @Nullable String admin;
    private static @Nullable String interviewer;
    private static @Nullable String template;

    @BeforeEach
    void tokens_and_a_published_template() throws Exception {
        if (template != null) {
            return;
        }
        admin = Tokens.accessToken("admin@demo.test", "openid organization:demo");
        interviewer = Tokens.accessToken("interviewer@demo.test", "openid organization:demo");
        String unique = UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = send("POST", "/api/v1/templates?publish=true", admin, template(unique));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        template = JSON.readTree(created.body()).get("id").asString();
    }

    @Test
    void a_prospect_with_more_employees_than_the_column_holds_is_400_at_employees() throws Exception {
        assertRefused(
                send("POST", "/api/v1/prospects", admin, "{\"name\": \"Big\", \"employees\": 200000000}"),
                400,
                "$.employees");
    }

    @Test
    void a_nul_in_a_prospects_name_or_notes_is_400_naming_the_field() throws Exception {
        assertRefused(send("POST", "/api/v1/prospects", admin, "{\"name\": \"Nul\\u0000Corp\"}"), 400, "$.name");
        assertRefused(
                send("POST", "/api/v1/prospects", admin, "{\"name\": \"Fine\", \"notes\": \"a\\u0000b\"}"),
                400,
                "$.notes");
        assertRefused(send("POST", "/api/v1/prospects", admin, "{\"name\": \"Bell\\u0007\"}"), 400, "$.name");
    }

    @Test
    void a_line_break_in_a_prospects_name_is_refused_while_its_notes_keep_theirs() throws Exception {
        assertRefused(send("POST", "/api/v1/prospects", admin, "{\"name\": \"Two\\nLines\"}"), 400, "$.name");
        HttpResponse<String> notes =
                send("POST", "/api/v1/prospects", admin, "{\"name\": \"Lines\", \"notes\": \"one\\r\\n\\ttwo\"}");
        assertThat(notes.statusCode()).as(notes.body()).isEqualTo(201);
    }

    @Test
    void a_nul_in_a_search_parameter_is_400_naming_the_parameter() throws Exception {
        assertRefused(send("GET", "/api/v1/prospects?search=a%00b", admin, null), 400, "search");
        assertRefused(send("GET", "/api/v1/leads?search=%01", admin, null), 400, "search");
    }

    @Test
    void a_due_date_beyond_year_9999_is_422_at_due_date() throws Exception {
        String prospect = prospect();
        assertRefused(
                send(
                        "POST",
                        "/api/v1/interviews",
                        admin,
                        "{\"templateId\": \"" + template + "\", \"prospectId\": \"" + prospect
                                + "\", \"interviewer\": \"interviewer@demo.test\", \"dueDate\": \"+6000000-01-01\"}"),
                422,
                "$.dueDate");
    }

    @Test
    void a_nul_in_an_answers_note_is_400_at_the_note() throws Exception {
        HttpResponse<String> assigned = send(
                "POST",
                "/api/v1/interviews",
                admin,
                "{\"templateId\": \"" + template + "\", \"prospectId\": \"" + prospect()
                        + "\", \"interviewer\": \"interviewer@demo.test\"}");
        assertThat(assigned.statusCode()).as(assigned.body()).isEqualTo(201);
        String id = JSON.readTree(assigned.body()).get("id").asString();
        assertRefused(
                send(
                        "PUT",
                        "/api/v1/interviews/" + id + "/answers/has-dir",
                        interviewer,
                        "{\"option\": \"yes\", \"note\": \"x\\u0000\"}"),
                400,
                "$.note");
    }

    @Test
    void an_anonymous_submission_with_a_nul_is_400_at_the_field_not_a_redirect() throws Exception {
        HttpResponse<String> link =
                send("POST", "/api/v1/public-links", admin, "{\"templateId\": \"" + template + "\"}");
        assertThat(link.statusCode()).as(link.body()).isEqualTo(201);
        String token = JSON.readTree(link.body()).get("token").asString();
        assertRefused(
                send(
                        "POST",
                        "/public/v1/assessments/" + token,
                        null,
                        "{\"respondent\": {\"name\": \"N\\u0000\", \"company\": \"C\", \"email\": \"n@example.com\","
                                + " \"consent\": true}, \"answers\": {}}"),
                400,
                "$.respondent.name");
    }

    @Test
    void a_public_link_expiring_beyond_year_9999_is_400_at_expires_at() throws Exception {
        assertRefused(
                send(
                        "POST",
                        "/api/v1/public-links",
                        admin,
                        "{\"templateId\": \"" + template + "\", \"expiresAt\": \"+6000000-01-01T00:00:00Z\"}"),
                400,
                "$.expiresAt");
    }

    @Test
    void a_method_a_call_does_not_take_is_405_with_a_problem_naming_the_methods_it_takes() throws Exception {
        HttpResponse<String> method = send("DELETE", "/api/v1/templates", admin, null);
        JsonNode problem = assertProblem(method, 405, "method-not-allowed");
        assertThat(method.headers().firstValue("Allow"))
                .hasValueSatisfying(v -> assertThat(v).contains("GET", "POST"));
        assertThat(problem.get("detail").asString())
                .contains("DELETE")
                .contains("GET")
                .contains("POST");

        HttpResponse<String> anonymous = send("DELETE", "/public/v1/assessments/x/results/y", null, null);
        assertProblem(anonymous, 405, "method-not-allowed");
    }

    @Test
    void a_body_of_a_type_a_call_does_not_read_is_415_with_a_problem_naming_the_type_it_reads() throws Exception {
        // a call that declares what it consumes refuses before it is chosen; one that does not, when it reads
        String[] refused = {"/api/v1/webhooks", "/api/v1/prospects"};
        for (String path : refused) {
            HttpResponse<String> response =
                    send("POST", path, admin, Map.of("Content-Type", "text/plain"), "{\"name\": \"x\"}");
            JsonNode problem = assertProblem(response, 415, null);
            assertThat(problem.get("detail").asString()).as(path).contains("application/json");
        }
    }

    @Test
    void an_accept_a_call_cannot_answer_is_406_with_a_problem_naming_what_it_answers() throws Exception {
        HttpResponse<String> response = send("GET", "/api/v1/export", admin, Map.of("Accept", "text/csv"), null);
        JsonNode problem = assertProblem(response, 406, "not-acceptable");
        assertThat(problem.get("detail").asString()).contains("application/zip");
    }

    @Test
    void an_unknown_api_path_is_404_with_a_problem_for_a_caller_with_a_token_never_the_ui_page() throws Exception {
        for (String path : new String[] {"/api/v1/nope", "/api/nope", "/api", "/api/v1/prospects/x/nope"}) {
            for (String method : new String[] {"GET", "POST", "DELETE"}) {
                JsonNode problem = assertProblem(send(method, path, admin, null), 404, "not-found");
                assertThat(problem.get("detail").asString())
                        .as(method + " " + path)
                        .contains("/v3/api-docs");
            }
        }
        HttpResponse<String> publicPath = send("GET", "/public/v1/nope", null, null);
        assertProblem(publicPath, 404, "not-found");
        assertProblem(send("GET", "/public/nope", null, null), 404, "not-found");
    }

    @Test
    void without_a_token_an_unknown_api_path_is_401_as_a_known_one_so_it_tells_nothing() throws Exception {
        HttpResponse<String> known = send("GET", "/api/v1/prospects", null, null);
        HttpResponse<String> unknown = send("GET", "/api/v1/nope", null, null);
        assertProblem(known, 401, "unauthenticated");
        assertProblem(unknown, 401, "unauthenticated");
        assertThat(unknown.body()).isEqualTo(known.body());
        assertThat(unknown.headers().firstValue("WWW-Authenticate"))
                .isEqualTo(known.headers().firstValue("WWW-Authenticate"));
    }

    @Test
    void a_path_the_firewall_rejects_is_400_with_a_problem_from_the_error_dispatch() throws Exception {
        assertProblem(send("GET", "/api/v1/prospects;x=1", admin, null), 400, null);
        assertProblem(send("GET", "/public/v1/assessments/x;y=1", null, null), 400, null);
    }

    @Test
    void another_method_on_the_sign_up_path_is_401_without_a_token_and_405_with_one_never_403() throws Exception {
        assertProblem(send("GET", "/api/v1/signups", null, null), 401, "unauthenticated");
        HttpResponse<String> withToken = send("GET", "/api/v1/signups", admin, null);
        assertProblem(withToken, 405, "method-not-allowed");
        assertThat(withToken.headers().firstValue("Allow")).hasValue("POST");
    }

    /** Asserts a problem body of the status (and type, when given), and returns it. */
    private static JsonNode assertProblem(HttpResponse<String> response, int status, @Nullable String type) {
        String call = response.request().method() + " " + response.request().uri() + ": " + response.body();
        assertThat(response.statusCode()).as(call).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .as(call)
                .hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("status").asInt()).as(call).isEqualTo(status);
        assertThat(problem.get("title").asString()).as(call).isNotBlank();
        assertThat(problem.get("detail").asString()).as(call).isNotBlank();
        if (type != null) {
            assertThat(problem.get("type").asString()).as(call).isEqualTo("https://stackup.io/problems/" + type);
        }
        return problem;
    }

    private static void assertRefused(HttpResponse<String> response, int status, String path) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
        JsonNode errors = JSON.readTree(response.body()).get("errors");
        assertThat(errors).as(response.body()).isNotNull();
        assertThat(errors.valueStream().map(e -> e.get("path").asString()))
                .as(response.body())
                .contains(path);
    }

    private static String prospect() throws Exception {
        HttpResponse<String> prospect = send("POST", "/api/v1/prospects", admin, "{\"name\": \"Bad input\"}");
        assertThat(prospect.statusCode()).as(prospect.body()).isEqualTo(201);
        return JSON.readTree(prospect.body()).get("id").asString();
    }

    private static HttpResponse<String> send(String method, String path, @Nullable String token, @Nullable String body)
            throws Exception {
        return send(method, path, token, body == null ? Map.of() : Map.of("Content-Type", "application/json"), body);
    }

    private static HttpResponse<String> send(
            String method, String path, @Nullable String token, Map<String, String> headers, @Nullable String body)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(SharedStack.appUrl() + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::header);
        request.method(
                method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String template(String unique) throws IOException {
        try (InputStream in = BadInputIT.class.getResourceAsStream("/templates/lead-io.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("\"key\": \"lead-io\"", "\"key\": \"bad-" + unique + "\"");
        }
    }
}
