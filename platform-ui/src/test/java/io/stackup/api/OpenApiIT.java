package io.stackup.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.stackup.core.tenancy.Tenant;
import io.stackup.core.tenancy.TenantDirectory;
import io.stackup.support.Browser;
import io.stackup.support.SharedStack;
import io.stackup.support.StackupIntegrationTest;
import io.stackup.support.Tokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's OpenAPI document and Swagger UI: open to anyone, OpenAPI 3.1, the same for everyone, and describing every
 * controller mapping of {@code /api/} and {@code /public/}, so an endpoint added without documentation fails here.
 */
@StackupIntegrationTest
class OpenApiIT {

    static final HttpClient HTTP =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String PROBLEM = "#/components/schemas/Problem";

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    RequestMappingHandlerAdapter adapter;

    @Autowired
    TenantDirectory tenants;

    @Autowired
    @Qualifier("stackupOpenApi")
    io.swagger.v3.oas.models.OpenAPI openApiBean;

    @Test
    void the_document_is_openapi_3_1_and_open_to_anyone() throws Exception {
        JsonNode document = document(null);
        assertThat(document.get("openapi").asString()).startsWith("3.1");
        assertThat(document.get("info").get("title").asString()).isEqualTo("Stackup API");
        assertThat(document.get("info").get("version").asString()).isEqualTo("1");
    }

