package io.stackup.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.stackup.support.SharedStack;
import io.stackup.support.StackupIntegrationTest;
import io.stackup.support.Superuser;
import io.stackup.support.Tokens;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A public link through the API: an admin of one tenant creates it, anyone answers it without a token under that
 * tenant's name, another tenant's admin never sees it, and a link switched off answers like an unknown one.
 */
@StackupIntegrationTest
class PublicAssessmentApiIT {

    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void a_link_is_answered_without_a_token_and_shows_only_the_respondents_own_result() throws Exception {
        String other = Tokens.accessToken("admin@other.test", "openid organization:other");
        String demo = Tokens.accessToken("admin@demo.test", "openid organization:demo");
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String document;
        try (InputStream in = getClass().getResourceAsStream("/templates/mini-io.json")) {
            document = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("\"key\": \"mini-io\"", "\"key\": \"pub-" + unique + "\"")
                    .replace(
                            "\"type\": \"yes_no\", \"requires\"",
                            "\"type\": \"yes_no\", \"help\": \"Ask about the forest\", \"requires\"");
        }
        HttpResponse<String> template = InterviewApiIT.send("POST", "/api/v1/templates?publish=true", other, document);
        assertThat(template.statusCode()).as(template.body()).isEqualTo(201);
        String templateId = json(template).get("id").asString();

        HttpResponse<String> created = InterviewApiIT.send(
                "POST",
                "/api/v1/public-links",
                other,
                "{\"templateId\": \"" + templateId + "\", \"welcome\": \"Hello from Other\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode link = json(created);
        String token = link.get("token").asString();
        assertThat(token).matches("[A-Za-z0-9_-]{43}");
        assertThat(link.get("active").asBoolean()).isTrue();
        assertThat(InterviewApiIT.send("GET", "/api/v1/public-links?size=500", demo, null)
                        .body())
                .doesNotContain(token);
        assertThat(InterviewApiIT.send(
                                "GET", "/api/v1/public-links/" + link.get("id").asString(), demo, null)
                        .statusCode())
                .isEqualTo(404);

        HttpResponse<String> questionnaire = anonymous("GET", "/public/v1/assessments/" + token, null);
        assertThat(questionnaire.statusCode()).as(questionnaire.body()).isEqualTo(200);
        JsonNode page = json(questionnaire);
        assertThat(page.get("organization").asString()).isEqualTo("Other Consulting");
        assertThat(page.get("welcome").asString()).isEqualTo("Hello from Other");
        assertThat(page.get("template").has("questionnaire")).isTrue();
        assertThat(page.get("template").has("qualification")).isFalse();
        String questions = page.get("template").get("questionnaire").toString();
        assertThat(questions)
                .as("what to ask and how to answer, nothing of how answers are scored")
                .contains("\"has-dir\"", "\"By hand, per system\"")
                .doesNotContain(
                        "Ask about the forest",
                        "\"help\"",
                        "\"level\"",
                        "\"points\"",
                        "\"requires\"",
                        "\"capability\"",
                        "\"bands\"");

        HttpResponse<String> invalid = anonymous(
                "POST",
                "/public/v1/assessments/" + token,
                "{\"respondent\": {\"name\": \"\", \"company\": \"Co\", \"email\": \"nope\", \"consent\": false},"
                        + " \"answers\": {\"has-dir\": {\"option\": \"maybe\"}}}");
        assertThat(invalid.statusCode()).as(invalid.body()).isEqualTo(422);
        assertThat(invalid.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(invalid.body())
                .contains("$.respondent.name", "$.respondent.email", "$.respondent.consent", "$.answers['has-dir']");

        String company = "Api Respondent " + unique;
        HttpResponse<String> submitted = anonymous(
                "POST",
                "/public/v1/assessments/" + token,
                "{\"respondent\": {\"name\": \"Ann\", \"company\": \"" + company
                        + "\", \"email\": \"ann@example.test\", \"consent\": true},"
                        + " \"answers\": {\"has-dir\": {\"option\": \"no\"}, \"budget\": {\"option\": \"yes\"}}}");
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
        JsonNode receipt = json(submitted);
        assertThat(receipt.get("result").get("overall").get("level").asString()).isEqualTo("basic");
        assertThat(receipt.get("result").has("qualification")).isFalse();
        assertThat(receipt.get("result").has("interview")).isFalse();

        HttpResponse<String> again = anonymous(
                "GET",
                "/public/v1/assessments/" + token + "/results/"
                        + receipt.get("receipt").asString(),
                null);
        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        assertThat(json(again).get("result")).isEqualTo(receipt.get("result"));
        assertThat(anonymous("GET", "/public/v1/assessments/" + token + "/results/" + token, null)
                        .statusCode())
                .isEqualTo(404);
        assertThat(InterviewApiIT.send("GET", "/api/v1/interviews?status=completed&size=500", other, null)
                        .body())
                .contains(company);

        String linkPath = "/api/v1/public-links/" + link.get("id").asString();
        HttpResponse<String> wrongTypes = InterviewApiIT.send(
                "PUT",
                linkPath,
                other,
                "{\"enabled\": \"no\", \"expiresAt\": \"tomorrow\", \"welcome\": 7, \"lockVersion\": \"x\"}");
        assertThat(wrongTypes.statusCode()).as(wrongTypes.body()).isEqualTo(400);
        assertThat(json(wrongTypes).get("errors").findValuesAsString("path"))
                .containsExactlyInAnyOrder("$.enabled", "$.expiresAt", "$.welcome", "$.lockVersion");
        assertThat(json(InterviewApiIT.send("GET", linkPath, other, null))
                        .get("enabled")
                        .asBoolean())
                .as("a refused change changes nothing")
                .isTrue();
        HttpResponse<String> off = InterviewApiIT.send(
                "PUT", "/api/v1/public-links/" + link.get("id").asString(), other, "{\"enabled\": false}");
        assertThat(off.statusCode()).as(off.body()).isEqualTo(200);
        HttpResponse<String> inactive = anonymous("GET", "/public/v1/assessments/" + token, null);
        HttpResponse<String> unknown = anonymous("GET", "/public/v1/assessments/" + "A".repeat(43), null);
        assertThat(inactive.statusCode()).isEqualTo(404);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(json(inactive).get("type")).isEqualTo(json(unknown).get("type"));
        assertThat(json(inactive).get("detail")).isEqualTo(json(unknown).get("detail"));
    }

    /**
     * The per-address budget is the database's count, not the instance's memory: once the counter row of this
     * address's current hour stands at the limit (as another instance's calls would leave it), the next call is refused
     * with 429, a {@code rate-limited} problem and a {@code Retry-After} within the hour.
     */
    @Test
    void past_the_address_budget_counted_in_the_database_a_call_is_429_with_a_problem_and_retry_after()
            throws Exception {
        String path = "/public/v1/assessments/" + "B".repeat(43);
        try {
            assertThat(anonymous("GET", path, null).statusCode()).isEqualTo(404);
            assertThat(Superuser.update("UPDATE rate_limit SET hits = 600 WHERE purpose = 'self-assessment-request'"
                            + " AND window_end > now()"))
                    .as("this address's counter row of the current hour")
                    .isPositive();

            HttpResponse<String> refused = anonymous("GET", path, null);

            assertThat(refused.statusCode()).isEqualTo(429);
            assertThat(refused.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(json(refused).get("type").asString()).endsWith("rate-limited");
            assertThat(json(refused).get("detail").asString())
                    .startsWith("Too many requests from your address; try again in ");
            assertThat(refused.headers().firstValue("Retry-After").map(Long::parseLong))
                    .hasValueSatisfying(seconds -> assertThat(seconds).isBetween(1L, 3600L));
        } finally {
            Superuser.update("DELETE FROM rate_limit WHERE purpose LIKE 'self-assessment-%'");
        }
    }

    private static HttpResponse<String> anonymous(String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(SharedStack.appUrl() + path));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(
                method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }
}
