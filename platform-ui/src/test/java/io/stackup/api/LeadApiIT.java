package io.stackup.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.stackup.support.SharedStack;
import io.stackup.support.StackupIntegrationTest;
import io.stackup.support.Tokens;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Leads through the API, as docs/spec/api.md's "Leads" describes them: a completed interview's lead in the queue, a
 * claim and a second claim told who holds it, the status flow to won, lost only with a reason, notes, reassignment, an
 * expert's covered areas, the CSV export, interviewers refused and another tenant finding nothing.
 */
@StackupIntegrationTest
class LeadApiIT {

    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final JsonMapper JSON = JsonMapper.builder().build();

    String admin;
    String interviewer;
    String expert;
    String expert2;
    String unique;
    String template;

    @BeforeEach
    void tokens_and_the_lead_template() throws Exception {
        admin = Tokens.accessToken("admin@demo.test", "openid organization:demo");
        interviewer = Tokens.accessToken("interviewer@demo.test", "openid organization:demo");
        expert = Tokens.accessToken("expert@demo.test", "openid organization:demo");
        expert2 = Tokens.accessToken("expert2@demo.test", "openid organization:demo");
        unique = UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = send("POST", "/api/v1/templates?publish=true", admin, template());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        template = json(created).get("id").asString();
    }

    @Test
    void an_expert_claims_a_queued_lead_a_second_claim_is_told_who_holds_it_and_the_holder_takes_it_to_won()
            throws Exception {
        String interview = completed("Acme " + unique, "no", "no", "no", "yes");

        JsonNode queue = ok(send("GET", "/api/v1/leads?status=qualified&search=" + unique, expert, null));
        assertThat(queue.get("total").asInt()).isEqualTo(1);
        JsonNode lead = queue.get("items").get(0);
        String id = lead.get("id").asString();
        assertThat(lead.get("interview").asString()).isEqualTo(interview);
        assertThat(lead.get("prospect").get("name").asString()).isEqualTo("Acme " + unique);
        assertThat(lead.get("status").asString()).isEqualTo("qualified");
        assertThat(lead.get("score").asDouble()).isEqualTo(6.0);
        assertThat(lead.get("qualified").asBoolean()).isTrue();
        assertThat(lead.has("holder")).isFalse();
        assertThat(lead.get("source").asString()).isEqualTo("interview");
        assertThat(lead.get("rules").toString()).isEqualTo("[\"budget\",1,\"backup gap\"]");
        assertThat(lead.get("areaGaps").toString())
                .isEqualTo("[{\"area\":\"iam\",\"gap\":4},{\"area\":\"backup\",\"gap\":2}]");
        assertThat(lead.get("offerings").toString())
                .isEqualTo("[\"Directory Rollout\",\"Backup as a Service\",\"Identity Automation\"]");
        assertThat(lead.get("interviewer").asString()).isEqualTo("interviewer@demo.test");
        assertThat(lead.get("createdAt").asString()).isNotBlank();

        JsonNode claimed = ok(send("POST", "/api/v1/leads/" + id + "/claim", expert, null));
        assertThat(claimed.get("status").asString()).isEqualTo("claimed");
        assertThat(claimed.get("holder").asString()).isEqualTo("expert@demo.test");

        HttpResponse<String> second = send("POST", "/api/v1/leads/" + id + "/claim", expert2, null);
        assertThat(second.statusCode()).isEqualTo(409);
        assertThat(json(second).get("holder").asString()).isEqualTo("expert@demo.test");
        assertThat(json(second).get("detail").asString())
                .startsWith("Already claimed by")
                .contains("expert@demo.test");
        HttpResponse<String> notTheirs = status(expert2, id, "contacted", null);
        assertThat(notTheirs.statusCode()).isEqualTo(409);
        assertThat(json(notTheirs).get("holder").asString()).isEqualTo("expert@demo.test");

        assertThat(ok(status(expert, id, "contacted", "called")).get("status").asString())
                .isEqualTo("contacted");
        HttpResponse<String> skipped = status(expert, id, "won", null);
        assertThat(skipped.statusCode()).as("won only from a proposal").isEqualTo(409);
        assertThat(json(skipped).get("detail").asString()).contains("cannot become won");
        assertThat(ok(status(expert, id, "proposal", null)).get("status").asString())
                .isEqualTo("proposal");
        JsonNode won = ok(status(expert, id, "won", "signed"));
        assertThat(won.get("status").asString()).isEqualTo("won");
        assertThat(won.get("holder").asString()).isEqualTo("expert@demo.test");
        assertThat(status(expert, id, "contacted", null).statusCode())
                .as("closed")
                .isEqualTo(409);

        JsonNode detail = ok(send("GET", "/api/v1/leads/" + id, admin, null));
        assertThat(detail.get("history").findValuesAsString("kind"))
                .containsExactly("created", "claimed", "status_changed", "status_changed", "status_changed");
        assertThat(detail.get("history").get(1).get("by").asString()).contains("expert@demo.test");
        assertThat(detail.get("history").get(2).get("note").asString()).isEqualTo("called");
    }