    @Test
    void every_controller_mapping_of_the_api_is_in_the_document() throws Exception {
        JsonNode paths = document(null).get("paths");
        List<String> mapped = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (var entry : mappings.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = entry.getKey();
            HandlerMethod handler = entry.getValue();
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/api/") && !pattern.startsWith("/public/")) {
                    continue;
                }
                assertThat(methods).as("%s answers every method", handler).isNotEmpty();
                for (RequestMethod method : methods) {
                    String call = method + " " + pattern;
                    mapped.add(call);
                    JsonNode operation = paths.path(pattern).path(method.name().toLowerCase(Locale.ROOT));
                    if (!operation.isObject() || !operation.path("responses").isObject()) {
                        missing.add(call + " (" + handler + ")");
                    }
                }
            }
        }
        assertThat(mapped).hasSizeGreaterThan(20).contains("GET /api/v1/interviews/{id}");
        assertThat(missing).as("controller mappings missing from /v3/api-docs").isEmpty();
    }

    @Test
    void a_missing_interview_is_documented_as_a_problem() throws Exception {
        JsonNode document = document(null);
        JsonNode notFound = resolve(
                document,
                document.get("paths")
                        .get("/api/v1/interviews/{id}")
                        .get("get")
                        .get("responses")
                        .get("404"));
        assertThat(notFound.get("content")
                        .get("application/problem+json")
                        .get("schema")
                        .get("$ref")
                        .asString())
                .isEqualTo(PROBLEM);
        JsonNode errors = document.get("components")
                .get("schemas")
                .get("Problem")
                .get("properties")
                .get("errors");
        assertThat(resolve(document, errors.get("items")).get("properties").properties())
                .extracting(e -> e.getKey())
                .containsExactly("path", "message");
    }

    /**
     * springdoc copies the OpenAPI bean through a plain Jackson mapper before each build; a schema in it whose
     * {@code additionalProperties} is a schema made that copy fail (logged as "additionalProperties must be either a
     * Boolean or a Schema instance") and the documents were then built into the bean itself. The hand-written maps are
     * now added to each built document, so the bean stays as declared.
     */
    @Test
    void maps_keep_their_value_schemas_and_the_documents_are_built_on_a_copy_of_the_bean() throws Exception {
        JsonNode document = document(null);
        JsonNode schemas = document.get("components").get("schemas");
        assertThat(schemas.get("Answers")
                        .get("additionalProperties")
                        .get("$ref")
                        .asString())
                .isEqualTo("#/components/schemas/Answer");
        assertThat(schemas.get("TargetChanges").get("additionalProperties").toString())
                .contains("string", "null");
        JsonNode testAnswer = resolve(
                document,
                document.get("paths")
                        .get("/api/v1/webhooks/{id}/test")
                        .get("post")
                        .get("responses")
                        .get("202")
                        .get("content")
                        .get("application/json")
                        .get("schema"));
        assertThat(testAnswer.get("properties").get("eventId").get("type").toString())
                .contains("string");
        assertThat(document.get("components").get("securitySchemes").has("bearer"))
                .isTrue();

        io.swagger.v3.oas.models.OpenAPI bean = openApiBean;
        assertThat(bean.getPaths()).as("no document was built into the bean").isNullOrEmpty();
        assertThat(bean.getComponents() == null ? null : bean.getComponents().getSchemas())
                .isNullOrEmpty();
    }

    /** A typed id in a path (read through {@code ApiIds}) is documented as the text it is, not as an object. */
    @Test
    void webhook_ids_in_paths_are_documented_as_strings() throws Exception {
        JsonNode paths = document(null).get("paths");
        List<String> checked = new ArrayList<>();
        for (var path : paths.properties()) {
            if (!path.getKey().startsWith("/api/v1/webhooks/{id}")) {
                continue;
            }
            for (var operation : path.getValue().properties()) {
                for (JsonNode parameter : operation.getValue().path("parameters")) {
                    if ("id".equals(parameter.path("name").asString())) {
                        checked.add(operation.getKey() + " " + path.getKey());
                        assertThat(parameter.get("schema").get("type").toString())
                                .as(operation.getKey() + " " + path.getKey())
                                .contains("string");
                    }
                }
            }
        }
        assertThat(checked).hasSize(5);
    }

    @Test
    void bodies_read_and_written_as_json_trees_have_their_own_schemas() throws Exception {
        JsonNode document = document(null);
        assertThat(document.get("components").get("schemas").properties())
                .extracting(e -> e.getKey())
                .contains("Result", "Answer", "TemplateDocument")
                .doesNotContain("JsonNode", "ObjectNode");
        JsonNode answer = document.get("paths")
                .get("/api/v1/interviews/{id}/answers/{questionKey}")
                .get("put");
        assertThat(answer.get("requestBody").toString()).contains("#/components/schemas/Answer");
        assertThat(answer.get("responses").properties())
                .extracting(e -> e.getKey())
                .contains("200", "400", "401", "403", "404", "409", "422", "503");
        JsonNode targets =
                document.get("paths").get("/api/v1/interviews/{id}/targets").get("put");
        assertThat(targets.get("requestBody").toString()).contains("#/components/schemas/TargetChanges");
        JsonNode template = document.get("paths").get("/api/v1/templates").get("post");
        assertThat(template.get("requestBody").get("content").properties())
                .extracting(e -> e.getKey())
                .contains("application/json", "application/yaml");
        assertThat(template.get("requestBody").toString()).contains("#/components/schemas/TemplateDocument");
    }

    @Test
    void api_calls_need_a_bearer_token_and_public_ones_do_not() throws Exception {
        JsonNode document = document(null);
        JsonNode scheme = document.get("components").get("securitySchemes").get("bearer");
        assertThat(scheme.get("type").asString()).isEqualTo("http");
        assertThat(scheme.get("scheme").asString()).isEqualTo("bearer");
        JsonNode me = document.get("paths").get("/api/v1/me").get("get");
        assertThat(me.get("security").toString()).contains("bearer");
        assertThat(me.get("responses").has("401")).isTrue();
        JsonNode questionnaire =
                document.get("paths").get("/public/v1/assessments/{token}").get("get");
        assertThat(questionnaire.path("security").isMissingNode()
                        || questionnaire.get("security").isEmpty())
                .isTrue();
        assertThat(questionnaire.get("responses").has("401")).isFalse();
    }

    @Test
    void the_document_is_the_same_for_everyone_and_names_no_tenant() throws Exception {
        String anonymous = fetch("/v3/api-docs", null).body();
        String admin = Tokens.accessToken("admin@demo.test", "openid organization:demo");
        assertThat(fetch("/v3/api-docs", admin).body()).isEqualTo(anonymous);
        for (String slug : List.of("demo", "other")) {
            Tenant tenant = tenants.findBySlug(slug).orElseThrow();
            assertThat(anonymous)
                    .doesNotContain(tenant.id().toString())
                    .doesNotContain(tenant.name())
                    .doesNotContain(tenant.keycloakOrganizationId())
                    .doesNotContain("@" + slug + ".test");
        }
    }

    @Test
    void swagger_ui_opens_without_signing_in_and_only_reading_is_open() throws Exception {
        HttpResponse<String> ui = fetch("/swagger-ui.html", null);
        assertThat(ui.statusCode()).isEqualTo(200);
        assertThat(ui.uri().getPath()).startsWith("/swagger-ui/");
        assertThat(ui.body()).containsIgnoringCase("swagger");
        HttpResponse<String> config = fetch("/v3/api-docs/swagger-config", null);
        assertThat(config.statusCode()).isEqualTo(200);
        assertThat(config.body()).contains("/v3/api-docs");

        HttpResponse<String> post = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(SharedStack.appUrl() + "/v3/api-docs"))
                                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).as(post.body()).isEqualTo(405);
        assertThat(post.headers().firstValue("Allow")).hasValue("GET");
    }

    @Test
    void swagger_ui_shows_the_operations_in_a_browser_without_signing_in() {
        try (Browser browser = new Browser()) {
            browser.open("/swagger-ui.html");
            browser.waitForText(By.cssSelector(".info .title"), "Stackup API");
            browser.present(By.id("operations-Templates-getTemplate"));
            assertThat(browser.driver().findElements(By.cssSelector(".opblock-summary-path")))
                    .extracting(path -> path.getText().replace("\u200B", ""))
                    .contains("/api/v1/templates/{id}", "/public/v1/assessments/{token}");
            browser.screenshot("swagger-ui");
        }
    }

    @Test
    void the_api_converts_with_jackson_3_only_beside_the_document_library() {
        Set<String> converters = new TreeSet<>();
        adapter.getMessageConverters().forEach(c -> converters.add(c.getClass().getName()));
        assertThat(converters)
                .anyMatch(name -> name.endsWith(".JacksonJsonHttpMessageConverter"))
                .noneMatch(name -> name.contains("Jackson2"));
    }

    /** A response or schema, following its {@code $ref} within the document. */
    static JsonNode resolve(JsonNode document, JsonNode node) {
        if (!node.has("$ref")) {
            return node;
        }
        JsonNode target = document;
        for (String part : node.get("$ref").asString().substring(2).split("/")) {
            target = target.get(part);
        }
        return target;
    }

    static JsonNode document(String token) throws Exception {
        HttpResponse<String> response = fetch("/v3/api-docs", token);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    static HttpResponse<String> fetch(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(SharedStack.appUrl() + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
