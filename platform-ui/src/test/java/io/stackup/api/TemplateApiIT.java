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
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The template endpoints of docs/spec/api.md, through real tokens, against real PostgreSQL. */
@StackupIntegrationTest
class TemplateApiIT {

    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final JsonMapper JSON = JsonMapper.builder().build();

    String admin;
    String key;

    @BeforeEach
    void an_admin_and_a_fresh_key() {
        admin = Tokens.accessToken("admin@demo.test", "openid organization:demo");
        key = "mini-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void an_admin_imports_exports_publishes_and_previews_the_example_of_the_spec() throws Exception {
        HttpResponse<String> created = send("POST", "/api/v1/templates", admin, "application/json", example());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode version = JSON.readTree(created.body());
        String id = version.get("id").asString();
        assertThat(version.get("status").asString()).isEqualTo("draft");
        assertThat(version.get("key").asString()).isEqualTo(key);

        JsonNode exported = JSON.readTree(
                send("GET", "/api/v1/templates/" + id, admin, null, null).body());
        assertThat(exported.get("key").asString()).isEqualTo(key);
        assertThat(exported.get("questionnaire")
                        .get("sections")
                        .get(0)
                        .get("questions")
                        .size())
                .isEqualTo(3);

        assertThat(send("GET", "/api/v1/templates", admin, null, null).body()).contains(id);

        HttpResponse<String> preview = send(
                "POST",
                "/api/v1/templates/" + id + "/preview",
                admin,
                "application/json",
                "{\"answers\": {\"has-dir\": {\"option\": \"no\"}, \"budget\": {\"option\": \"yes\"}}}");
        assertThat(preview.statusCode()).as(preview.body()).isEqualTo(200);
        JsonNode result = JSON.readTree(preview.body());
        assertThat(result.has("interview")).isFalse();
        assertThat(result.get("complete").asBoolean()).isFalse();
        JsonNode directory = result.get("capabilities").get(0);
        assertThat(directory.get("level").asString()).isEqualTo("basic");
        assertThat(directory.get("target").asString()).isEqualTo("rationalized");
        assertThat(directory.get("gap").asInt()).isEqualTo(2);
        assertThat(directory.get("evidence").get(0).get("question").asString()).isEqualTo("has-dir");
        assertThat(result.get("roadmap").get(0).get("recommendation").asString())
                .isEqualTo("joiner-process");
        assertThat(result.get("roadmap").get(1).get("recommendation").asString())
                .isEqualTo("central-dir");
        assertThat(result.get("qualification").get("score").asDouble()).isEqualTo(5.0);
        assertThat(result.get("qualification").get("qualified").asBoolean()).isTrue();
        assertThat(result.get("qualification").get("rules").toString()).isEqualTo("[\"budget\",\"IAM gap\"]");

        HttpResponse<String> published = send("POST", "/api/v1/templates/" + id + "/publish", admin, null, null);
        assertThat(published.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(published.body()).get("status").asString()).isEqualTo("published");

        HttpResponse<String> again =
                send("POST", "/api/v1/templates?publish=true", admin, "application/json", example());
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("already published");
    }

    @Test
    void an_exported_template_re_imports_unchanged_in_json_and_yaml() throws Exception {
        String id = JSON.readTree(send("POST", "/api/v1/templates", admin, "application/json", example())
                        .body())
                .get("id")
                .asString();
        String exported =
                send("GET", "/api/v1/templates/" + id, admin, null, null).body();
        HttpResponse<String> reimported =
                send("POST", "/api/v1/templates?replaceDraft=true", admin, "application/json", exported);
        assertThat(reimported.statusCode()).as(reimported.body()).isEqualTo(201);
        assertThat(JSON.readTree(reimported.body()).get("id").asString()).isEqualTo(id);
        assertThat(send("GET", "/api/v1/templates/" + id, admin, null, null).body())
                .isEqualTo(exported);

        String yamlKey = key + "-y";
        String yaml = send(
                        "GET",
                        "/api/v1/templates/"
                                + JSON.readTree(send(
                                                        "POST",
                                                        "/api/v1/templates",
                                                        admin,
                                                        "application/yaml",
                                                        toYamlKey(exported, yamlKey))
                                                .body())
                                        .get("id")
                                        .asString(),
                        admin,
                        null,
                        null)
                .body();
        HttpResponse<String> again =
                send("POST", "/api/v1/templates?replaceDraft=true", admin, "application/yaml", yaml);
        assertThat(again.statusCode()).as(again.body()).isEqualTo(201);
        assertThat(send(
                                "GET",
                                "/api/v1/templates/"
                                        + JSON.readTree(again.body()).get("id").asString(),
                                admin,
                                null,
                                null)
                        .body())
                .isEqualTo(yaml);
    }

    /** JSON is YAML 1.2: the exported JSON, under another key, is a valid YAML import. */
    private static String toYamlKey(String json, String newKey) {
        return json.replaceFirst("\"key\": \"[^\"]+\"", "\"key\": \"" + newKey + "\"");
    }