    @Test
    void lost_needs_a_reason_release_returns_the_lead_and_illegal_or_unknown_statuses_are_refused() throws Exception {
        String id = leadOf(completed("Lost " + unique, "no", "yes", "yes", "yes"));
        ok(send("POST", "/api/v1/leads/" + id + "/claim", expert, null));

        HttpResponse<String> noReason = status(expert, id, "lost", null);
        assertThat(noReason.statusCode()).isEqualTo(422);
        assertThat(json(noReason).get("errors").get(0).get("path").asString()).isEqualTo("$.note");
        HttpResponse<String> unknown = status(expert, id, "gone", null);
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(json(unknown).get("errors").get(0).get("path").asString()).isEqualTo("$.status");
        assertThat(send("POST", "/api/v1/leads/" + id + "/status", expert, "{}").statusCode())
                .isEqualTo(400);
        assertThat(status(expert, id, "claimed", null).statusCode()).isEqualTo(409);

        JsonNode released = ok(status(expert, id, "qualified", "not my field"));
        assertThat(released.get("status").asString()).isEqualTo("qualified");
        assertThat(released.has("holder")).isFalse();
        ok(send("POST", "/api/v1/leads/" + id + "/claim", expert2, null));
        int version = ok(send("GET", "/api/v1/leads/" + id, expert2, null))
                .get("version")
                .asInt();
        assertThat(send(
                                "POST",
                                "/api/v1/leads/" + id + "/status",
                                expert2,
                                "{\"status\": \"contacted\", \"version\": " + (version - 1) + "}")
                        .statusCode())
                .as("a stale version")
                .isEqualTo(409);
        JsonNode lost = ok(status(expert2, id, "lost", "no budget after all"));
        assertThat(lost.get("status").asString()).isEqualTo("lost");
        assertThat(lost.get("lostReason").asString()).isEqualTo("no budget after all");
    }

    @Test
    void notes_reassignment_and_an_override_of_a_disqualification() throws Exception {
        String id = leadOf(completed("Notes " + unique, "no", "no", "no", "yes"));
        ok(send("POST", "/api/v1/leads/" + id + "/claim", expert, null));

        JsonNode noted = ok(send("POST", "/api/v1/leads/" + id + "/notes", expert2, "{\"text\": \"I know them\"}"));
        assertThat(noted.get("history").get(2).get("kind").asString()).isEqualTo("note");
        assertThat(noted.get("history").get(2).get("note").asString()).isEqualTo("I know them");
        assertThat(send("POST", "/api/v1/leads/" + id + "/notes", expert2, "{\"text\": \" \"}")
                        .statusCode())
                .isEqualTo(422);

        HttpResponse<String> byExpert = send(
                "POST",
                "/api/v1/leads/" + id + "/reassign",
                expert,
                "{\"expert\": \"expert2@demo.test\", \"reason\": \"x\"}");
        assertThat(byExpert.statusCode()).isEqualTo(403);
        HttpResponse<String> toInterviewer = send(
                "POST",
                "/api/v1/leads/" + id + "/reassign",
                admin,
                "{\"expert\": \"interviewer@demo.test\", \"reason\": \"x\"}");
        assertThat(toInterviewer.statusCode()).isEqualTo(422);
        assertThat(json(toInterviewer).get("errors").get(0).get("path").asString())
                .isEqualTo("$.expert");
        JsonNode reassigned = ok(send(
                "POST",
                "/api/v1/leads/" + id + "/reassign",
                admin,
                "{\"expert\": \"expert2@demo.test\", \"reason\": \"her area\"}"));
        assertThat(reassigned.get("holder").asString()).isEqualTo("expert2@demo.test");

        String disqualified = leadOf(completed("Dq " + unique, "no", "no", "no", "no"));
        assertThat(status(expert, disqualified, "qualified", "please").statusCode())
                .isEqualTo(403);
        assertThat(status(admin, disqualified, "qualified", null).statusCode()).isEqualTo(422);
        JsonNode overridden = ok(status(admin, disqualified, "qualified", "budget approved"));
        assertThat(overridden.get("status").asString()).isEqualTo("qualified");
        assertThat(overridden.get("qualified").asBoolean()).isFalse();
        assertThat(overridden.get("overrideReason").asString()).isEqualTo("budget approved");
    }

