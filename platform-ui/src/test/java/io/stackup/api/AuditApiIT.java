package io.stackup.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.stackup.support.SharedStack;
import io.stackup.support.StackupIntegrationTest;
import io.stackup.support.Tokens;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
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

/**
 * The audit log through the API (docs/spec/api.md, "Audit log"): a template published and a webhook added by the
 * demo tenant's admin appear in its log, filtered and paged, and in the CSV export; interviewers and experts are
 * refused; the other tenant's admin sees none of demo's records; a filter that does not fit is a problem naming it.
 */
@StackupIntegrationTest
class AuditApiIT {

    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final JsonMapper JSON = JsonMapper.builder().build();

    final String unique = UUID.randomUUID().toString().substring(0, 8);
    String admin;
    String otherAdmin;

    @BeforeEach
    void tokens() {
        admin = Tokens.accessToken("admin@demo.test", "openid organization:demo");
        otherAdmin = Tokens.accessToken("admin@other.test", "openid organization:other");
    }

    @Test
    void an_admins_changes_are_in_the_log_filtered_paged_and_exported_as_csv() throws Exception {
        HttpResponse<String> imported =
                send("/api/v1/templates?publish=true", admin, "POST", "application/json", template("audit-" + unique));
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
        String templateId = JSON.readTree(imported.body()).get("id").asString();
        String url = "http://127.0.0.1:9/audit-" + unique;
        HttpResponse<String> hook = send(
                "/api/v1/webhooks",
                admin,
                "POST",
                "application/json",
                "{\"url\": \"" + url + "\", \"events\": [\"lead.qualified\"]}");
        assertThat(hook.statusCode()).as(hook.body()).isEqualTo(201);

        JsonNode published =
                ok(get("/api/v1/audit?action=template.published&subjectType=template&subjectId=" + templateId, admin));
        assertThat(published.get("total").asInt()).isEqualTo(1);
        JsonNode record = published.get("items").get(0);
        assertThat(record.get("action").asString()).isEqualTo("template.published");
        assertThat(record.get("actor").asString()).contains("admin@demo.test");
        assertThat(record.get("summary").asString()).contains("audit-" + unique);
        assertThat(record.get("details").get("version").asString()).isEqualTo("1.0.0");
        assertThat(record.get("at").asString()).isNotBlank();

        JsonNode mine = ok(get("/api/v1/audit?search=" + unique + "&actor=admin%40demo.test&size=1", admin));
        assertThat(mine.get("total").asInt()).isEqualTo(2);
        assertThat(mine.get("items")).hasSize(1);
        assertThat(mine.get("items").get(0).get("action").asString())
                .as("newest first")
                .isEqualTo("webhook.created");
        assertThat(ok(get("/api/v1/audit?search=" + unique + "&action=webhook&page=1&size=1", admin))
                        .get("items"))
                .isEmpty();

        HttpResponse<String> csv = get("/api/v1/audit.csv?search=" + unique, admin);
        assertThat(csv.statusCode()).as(csv.body()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        assertThat(csv.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(d -> assertThat(d).startsWith("attachment").contains("audit-"));
        String[] lines = csv.body().split("\r\n");
        assertThat(lines[0]).isEqualTo("at,actor,actor id,action,subject type,subject id,summary,details");
        assertThat(lines).hasSize(3);
        assertThat(lines[1]).contains(",webhook.created,webhook,").contains(url);
        assertThat(lines[2]).contains(",template.published,template," + templateId + ",");
    }

    @Test
    void interviewers_and_experts_are_refused_and_the_other_tenant_sees_none_of_demos_records() throws Exception {
        HttpResponse<String> hook = send(
                "/api/v1/webhooks",
                admin,
                "POST",
                "application/json",
                "{\"url\": \"http://127.0.0.1:9/other-" + unique + "\", \"events\": [\"lead.qualified\"]}");
        String hookId = JSON.readTree(hook.body()).get("id").asString();
        assertThat(ok(get("/api/v1/audit?subjectType=webhook&subjectId=" + hookId, admin))
                        .get("total")
                        .asInt())
                .isEqualTo(1);

        for (String user : List.of("interviewer@demo.test", "expert@demo.test")) {
            String token = Tokens.accessToken(user, "openid organization:demo");
            assertThat(get("/api/v1/audit", token).statusCode()).as(user).isEqualTo(403);
            assertThat(get("/api/v1/audit.csv", token).statusCode()).as(user).isEqualTo(403);
        }

        assertThat(ok(get("/api/v1/audit?subjectType=webhook&subjectId=" + hookId, otherAdmin))
                        .get("total")
                        .asInt())
                .isZero();
        assertThat(ok(get("/api/v1/audit?size=500", otherAdmin)).toString())
                .doesNotContain(hookId)
                .doesNotContain("admin@demo.test");
        assertThat(get("/api/v1/audit.csv?search=" + unique, otherAdmin).body())
                .doesNotContain(hookId)
                .doesNotContain(unique);
    }

    @Test
    void a_filter_that_does_not_fit_is_a_problem_naming_its_parameter() throws Exception {
        assertThat(problemPaths(get("/api/v1/audit?from=yesterday&action=Lead!", admin)))
                .containsExactly("from", "action");
        assertThat(problemPaths(get("/api/v1/audit?from=2026-11-30&to=2026-11-01", admin)))
                .containsExactly("to");
        assertThat(problemPaths(get("/api/v1/audit?subjectId=abc", admin))).containsExactly("subjectType");
        assertThat(problemPaths(get("/api/v1/audit?search=" + "x".repeat(201), admin)))
                .containsExactly("search");
        assertThat(problemPaths(get("/api/v1/audit?size=0", admin))).containsExactly("size");
        assertThat(problemPaths(get("/api/v1/audit.csv?to=" + enc("30.11.2026"), admin)))
                .containsExactly("to");
        HttpResponse<String> hook = send(
                "/api/v1/webhooks",
                admin,
                "POST",
                "application/json",
                "{\"url\": \"http://127.0.0.1:9/period-" + unique + "\", \"events\": [\"lead.qualified\"]}");
        assertThat(hook.statusCode()).as(hook.body()).isEqualTo(201);
        String period = "&search=period-" + unique;
        assertThat(ok(get("/api/v1/audit?from=2026-01-01&to=" + enc("2099-01-01T00:00:00+01:00") + period, admin))
                        .get("total")
                        .asInt())
                .isEqualTo(1);
        assertThat(ok(get("/api/v1/audit?to=2026-01-01" + period, admin))
                        .get("total")
                        .asInt())
                .isZero();
    }

    private List<String> problemPaths(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        return JSON.readTree(response.body()).get("errors").findValuesAsString("path");
    }

    private static JsonNode ok(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private String template(String key) throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/templates/mini-io.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("\"key\": \"mini-io\"", "\"key\": \"" + key + "\"");
        }
    }

    static HttpResponse<String> get(String path, String token) throws Exception {
        return send(path, token, "GET", null, null);
    }

    static HttpResponse<String> send(String path, String token, String method, String contentType, String body)
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