    @Test
    void a_second_draft_of_a_key_needs_replace_draft() throws Exception {
        assertThat(send("POST", "/api/v1/templates", admin, "application/json", example())
                        .statusCode())
                .isEqualTo(201);
        HttpResponse<String> second = send("POST", "/api/v1/templates", admin, "application/json", example());
        assertThat(second.statusCode()).isEqualTo(409);
        assertThat(second.headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
        assertThat(send("POST", "/api/v1/templates?replaceDraft=true", admin, "application/json", example())
                        .statusCode())
                .isEqualTo(201);
    }

    @Test
    void a_yaml_import_is_exported_as_yaml() throws Exception {
        String yaml = "format: stackup-template/1\nkey: " + key + "\nname: Yaml\nversion: \"1.0\"\n"
                + "scale: {levels: [{key: low, name: Low}, {key: high, name: High}]}\n"
                + "areas: [{key: a, name: A, capabilities: [{key: c, name: C}]}]\n"
                + "questionnaire: {title: Q, sections: [{key: s, title: S, questions: [\n"
                + "  {key: q, capability: c, type: yes_no, text: Really?}]}]}\n";
        HttpResponse<String> created = send("POST", "/api/v1/templates", admin, "application/yaml", yaml);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = JSON.readTree(created.body()).get("id").asString();
        HttpResponse<String> exported = send("GET", "/api/v1/templates/" + id, admin, null, null);
        assertThat(exported.headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("application/yaml"));
        assertThat(exported.body()).contains("key: " + key).contains("type: yes_no");
    }

    @Test
    void a_yaml_import_fetched_as_json_re_imports_to_the_same_template_and_back() throws Exception {
        String yaml = "format: stackup-template/1\nkey: " + key + "\nname: Yaml\nversion: \"1.0\"\n"
                + "scale: {levels: [{key: low, name: Low}, {key: high, name: High}]}\n"
                + "areas: [{key: a, name: A, capabilities: [{key: c, name: C}]}]\n"
                + "questionnaire: {title: Q, sections: [{key: s, title: S, questions: [\n"
                + "  {key: q, capability: c, type: yes_no, text: Really?}]}]}\n";
        String id = JSON.readTree(send("POST", "/api/v1/templates", admin, "application/yaml", yaml)
                        .body())
                .get("id")
                .asString();
        HttpResponse<String> asYaml = fetch(id, "application/yaml");
        assertThat(asYaml.body()).isEqualTo(fetch(id, null).body()).contains("key: " + key);
        HttpResponse<String> asJson = fetch(id, "application/json");
        assertThat(asJson.statusCode()).isEqualTo(200);
        assertThat(asJson.headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
        assertThat(JSON.readTree(asJson.body()).get("key").asString()).isEqualTo(key);

        HttpResponse<String> reimported =
                send("POST", "/api/v1/templates?replaceDraft=true", admin, "application/json", asJson.body());
        assertThat(reimported.statusCode()).as(reimported.body()).isEqualTo(201);
        assertThat(JSON.readTree(reimported.body()).get("id").asString()).isEqualTo(id);
        assertThat(fetch(id, null).body()).as("now imported as JSON").isEqualTo(asJson.body());
        assertThat(fetch(id, "application/yaml").body()).isEqualTo(asYaml.body());
    }

    @Test
    void a_json_import_fetched_as_yaml_re_imports_to_the_same_template_and_back() throws Exception {
        String id = JSON.readTree(send("POST", "/api/v1/templates", admin, "application/json", example())
                        .body())
                .get("id")
                .asString();
        HttpResponse<String> asJson = fetch(id, "*/*");
        assertThat(asJson.headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("application/vnd.stackup.template+json"));
        HttpResponse<String> asYaml = fetch(id, "application/json;q=0.5, application/yaml");
        assertThat(asYaml.statusCode()).isEqualTo(200);
        assertThat(asYaml.headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("application/yaml"));
        assertThat(asYaml.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(v -> assertThat(v).endsWith(".yaml\""));
        assertThat(asYaml.body()).contains("key: " + key).doesNotContain("{\n");

        HttpResponse<String> reimported =
                send("POST", "/api/v1/templates?replaceDraft=true", admin, "application/yaml", asYaml.body());
        assertThat(reimported.statusCode()).as(reimported.body()).isEqualTo(201);
        assertThat(fetch(id, "application/vnd.stackup.template+json").body()).isEqualTo(asJson.body());
        assertThat(fetch(id, null).body()).as("now imported as YAML").isEqualTo(asYaml.body());
    }

    @Test
    void a_template_asked_for_in_another_representation_is_406_with_a_problem() throws Exception {
        String id = JSON.readTree(send("POST", "/api/v1/templates", admin, "application/json", example())
                        .body())
                .get("id")
                .asString();
        for (String accept : List.of("text/csv", "application/xml, text/html;q=0.9", "not a type")) {
            HttpResponse<String> refused = fetch(id, accept);
            assertThat(refused.statusCode()).as(accept).isEqualTo(406);
            assertThat(refused.headers().firstValue("Content-Type"))
                    .as(accept)
                    .hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
            assertThat(JSON.readTree(refused.body()).get("status").asInt()).isEqualTo(406);
        }
    }

    /** GET of the template with this Accept header (none when null). */
    private HttpResponse<String> fetch(String id, String accept) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create(SharedStack.appUrl() + "/api/v1/templates/" + id))
                .header("Authorization", "Bearer " + admin);
        if (accept != null) {
            request.header("Accept", accept);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void a_bad_document_gets_400_with_every_problem_and_stores_nothing() throws Exception {
        String broken = example()
                .replace("\"requires\": \"standardized\"", "\"requires\": \"expert\"")
                .replace("\"kind\": \"process\"", "\"kind\": \"free\"");
        HttpResponse<String> response = send("POST", "/api/v1/templates", admin, "application/json", broken);
        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("errors").size()).isGreaterThanOrEqualTo(2);
        assertThat(problem.get("errors").toString()).contains("$.questionnaire.sections[0].questions[0].requires");

        assertThat(send("POST", "/api/v1/templates", admin, "application/json", "{\"format\": ")
                        .statusCode())
                .isEqualTo(400);
        String huge = "{\"description\": \"" + "x".repeat(3 * 1024 * 1024) + "\"}";
        assertThat(send("POST", "/api/v1/templates", admin, "application/json", huge)
                        .statusCode())
                .as("over the import's size limit: refused before it is parsed")
                .isEqualTo(413);
        assertThat(send("POST", "/api/v1/templates", admin, "application/json", "[".repeat(100_000))
                        .statusCode())
                .isEqualTo(400);
        assertThat(send("GET", "/api/v1/templates", admin, null, null).body()).doesNotContain(key);
    }

    @Test
    void answers_that_do_not_fit_get_422_naming_each() throws Exception {
        String id = JSON.readTree(send("POST", "/api/v1/templates", admin, "application/json", example())
                        .body())
                .get("id")
                .asString();
        HttpResponse<String> response = send(
                "POST",
                "/api/v1/templates/" + id + "/preview",
                admin,
                "application/json",
                "{\"answers\": {\"has-dir\": {\"option\": \"maybe\"}, \"nope\": {\"option\": \"yes\"}},"
                        + " \"targets\": {\"directory\": \"expert\"}}");
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(response.body()).get("errors").size()).isEqualTo(3);
    }

    @Test
    void roles_are_enforced_and_another_tenants_template_does_not_exist() throws Exception {
        String id = JSON.readTree(send("POST", "/api/v1/templates", admin, "application/json", example())
                        .body())
                .get("id")
                .asString();
        String interviewer = Tokens.accessToken("interviewer@demo.test", "openid organization:demo");
        String expert = Tokens.accessToken("expert@demo.test", "openid organization:demo");
        assertThat(send("POST", "/api/v1/templates", interviewer, "application/json", example())
                        .statusCode())
                .isEqualTo(403);
        assertThat(send("POST", "/api/v1/templates/" + id + "/publish", interviewer, null, null)
                        .statusCode())
                .isEqualTo(403);
        assertThat(send("POST", "/api/v1/templates/" + id + "/preview", interviewer, "application/json", "{}")
                        .statusCode())
                .isEqualTo(200);
        assertThat(send("POST", "/api/v1/templates/" + id + "/preview", expert, "application/json", "{}")
                        .statusCode())
                .isEqualTo(403);
        assertThat(send("GET", "/api/v1/templates/" + id, expert, null, null).statusCode())
                .isEqualTo(200);

        String otherAdmin = Tokens.accessToken("admin@other.test", "openid organization:other");
        assertThat(send("GET", "/api/v1/templates/" + id, otherAdmin, null, null)
                        .statusCode())
                .isEqualTo(404);
        assertThat(send("POST", "/api/v1/templates/" + id + "/publish", otherAdmin, null, null)
                        .statusCode())
                .isEqualTo(404);
        assertThat(send("POST", "/api/v1/templates/" + id + "/preview", otherAdmin, "application/json", "{}")
                        .statusCode())
                .isEqualTo(404);
        assertThat(send("GET", "/api/v1/templates", otherAdmin, null, null).body())
                .doesNotContain(id);
        assertThat(send("GET", "/api/v1/templates/not-a-uuid", otherAdmin, null, null)
                        .statusCode())
                .isEqualTo(404);
    }

    private String example() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/templates/mini-io.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("\"key\": \"mini-io\"", "\"key\": \"" + key + "\"");
        }
    }

    static HttpResponse<String> send(String method, String path, String token, String contentType, String body)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(SharedStack.appUrl() + path))
                .header("Authorization", "Bearer " + token);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        request.method(
                method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