    @Test
    void interviewers_have_no_leads_and_another_tenant_finds_none_of_them() throws Exception {
        String id = leadOf(completed("Private " + unique, "no", "no", "no", "yes"));
        String otherAdmin = Tokens.accessToken("admin@other.test", "openid organization:other");
        String otherExpert = Tokens.accessToken("expert@other.test", "openid organization:other");

        assertThat(send("GET", "/api/v1/leads", interviewer, null).statusCode()).isEqualTo(403);
        assertThat(send("GET", "/api/v1/leads/" + id, interviewer, null).statusCode())
                .isEqualTo(403);
        assertThat(send("GET", "/api/v1/leads.csv", interviewer, null).statusCode())
                .isEqualTo(403);
        assertThat(send("POST", "/api/v1/leads/" + id + "/claim", interviewer, null)
                        .statusCode())
                .isEqualTo(403);
        assertThat(send("GET", "/api/v1/me/lead-areas", interviewer, null).statusCode())
                .isEqualTo(403);

        Map<String, HttpResponse<String>> other = Map.of(
                "get",
                send("GET", "/api/v1/leads/" + id, otherAdmin, null),
                "claim",
                send("POST", "/api/v1/leads/" + id + "/claim", otherExpert, null),
                "status",
                status(otherAdmin, id, "claimed", null),
                "notes",
                send("POST", "/api/v1/leads/" + id + "/notes", otherAdmin, "{\"text\": \"mine\"}"),
                "reassign",
                send(
                        "POST",
                        "/api/v1/leads/" + id + "/reassign",
                        otherAdmin,
                        "{\"expert\": \"expert@other.test\", \"reason\": \"mine\"}"),
                "not an id",
                send("GET", "/api/v1/leads/nope", otherAdmin, null));
        other.forEach((call, response) -> {
            assertThat(response.statusCode()).as(call + ": " + response.body()).isEqualTo(404);
            assertThat(response.body()).as(call).doesNotContain(unique);
        });
        assertThat(send("GET", "/api/v1/leads?size=500&search=" + unique, otherAdmin, null)
                        .body())
                .doesNotContain(id);
        assertThat(send("GET", "/api/v1/leads.csv?search=" + unique, otherExpert, null)
                        .body())
                .doesNotContain(id)
                .doesNotContain(unique);
        assertThat(ok(send("GET", "/api/v1/leads/" + id, admin, null))
                        .get("status")
                        .asString())
                .isEqualTo("qualified");
    }

    @Test
    void the_csv_export_streams_the_filtered_queue_escaped_and_safe_for_spreadsheets() throws Exception {
        String risky = "=SUM(1,2) \"Acme\" " + unique;
        String backup = leadOf(completed(risky, "yes", "yes", "no", "yes"));
        String iam = leadOf(completed("Iam " + unique, "no", "yes", "yes", "yes"));

        HttpResponse<String> csv =
                send("GET", "/api/v1/leads.csv?status=qualified&area=backup&search=" + encode(unique), expert, null);

        assertThat(csv.statusCode()).as(csv.body()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        assertThat(csv.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(disposition -> assertThat(disposition)
                        .startsWith("attachment")
                        .contains("filename=\"leads-")
                        .contains(".csv"));
        List<String> lines = List.of(csv.body().split("\r\n"));
        assertThat(lines.getFirst()).startsWith("id,prospect,status,score,qualified,source,rules,area gaps,offerings");
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1))
                .startsWith(backup + ",\"'=SUM(1,2) \"\"Acme\"\" " + unique + "\",qualified,4.0,true,interview,")
                .contains("backup: 2")
                .contains("Backup as a Service")
                .doesNotContain(iam);

        assertThat(send("GET", "/api/v1/leads.csv?status=nope", expert, null).statusCode())
                .isEqualTo(400);
    }

