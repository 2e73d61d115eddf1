package io.stackup.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.stackup.deploy.MailServer;
import io.stackup.support.SharedStack;
import io.stackup.support.StackupIntegrationTest;
import io.stackup.support.Tokens;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Prospects and interviews through the API, as docs/spec/api.md describes them: real tokens, real PostgreSQL, and the
 * assignment mail through a real SMTP server.
 */
@StackupIntegrationTest
class InterviewApiIT {

    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String ANSWERS = "{\"has-dir\": {\"option\": \"no\"}, \"budget\": {\"option\": \"yes\"}}";

    String admin;
    String interviewer;
    String unique;

    @BeforeEach
    void tokens_and_a_fresh_name() {
        admin = Tokens.accessToken("admin@demo.test", "openid organization:demo");
        interviewer = Tokens.accessToken("interviewer@demo.test", "openid organization:demo");
        unique = UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void an_admin_assigns_the_interviewer_answers_and_completes_and_the_result_is_the_preview() throws Exception {
        String template = publishedTemplate();
        HttpResponse<String> created = send(
                "POST",
                "/api/v1/prospects",
                admin,
                "{\"name\": \"Acme " + unique + "\", \"industry\": \"Retail\", \"employees\": 120,"
                        + " \"contactName\": \"Carla\", \"contactEmail\": \"carla@acme.test\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String prospect = json(created).get("id").asString();
        assertThat(created.headers().firstValue("Location")).hasValue("/api/v1/prospects/" + prospect);
        JsonNode page = json(send("GET", "/api/v1/prospects?search=" + unique + "&size=10", interviewer, null));
        assertThat(page.get("total").asInt()).isEqualTo(1);
        assertThat(page.get("size").asInt()).isEqualTo(10);
        assertThat(page.get("items").get(0).get("employees").asInt()).isEqualTo(120);

        HttpResponse<String> assigned = send(
                "POST",
                "/api/v1/interviews",
                admin,
                "{\"templateId\": \"" + template + "\", \"prospectId\": \"" + prospect + "\","
                        + " \"interviewer\": \"interviewer@demo.test\", \"targets\": {\"directory\": \"dynamic\"},"
                        + " \"dueDate\": \"2030-01-31\"}");
        assertThat(assigned.statusCode()).as(assigned.body()).isEqualTo(201);
        String id = json(assigned).get("id").asString();
        assertThat(json(assigned).get("status").asString()).isEqualTo("assigned");
        assertThat(assigned.headers().firstValue("Location")).hasValue("/api/v1/interviews/" + id);

        Optional<MimeMessage> mail = SharedStack.mail().await(m -> mentions(m, id), Duration.ofSeconds(20));
        assertThat(mail).as("the assignment mail").isPresent();
        assertThat(Arrays.toString(mail.get().getAllRecipients())).contains("interviewer@demo.test");
        assertThat(mail.get().getSubject()).contains("Acme " + unique);
        assertThat(MailServer.body(mail.get())).contains(SharedStack.appUrl() + "/interviews/" + id);

        HttpResponse<String> wrong = put(id, "has-dir", "{\"option\": \"maybe\"}");
        assertThat(wrong.statusCode()).isEqualTo(422);
        assertThat(json(wrong).get("errors").get(0).get("message").asString()).contains("no option 'maybe'");
        assertThat(put(id, "nope", "{\"option\": \"yes\"}").statusCode()).isEqualTo(422);
        assertThat(put(id, "has-dir", "{\"options\": [\"yes\"]}").statusCode()).isEqualTo(422);
        assertThat(json(send("GET", "/api/v1/interviews/" + id, interviewer, null))
                        .get("status")
                        .asString())
                .as("a refused answer changes nothing")
                .isEqualTo("assigned");

        assertThat(put(id, "has-dir", "{\"option\": \"yes\"}").statusCode()).isEqualTo(200);
        assertThat(put(id, "has-dir", "{\"option\": \"no\", \"note\": \"local accounts only\"}")
                        .statusCode())
                .isEqualTo(200);
        JsonNode running = json(send("GET", "/api/v1/interviews/" + id, interviewer, null));
        assertThat(running.get("status").asString()).isEqualTo("in_progress");
        assertThat(running.get("answers").get(0).get("answer").toString())
                .isEqualTo("{\"option\":\"no\",\"note\":\"local accounts only\"}");

        HttpResponse<String> early = send("POST", "/api/v1/interviews/" + id + "/complete", interviewer, null);
        assertThat(early.statusCode()).isEqualTo(409);
        assertThat(json(early).get("missing").toString()).isEqualTo("[\"budget\"]");
        assertThat(json(send("GET", "/api/v1/interviews/" + id + "/result", interviewer, null))
                        .get("complete")
                        .asBoolean())
                .isFalse();

        assertThat(put(id, "budget", "{\"option\": \"yes\"}").statusCode()).isEqualTo(200);
        assertThat(put(id, "budget", "{\"option\": \"yes\"}").statusCode())
                .as("idempotent")
                .isEqualTo(200);
        HttpResponse<String> completed = send("POST", "/api/v1/interviews/" + id + "/complete", interviewer, null);
        assertThat(completed.statusCode()).as(completed.body()).isEqualTo(200);
        ObjectNode result = (ObjectNode) json(completed);
        assertThat(result.get("interview").asString()).isEqualTo(id);
        assertThat(result.get("complete").asBoolean()).isTrue();

        ObjectNode preview = (ObjectNode) json(send(
                "POST",
                "/api/v1/templates/" + template + "/preview",
                interviewer,
                "{\"answers\": " + ANSWERS + ", \"targets\": {\"directory\": \"dynamic\"}}"));
        ObjectNode withoutInterview = result.deepCopy();
        withoutInterview.remove("interview");
        withoutInterview.put("complete", false);
        assertThat(withoutInterview).isEqualTo(preview);

        assertThat(put(id, "budget", "{\"option\": \"no\"}").statusCode()).isEqualTo(409);
        assertThat(send("DELETE", "/api/v1/interviews/" + id + "/answers/budget", interviewer, null)
                        .statusCode())
                .isEqualTo(409);
        assertThat(send("POST", "/api/v1/interviews/" + id + "/complete", interviewer, null)
                        .statusCode())
                .isEqualTo(409);
        String expert = Tokens.accessToken("expert@demo.test", "openid organization:demo");
        assertThat(json(send("GET", "/api/v1/interviews/" + id + "/result", expert, null)))
                .isEqualTo(result);
        assertThat(send("GET", "/api/v1/interviews?status=completed&size=500", expert, null)
                        .body())
                .contains(id);
        JsonNode detail = json(send("GET", "/api/v1/prospects/" + prospect, admin, null));
        assertThat(detail.get("interviews").get(0).get("id").asString()).isEqualTo(id);
        assertThat(detail.get("interviews").get(0).get("qualified").asBoolean()).isTrue();
    }

    @Test
    void interviewers_and_experts_see_only_what_is_theirs_and_another_tenant_sees_nothing() throws Exception {
        String template = publishedTemplate();
        String prospect = prospect(admin);
        String id = assign(admin, template, prospect, "interviewer@demo.test");
        String freelancer = Tokens.accessToken("freelancer@stackup.test", "openid organization:demo");
        String expert = Tokens.accessToken("expert@demo.test", "openid organization:demo");

        assertThat(send("GET", "/api/v1/interviews?size=500", interviewer, null).body())
                .contains(id);
        assertThat(send("GET", "/api/v1/interviews?size=500", freelancer, null).body())
                .doesNotContain(id);
        assertThat(send("GET", "/api/v1/interviews/" + id, freelancer, null).statusCode())
                .isEqualTo(404);
        assertThat(send("PUT", "/api/v1/interviews/" + id + "/answers/has-dir", freelancer, "{\"option\": \"yes\"}")
                        .statusCode())
                .isEqualTo(404);
        assertThat(send("POST", "/api/v1/interviews/" + id + "/complete", freelancer, null)
                        .statusCode())
                .isEqualTo(404);
        assertThat(send("PUT", "/api/v1/interviews/" + id + "/answers/has-dir", admin, "{\"option\": \"yes\"}")
                        .statusCode())
                .as("an admin reads every interview but answers none")
                .isEqualTo(403);
        assertThat(send("GET", "/api/v1/interviews/" + id, expert, null).statusCode())
                .as("an expert sees completed interviews only")
                .isEqualTo(404);
        assertThat(send("GET", "/api/v1/interviews/" + id, admin, null).statusCode())
                .isEqualTo(200);

        String otherAdmin = Tokens.accessToken("admin@other.test", "openid organization:other");
        // An interviewer of the other tenant (the freelancer is its admin since roles are per tenant, ADR 0014).
        String otherInterviewer = Tokens.accessToken("interviewer@other.test", "openid organization:other");
        assertThat(send("GET", "/api/v1/interviews/" + id, otherAdmin, null).statusCode())
                .isEqualTo(404);
        assertThat(send("GET", "/api/v1/interviews/" + id + "/result", otherAdmin, null)
                        .statusCode())
                .isEqualTo(404);
        assertThat(send(
                                "PUT",
                                "/api/v1/interviews/" + id + "/answers/has-dir",
                                otherInterviewer,
                                "{\"option\": \"yes\"}")
                        .statusCode())
                .isEqualTo(404);
        assertThat(send("POST", "/api/v1/interviews/" + id + "/cancel", otherAdmin, "{\"reason\": \"mine now\"}")
                        .statusCode())
                .isEqualTo(404);
        assertThat(send("GET", "/api/v1/interviews?size=500", otherAdmin, null).body())
                .doesNotContain(id);
        assertThat(send("GET", "/api/v1/prospects/" + prospect, otherAdmin, null)
                        .statusCode())
                .isEqualTo(404);
        assertThat(send("GET", "/api/v1/prospects?size=500", otherAdmin, null).body())
                .doesNotContain(prospect);
        assertThat(send("GET", "/api/v1/interviews/not-an-id", admin, null).statusCode())
                .isEqualTo(404);
    }

    @Test
    void an_interviewer_starts_an_interview_for_themselves_only_and_an_admin_reassigns_and_cancels_it()
            throws Exception {
        String template = publishedTemplate();
        String prospect = prospect(interviewer);
        assertThat(send("POST", "/api/v1/interviews", interviewer, body(template, prospect, "freelancer@stackup.test"))
                        .statusCode())
                .isEqualTo(403);
        HttpResponse<String> badAssignment = send(
                "POST",
                "/api/v1/interviews",
                admin,
                "{\"templateId\": \"t-1\", \"interviewer\": \"interviewer@demo.test\"}");
        assertThat(badAssignment.statusCode()).as(badAssignment.body()).isEqualTo(400);
        assertThat(json(badAssignment).get("errors").findValuesAsString("path"))
                .containsExactly("$.prospectId", "$.templateId");
        HttpResponse<String> badDate = send(
                "POST",
                "/api/v1/interviews",
                admin,
                "{\"templateId\": \"" + template + "\", \"prospectId\": \"" + prospect
                        + "\", \"interviewer\": \"interviewer@demo.test\", \"dueDate\": \"soon\"}");
        assertThat(badDate.statusCode()).as(badDate.body()).isEqualTo(400);
        assertThat(json(badDate).get("errors").get(0).get("path").asString()).isEqualTo("$.dueDate");
        String id = assign(interviewer, template, prospect, "interviewer@demo.test");
        assertThat(json(send("GET", "/api/v1/interviews/" + id, interviewer, null))
                        .get("source")
                        .asString())
                .isEqualTo("self");

        HttpResponse<String> withoutReason = send(
                "POST",
                "/api/v1/interviews/" + id + "/reassign",
                admin,
                "{\"interviewer\": \"freelancer@stackup.test\"}");
        assertThat(withoutReason.statusCode()).as("a reason is required").isEqualTo(400);
        assertThat(json(withoutReason).get("type").asString()).isEqualTo("https://stackup.io/problems/bad-request");
        assertThat(json(withoutReason).get("errors").size()).isEqualTo(1);
        assertThat(json(withoutReason).get("errors").get(0).get("path").asString())
                .isEqualTo("$.reason");
        assertThat(json(withoutReason).get("errors").get(0).get("message").asString())
                .isEqualTo("missing");
        HttpResponse<String> emptyCancel = send("POST", "/api/v1/interviews/" + id + "/cancel", admin, "{}");
        assertThat(emptyCancel.statusCode()).isEqualTo(400);
        assertThat(json(emptyCancel).get("errors").get(0).get("path").asString())
                .isEqualTo("$.reason");
        HttpResponse<String> listCancel = send("POST", "/api/v1/interviews/" + id + "/cancel", admin, "[1, 2]");
        assertThat(listCancel.statusCode()).as("a body of another form").isEqualTo(400);
        assertThat(json(listCancel).get("errors").get(0).get("path").asString()).isEqualTo("$");
        HttpResponse<String> objectReason =
                send("POST", "/api/v1/interviews/" + id + "/cancel", admin, "{\"reason\": {\"why\": 1}}");
        assertThat(objectReason.statusCode()).as("a reason that is no text").isEqualTo(400);
        assertThat(json(objectReason).get("errors").get(0).get("path").asString())
                .isEqualTo("$.reason");
        HttpResponse<String> brokenJson = send("POST", "/api/v1/interviews/" + id + "/cancel", admin, "{\"reason\": ");
        assertThat(brokenJson.statusCode()).as("not JSON").isEqualTo(400);
        assertThat(json(brokenJson).get("errors").get(0).get("path").asString()).isEqualTo("$");
        HttpResponse<String> reassigned = send(
                "POST",
                "/api/v1/interviews/" + id + "/reassign",
                admin,
                "{\"interviewer\": \"freelancer@stackup.test\", \"reason\": \"Ivan is on leave\"}");
        assertThat(reassigned.statusCode()).as(reassigned.body()).isEqualTo(200);
        assertThat(send("GET", "/api/v1/interviews/" + id, interviewer, null).statusCode())
                .isEqualTo(404);
        assertThat(SharedStack.mail().await(m -> mentions(m, id), Duration.ofSeconds(20)))
                .as("the new interviewer's mail")
                .isPresent();

        HttpResponse<String> cancelled =
                send("POST", "/api/v1/interviews/" + id + "/cancel", admin, "{\"reason\": \"Prospect withdrew\"}");
        assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(200);
        JsonNode detail = json(cancelled);
        assertThat(detail.get("status").asString()).isEqualTo("cancelled");
        assertThat(detail.get("history").toString())
                .contains("\"kind\":\"assigned\"")
                .contains("\"reason\":\"Ivan is on leave\"")
                .contains("\"reason\":\"Prospect withdrew\"");
    }

    @Test
    void requests_that_do_not_fit_are_refused_naming_each_problem() throws Exception {
        String template = publishedTemplate();
        String prospect = prospect(admin);
        HttpResponse<String> expertAsInterviewer =
                send("POST", "/api/v1/interviews", admin, body(template, prospect, "expert@demo.test"));
        assertThat(expertAsInterviewer.statusCode()).isEqualTo(422);
        assertThat(json(expertAsInterviewer).get("errors").get(0).get("path").asString())
                .isEqualTo("$.interviewer");
        HttpResponse<String> stranger =
                send("POST", "/api/v1/interviews", admin, body(template, prospect, "stranger@demo.test"));
        assertThat(json(stranger).get("errors").get(0).get("message").asString())
                .contains("has not signed in to this workspace yet");

        String draft = json(send(
                        "POST",
                        "/api/v1/templates",
                        admin,
                        example().replace("\"version\": \"1.0.0\"", "\"version\": \"2.0.0\"")))
                .get("id")
                .asString();
        HttpResponse<String> unpublished =
                send("POST", "/api/v1/interviews", admin, body(draft, prospect, "interviewer@demo.test"));
        assertThat(unpublished.statusCode()).isEqualTo(422);
        assertThat(json(unpublished).get("errors").get(0).get("path").asString())
                .isEqualTo("$.templateId");
        assertThat(send("POST", "/api/v1/interviews", admin, "{\"templateId\": 1}")
                        .statusCode())
                .isEqualTo(400);

        assertThat(send("POST", "/api/v1/prospects", admin, "{\"name\": \"\"}").statusCode())
                .isEqualTo(400);
        assertThat(send("GET", "/api/v1/prospects?size=501", admin, null).statusCode())
                .isEqualTo(400);
        assertThat(send("GET", "/api/v1/interviews?status=done", admin, null).statusCode())
                .isEqualTo(400);
        String expert = Tokens.accessToken("expert@demo.test", "openid organization:demo");
        assertThat(send("POST", "/api/v1/prospects", expert, "{\"name\": \"Nope\"}")
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void a_second_interview_of_a_prospect_is_compared_with_the_first_capability_by_capability() throws Exception {
        String template = publishedTemplate();
        String prospect = prospect(admin);
        String first = assign(admin, template, prospect, "interviewer@demo.test");
        put(first, "has-dir", "{\"option\": \"no\"}");
        put(first, "budget", "{\"option\": \"yes\"}");
        assertThat(send("POST", "/api/v1/interviews/" + first + "/complete", interviewer, null)
                        .statusCode())
                .isEqualTo(200);
        HttpResponse<String> nothingEarlier = send("GET", "/api/v1/interviews/" + first + "/comparison", admin, null);
        assertThat(nothingEarlier.statusCode()).as(nothingEarlier.body()).isEqualTo(404);
        assertThat(json(nothingEarlier).get("detail").asString()).contains("?with=");

        String second = assign(admin, template, prospect, "interviewer@demo.test");
        put(second, "has-dir", "{\"option\": \"yes\"}");
        put(second, "provisioning", "{\"option\": \"scripted\"}");
        put(second, "budget", "{\"option\": \"no\"}");
        assertThat(send("POST", "/api/v1/interviews/" + second + "/complete", interviewer, null)
                        .statusCode())
                .isEqualTo(200);

        HttpResponse<String> compared = send("GET", "/api/v1/interviews/" + second + "/comparison", admin, null);
        assertThat(compared.statusCode()).as(compared.body()).isEqualTo(200);
        JsonNode comparison = json(compared);
        assertThat(comparison.get("before").get("interview").asString()).isEqualTo(first);
        assertThat(comparison.get("overall").get("before").get("level").asString())
                .isEqualTo("basic");
        assertThat(comparison.get("overall").get("after").get("level").asString())
                .isEqualTo("rationalized");
        JsonNode directory = comparison.get("capabilities").get(0);
        assertThat(directory.get("key").asString()).isEqualTo("directory");
        assertThat(directory.get("presence").asString()).isEqualTo("both");
        assertThat(directory.get("movement").asString()).isEqualTo("up");
        assertThat(directory.get("gap").asInt()).isZero();
        assertThat(directory.get("blockers")).isEmpty();
        JsonNode backwards =
                json(send("GET", "/api/v1/interviews/" + first + "/comparison?with=" + second, admin, null));
        assertThat(backwards.get("capabilities").get(0).get("movement").asString())
                .isEqualTo("down");
        assertThat(backwards.get("capabilities").get(0).get("blockers").toString())
                .isEqualTo("[\"Written joiner/leaver process\",\"One directory for authentication\"]");

        String otherProspect = assign(admin, template, prospect(admin), "interviewer@demo.test");
        assertThat(send("GET", "/api/v1/interviews/" + second + "/comparison?with=" + otherProspect, admin, null)
                        .statusCode())
                .isEqualTo(400);
        String otherAdmin = Tokens.accessToken("admin@other.test", "openid organization:other");
        assertThat(send("GET", "/api/v1/interviews/" + second + "/comparison", otherAdmin, null)
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void targets_change_through_the_api_before_and_after_completion_and_the_result_follows_them() throws Exception {
        String template = publishedTemplate();
        String prospect = prospect(admin);
        String id = assign(admin, template, prospect, "interviewer@demo.test");
        String path = "/api/v1/interviews/" + id + "/targets";

        HttpResponse<String> set = send("PUT", path, interviewer, "{\"directory\": \"dynamic\"}");
        assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
        assertThat(json(set).get("complete").asBoolean()).isFalse();
        assertThat(json(set).get("capabilities").get(0).get("target").asString())
                .isEqualTo("dynamic");
        assertThat(json(send("GET", "/api/v1/interviews/" + id, admin, null))
                        .get("targets")
                        .toString())
                .isEqualTo("{\"directory\":\"dynamic\"}");

        HttpResponse<String> unknown = send("PUT", path, interviewer, "{\"directory\": \"expert\", \"no-such\": null}");
        assertThat(unknown.statusCode()).as(unknown.body()).isEqualTo(422);
        assertThat(json(unknown).get("errors").findValuesAsString("path"))
                .containsExactly("$.directory", "$['no-such']");
        assertThat(json(unknown).get("errors").get(0).get("message").asString()).contains("give one of basic");
        assertThat(send("PUT", path, interviewer, "{\"directory\": 3}").statusCode())
                .as("a value of another form")
                .isEqualTo(400);
        assertThat(send("PUT", path, interviewer, "[\"directory\"]").statusCode())
                .isEqualTo(400);
        String huge = "{\"directory\": \"" + "x".repeat(200_000) + "\"}";
        HttpResponse<String> tooLarge = send("PUT", path, interviewer, huge);
        assertThat(tooLarge.statusCode()).isEqualTo(400);
        assertThat(tooLarge.body()).doesNotContain("xxxxxxxxxx").contains("at most 131072 bytes");
        assertThat(json(send("GET", "/api/v1/interviews/" + id, admin, null))
                        .get("targets")
                        .toString())
                .as("refused changes change nothing")
                .isEqualTo("{\"directory\":\"dynamic\"}");

        assertThat(put(id, "has-dir", "{\"option\": \"no\"}").statusCode()).isEqualTo(200);
        assertThat(put(id, "budget", "{\"option\": \"yes\"}").statusCode()).isEqualTo(200);
        assertThat(send("POST", "/api/v1/interviews/" + id + "/complete", interviewer, null)
                        .statusCode())
                .isEqualTo(200);
        String expert = Tokens.accessToken("expert@demo.test", "openid organization:demo");
        assertThat(send("PUT", path, expert, "{\"directory\": \"basic\"}").statusCode())
                .as("an expert reads the result but changes no target")
                .isEqualTo(403);

        HttpResponse<String> whatIf = send("PUT", path, admin, "{\"directory\": \"basic\"}");
        assertThat(whatIf.statusCode()).as(whatIf.body()).isEqualTo(200);
        JsonNode result = json(whatIf);
        assertThat(result.get("complete").asBoolean()).isTrue();
        assertThat(result.get("capabilities").get(0).get("gap").asInt()).isZero();
        assertThat(result.get("roadmap").size()).isZero();
        assertThat(result.get("qualification").get("qualified").asBoolean()).isFalse();
        assertThat(json(send("GET", "/api/v1/interviews/" + id + "/result", expert, null)))
                .isEqualTo(result);
        assertThat(json(send("GET", "/api/v1/interviews/" + id, admin, null))
                        .get("history")
                        .findValuesAsString("kind"))
                .containsExactly("assigned", "targets_changed", "completed", "targets_changed");

        String otherAdmin = Tokens.accessToken("admin@other.test", "openid organization:other");
        assertThat(send("PUT", path, otherAdmin, "{\"directory\": \"dynamic\"}").statusCode())
                .isEqualTo(404);
        String cancelled = assign(admin, template, prospect, "interviewer@demo.test");
        assertThat(send("POST", "/api/v1/interviews/" + cancelled + "/cancel", admin, "{\"reason\": \"no\"}")
                        .statusCode())
                .isEqualTo(200);
        assertThat(send("PUT", "/api/v1/interviews/" + cancelled + "/targets", admin, "{\"directory\": null}")
                        .statusCode())
                .isEqualTo(409);
    }

    private String publishedTemplate() throws Exception {
        HttpResponse<String> created = send("POST", "/api/v1/templates?publish=true", admin, example());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json(created).get("id").asString();
    }

    private String prospect(String token) throws Exception {
        HttpResponse<String> created =
                send("POST", "/api/v1/prospects", token, "{\"name\": \"Prospect " + unique + "\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json(created).get("id").asString();
    }

    private String assign(String token, String template, String prospect, String interviewerEmail) throws Exception {
        HttpResponse<String> assigned =
                send("POST", "/api/v1/interviews", token, body(template, prospect, interviewerEmail));
        assertThat(assigned.statusCode()).as(assigned.body()).isEqualTo(201);
        return json(assigned).get("id").asString();
    }

    private static String body(String template, String prospect, String interviewerEmail) {
        return "{\"templateId\": \"" + template + "\", \"prospectId\": \"" + prospect + "\", \"interviewer\": \""
                + interviewerEmail + "\"}";
    }

    private HttpResponse<String> put(String id, String question, String answer) throws Exception {
        return send("PUT", "/api/v1/interviews/" + id + "/answers/" + question, interviewer, answer);
    }

    private static boolean mentions(MimeMessage mail, String interview) {
        return MailServer.body(mail).contains("/interviews/" + interview);
    }

    private String example() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/templates/mini-io.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("\"key\": \"mini-io\"", "\"key\": \"iv-" + unique + "\"");
        }
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
