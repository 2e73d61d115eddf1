package io.stackup.ui;

import io.stackup.support.Api;
import io.stackup.support.SharedStack;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Objects of tenant "other", one of each kind a route parameter names, made through the HTTP API by its own admin
 * (admin@other.test) and interviewer: the ids a user of tenant "demo" must not be able to tell from made-up ones.
 */
final class ForeignObjects {

    /** A route parameter's kind: which foreign object its value is taken from. */
    enum Kind {
        /** a published template (a version) */
        TEMPLATE,
        /** a template draft, as the editor opens */
        DRAFT_TEMPLATE,
        PROSPECT,
        /** a completed interview */
        INTERVIEW,
        LEAD,
        /** the token of a public link that is switched off */
        DISABLED_LINK_TOKEN,
        /** the token of an active public link */
        LINK_TOKEN,
        /** a receipt of another link than {@link #LINK_TOKEN}'s */
        OTHER_LINKS_RECEIPT
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private ForeignObjects() {}

    /** One object of each kind, made anew in tenant "other". */
    static Map<Kind, String> make() throws Exception {
        Api admin = Api.in("other", "admin@other.test");
        Api interviewer = Api.in("other", "interviewer@other.test");
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String template = admin.json("POST", "/api/v1/templates?publish=true", template("route-" + unique), 201)
                .get("id")
                .asString();
        String draft = admin.json("POST", "/api/v1/templates", template("route-draft-" + unique), 201)
                .get("id")
                .asString();
        String prospect = admin.json("POST", "/api/v1/prospects", "{\"name\": \"Other route " + unique + "\"}", 201)
                .get("id")
                .asString();
        String interview = admin.json(
                        "POST",
                        "/api/v1/interviews",
                        "{\"templateId\": \"" + template + "\", \"prospectId\": \"" + prospect
                                + "\", \"interviewer\": \"interviewer@other.test\"}",
                        201)
                .get("id")
                .asString();
        for (Map.Entry<String, String> answer : Map.of(
                        "has-dir", "no", "has-mfa", "no", "restores", "no", "budget", "yes")
                .entrySet()) {
            interviewer.json(
                    "PUT",
                    "/api/v1/interviews/" + interview + "/answers/" + answer.getKey(),
                    "{\"option\": \"" + answer.getValue() + "\"}",
                    200);
        }
        interviewer.json("POST", "/api/v1/interviews/" + interview + "/complete", null, 200);
        String lead = admin.json("GET", "/api/v1/leads?search=" + unique, null, 200)
                .get("items")
                .get(0)
                .get("id")
                .asString();

        JsonNode answered = admin.json("POST", "/api/v1/public-links", "{\"templateId\": \"" + template + "\"}", 201);
        JsonNode active = admin.json("POST", "/api/v1/public-links", "{\"templateId\": \"" + template + "\"}", 201);
        JsonNode disabled = admin.json("POST", "/api/v1/public-links", "{\"templateId\": \"" + template + "\"}", 201);
        admin.json("PUT", "/api/v1/public-links/" + disabled.get("id").asString(), "{\"enabled\": false}", 200);
        String receipt = submit(answered.get("token").asString());

        return Map.of(
                Kind.TEMPLATE, template,
                Kind.DRAFT_TEMPLATE, draft,
                Kind.PROSPECT, prospect,
                Kind.INTERVIEW, interview,
                Kind.LEAD, lead,
                Kind.DISABLED_LINK_TOKEN, disabled.get("token").asString(),
                Kind.LINK_TOKEN, active.get("token").asString(),
                Kind.OTHER_LINKS_RECEIPT, receipt);
    }

    /** A respondent's submission through the public API; its receipt. */
    private static String submit(String token) throws Exception {
        String body = """
                {"respondent": {"name": "Rita", "company": "Acme", "email": "rita@acme.test", "consent": true},
                 "answers": {"has-dir": {"option": "no"}, "has-mfa": {"option": "no"},
                             "restores": {"option": "no"}, "budget": {"option": "yes"}}}
                """;
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create(SharedStack.appUrl() + "/public/v1/assessments/" + token))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException("submission: " + response.statusCode() + " " + response.body());
        }
        return JSON.readTree(response.body()).get("receipt").asString();
    }

    private static String template(String key) throws IOException {
        try (InputStream in = ForeignObjects.class.getResourceAsStream("/templates/lead-io.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("\"key\": \"lead-io\"", "\"key\": \"" + key + "\"");
        }
    }
}