    @Test
    void an_expert_declares_the_areas_they_cover_and_sees_those_leads_first() throws Exception {
        String iam = leadOf(completed("Iam first " + unique, "no", "yes", "yes", "yes"));
        String backup = leadOf(completed("Backup first " + unique, "yes", "yes", "no", "yes"));
        try {
            assertThat(ok(send("PUT", "/api/v1/me/lead-areas", expert2, "[\"backup\", \"backup\"]"))
                            .toString())
                    .isEqualTo("[\"backup\"]");
            assertThat(ok(send("GET", "/api/v1/me/lead-areas", expert2, null)).toString())
                    .isEqualTo("[\"backup\"]");
            JsonNode items = ok(send(
                            "GET", "/api/v1/leads?status=qualified&sort=score&search=" + unique, expert2, null))
                    .get("items");
            assertThat(ids(items)).containsExactly(backup, iam);
            assertThat(items.get(0).get("inYourAreas").asBoolean()).isTrue();
            assertThat(ok(send("GET", "/api/v1/leads?status=qualified&sort=score&search=" + unique, expert, null))
                            .get("items")
                            .valueStream()
                            .map(item -> item.get("id").asString()))
                    .as("by score for an expert without areas")
                    .containsExactly(iam, backup);

            HttpResponse<String> invalid = send("PUT", "/api/v1/me/lead-areas", expert2, "[\"iam\", \"Not A Key\"]");
            assertThat(invalid.statusCode()).isEqualTo(422);
            assertThat(json(invalid).get("errors").get(0).get("path").asString())
                    .isEqualTo("$[1]");
            assertThat(send("PUT", "/api/v1/me/lead-areas", expert2, "{\"iam\": true}")
                            .statusCode())
                    .isEqualTo(400);
        } finally {
            send("PUT", "/api/v1/me/lead-areas", expert2, "[]");
        }
    }

    /** Assigns a new prospect to interviewer@demo.test, who answers and completes; the interview's id. */
    private String completed(String prospectName, String dir, String mfa, String restores, String budget)
            throws Exception {
        HttpResponse<String> prospect =
                send("POST", "/api/v1/prospects", admin, JSON.writeValueAsString(Map.of("name", prospectName)));
        assertThat(prospect.statusCode()).as(prospect.body()).isEqualTo(201);
        HttpResponse<String> assigned = send(
                "POST",
                "/api/v1/interviews",
                admin,
                "{\"templateId\": \"" + template + "\", \"prospectId\": \""
                        + json(prospect).get("id").asString() + "\", \"interviewer\": \"interviewer@demo.test\"}");
        assertThat(assigned.statusCode()).as(assigned.body()).isEqualTo(201);
        String id = json(assigned).get("id").asString();
        Map<String, String> answers = Map.of("has-dir", dir, "has-mfa", mfa, "restores", restores, "budget", budget);
        for (Map.Entry<String, String> answer : answers.entrySet()) {
            ok(send(
                    "PUT",
                    "/api/v1/interviews/" + id + "/answers/" + answer.getKey(),
                    interviewer,
                    "{\"option\": \"" + answer.getValue() + "\"}"));
        }
        ok(send("POST", "/api/v1/interviews/" + id + "/complete", interviewer, null));
        return id;
    }

    /** The id of an interview's lead, as the admin finds it. */
    private String leadOf(String interview) throws Exception {
        JsonNode items = ok(send("GET", "/api/v1/leads?size=500&search=" + encode(unique), admin, null))
                .get("items");
        for (JsonNode item : items) {
            if (item.get("interview").asString().equals(interview)) {
                return item.get("id").asString();
            }
        }
        throw new AssertionError("no lead of interview " + interview + " in " + items);
    }

    private static List<String> ids(JsonNode items) {
        return items.valueStream().map(item -> item.get("id").asString()).toList();
    }

    private HttpResponse<String> status(String token, String id, String status, String note) throws Exception {
        String body = note == null
                ? "{\"status\": \"" + status + "\"}"
                : JSON.writeValueAsString(Map.of("status", status, "note", note));
        return send("POST", "/api/v1/leads/" + id + "/status", token, body);
    }

    private String template() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/templates/lead-io.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("\"key\": \"lead-io\"", "\"key\": \"lead-" + unique + "\"");
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static JsonNode ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response);
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    static HttpResponse<String> send(String method, String path, String token, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(SharedStack.appUrl() + path))
                .header("Authorization", "Bearer " + token);
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(
                method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
