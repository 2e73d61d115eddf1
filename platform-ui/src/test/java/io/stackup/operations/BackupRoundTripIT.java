package io.stackup.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Backup and restore of the local stack, end to end, as an operator does it: {@code deploy/local/run.sh}'s stack
 * (PostgreSQL with the databases {@code stackup} and {@code keycloak}, Keycloak, the app with its demo data) is run,
 * given one new answer through the API and read back through the API; then, the stack stopped,
 * {@code deploy/local/backup.sh roundtrip} dumps both databases with pg_dump, wipes the cluster, restores the dumps into
 * a fresh one and compares every table's row count and content hash before and after; then the stack is started again
 * on the restored cluster.
 *
 * <p>It proves that the scripted round trip loses nothing: the script's own comparison finds every table identical,
 * and the restarted stack answers as before it: the demo users sign in again with their passwords (Keycloak's users,
 * credentials and the tenant's organization came back), each is the same person with the same roles, and the tenant's
 * interviews (with every answer, the new one included), members, prospects and templates read exactly as before.
 *
 * <p>Not a {@code @StackupIntegrationTest}: it drives the stack as external processes (the jars {@code package} built),
 * on free ports and with its own {@code STACKUP_HOME} under {@code target/backup-roundtrip}, so it runs beside anyone's
 * local stack. The script runs pg_dump in a chroot, so it needs root (as CI runs). It prints its timings.
 */
@Timeout(value = 30, unit = TimeUnit.MINUTES)
class BackupRoundTripIT {

    private static final String ADMIN = "admin@demo.test";
    private static final String INTERVIEWER = "interviewer@demo.test";
    private static final String EXPERT = "expert@demo.test";
    private static final List<String> USERS = List.of(ADMIN, INTERVIEWER, EXPERT);
    private static final JsonMapper JSON = DemoApi.JSON;

    private @Nullable LocalStackRun stack;
    private @Nullable DemoApi api;

    @Test
    void a_dump_wipe_and_restore_of_both_databases_brings_back_every_tenant_user_and_answer() throws Exception {
        assumeTrue(
                LocalStackRun.runsAsRoot(),
                "deploy/local/backup.sh runs pg_dump in a chroot (and unpacks it with debootstrap): root only, as CI");
        LocalStackRun stack = LocalStackRun.prepare(LocalStackRun.ROOT.resolve("platform-ui/target/backup-roundtrip"));
        this.stack = stack;
        DemoApi api = new DemoApi(stack);
        this.api = api;

        long started = System.nanoTime();
        stack.start("stack-before");
        long firstStart = System.nanoTime() - started;

        Answer given = giveOneNewAnswer(api.token(INTERVIEWER));
        Map<String, String> before = snapshot();
        assertThat(answerIn(before, given))
                .as("the new answer, read back before the backup")
                .isTrue();

        stack.stop();

        started = System.nanoTime();
        String summary = stack.backupRoundTrip();
        long roundTrip = System.nanoTime() - started;
        System.out.println(summary);

        started = System.nanoTime();
        stack.start("stack-after");
        long restart = System.nanoTime() - started;

        Map<String, String> after = snapshot();
        assertThat(after.keySet()).as("what the snapshot read").isEqualTo(before.keySet());
        before.forEach((what, json) ->
                assertThat(after.get(what)).as("%s after the round trip", what).isEqualTo(json));
        assertThat(answerIn(after, given))
                .as("the new answer, after the round trip")
                .isTrue();

        System.out.printf(
                "Backup round trip: stack start %d s, backup.sh roundtrip %d s, restart on the restored cluster %d s;"
                        + " snapshot of %d API reads equal%n",
                TimeUnit.NANOSECONDS.toSeconds(firstStart),
                TimeUnit.NANOSECONDS.toSeconds(roundTrip),
                TimeUnit.NANOSECONDS.toSeconds(restart),
                before.size());
    }

    @AfterEach
    void stopWhateverRuns() throws Exception {
        if (stack != null) {
            stack.stop();
        }
    }

    // --- the data, through the API ---

    /** An answer given before the backup: the interview, the question and the answer as sent (a unique note in it). */
    private record Answer(String interviewId, String question, JsonNode value) {}

    /**
     * As the interviewer, puts a new answer on an open interview of theirs: the first question with options that is
     * unanswered, or else the first one changed to another option, with a note unique to this run. A fresh stack has
     * no interview: then one is set up first (see {@link #openInterview}).
     */
    private Answer giveOneNewAnswer(String interviewer) {
        String id = openInterview(interviewer);
        JsonNode interview = api().get(interviewer, "/api/v1/interviews/" + id);
        JsonNode template = api().get(
                        interviewer,
                        "/api/v1/templates/"
                                + interview.path("template").path("id").asString());
        Map<String, String> stored = new LinkedHashMap<>();
        interview
                .path("answers")
                .forEach(a -> stored.put(
                        a.path("question").asString(),
                        a.path("answer").path("option").asString("")));
        List<JsonNode> questions = new ArrayList<>();
        template.path("questionnaire")
                .path("sections")
                .forEach(s -> s.path("questions").forEach(questions::add));
        // An unanswered question first; else a change of an answered one. The option: the first unlike the stored one.
        String question = null;
        String option = null;
        for (boolean unansweredOnly : List.of(true, false)) {
            for (JsonNode q : questions) {
                String key = q.path("key").asString();
                if (question == null && (!unansweredOnly || !stored.containsKey(key))) {
                    option = optionsOf(q).stream()
                            .filter(o -> !o.equals(stored.get(key)))
                            .findFirst()
                            .orElse(null);
                    question = option == null ? null : key;
                }
            }
        }
        assertThat(question).as("a question with options in interview %s", id).isNotNull();
        ObjectNode value = JSON.createObjectNode()
                .put("option", option)
                .put("note", "Given before the backup round trip " + UUID.randomUUID());
        HttpResponse<String> put =
                api().send(interviewer, "PUT", "/api/v1/interviews/" + id + "/answers/" + question, value);
        assertThat(put.statusCode()).as("PUT the answer: %s", put.body()).isEqualTo(200);
        return new Answer(id, question, value);
    }

    /** The option keys a question takes: yes and no for a yes/no question, its options' keys for the others. */
    private static List<String> optionsOf(JsonNode question) {
        String type = question.path("type").asString();
        if (type.equals("yes_no")) {
            return List.of("yes", "no");
        }
        if (type.equals("single") || type.equals("scale")) {
            List<String> keys = new ArrayList<>();
            question.path("options").forEach(o -> keys.add(o.path("key").asString()));
            return keys;
        }
        return List.of();
    }

    /**
     * An open interview (assigned or in progress) of the interviewer's, by {@code GET /api/v1/interviews}. The demo
     * data has tenants and users but no interviews, so on a fresh home there is none: then the admin publishes the
     * template-format's small example, adds a prospect and assigns an interview of it to the interviewer.
     */
    private String openInterview(String interviewer) {
        for (String status : List.of("in_progress", "assigned")) {
            JsonNode page = api().get(
                            interviewer,
                            "/api/v1/interviews?size=500&status=" + status + "&interviewer="
                                    + URLEncoder.encode(INTERVIEWER, StandardCharsets.UTF_8));
            if (!page.path("items").isEmpty()) {
                return page.path("items").get(0).path("id").asString();
            }
        }
        String admin = api().token(ADMIN);
        String template = api().created(admin, "/api/v1/templates?publish=true", miniTemplate());
        String prospect = api().created(
                        admin,
                        "/api/v1/prospects",
                        JSON.createObjectNode()
                                .put("name", "Backup Round Trip Ltd")
                                .put("industry", "Testing"));
        return api().created(
                        admin,
                        "/api/v1/interviews",
                        JSON.createObjectNode()
                                .put("templateId", template)
                                .put("prospectId", prospect)
                                .put("interviewer", INTERVIEWER));
    }

    /** docs/spec/template-format.md's small example, under a key of its own. */
    private static JsonNode miniTemplate() {
        return JSON.readTree("""
                {
                  "format": "stackup-template/1",
                  "key": "backup-roundtrip", "name": "Backup round trip", "version": "1.0.0",
                  "scale": { "levels": [
                    { "key": "basic", "name": "Basic" }, { "key": "standardized", "name": "Standardized" },
                    { "key": "rationalized", "name": "Rationalized" }, { "key": "dynamic", "name": "Dynamic" } ] },
                  "defaultTarget": "rationalized",
                  "areas": [ { "key": "iam", "name": "Identity and Access", "capabilities": [
                    { "key": "directory", "name": "Directory services",
                      "recommendations": [
                        { "key": "central-dir", "toLevel": "standardized", "title": "One directory",
                          "kind": "product", "effort": "M" } ] } ] } ],
                  "questionnaire": { "title": "Backup round trip", "sections": [ { "key": "s1", "title": "Identity",
                    "questions": [
                      { "key": "has-dir", "capability": "directory", "type": "yes_no", "requires": "standardized",
                        "text": "Do you have a directory service that authenticates your users?" },
                      { "key": "budget", "type": "yes_no", "text": "Is there budget for this in the next 12 months?" }
                    ] } ] }
                }""");
    }

    /**
     * What the stack answers about the demo tenant, as JSON text by what was read: each demo user's
     * {@code /api/v1/me} (who they are, their tenant and roles: this signs each one in), and as the admin the
     * interviews with each one's detail, the members, the prospects and the templates.
     */
    private Map<String, String> snapshot() {
        Map<String, String> snapshot = new LinkedHashMap<>();
        for (String user : USERS) {
            snapshot.put("/api/v1/me as " + user, pretty(api().get(api().token(user), "/api/v1/me")));
        }
        String admin = api().token(ADMIN);
        JsonNode interviews = api().get(admin, "/api/v1/interviews?size=500");
        snapshot.put("/api/v1/interviews", pretty(interviews));
        for (JsonNode line : interviews.path("items")) {
            String path = "/api/v1/interviews/" + line.path("id").asString();
            snapshot.put(path, pretty(api().get(admin, path)));
        }
        for (String path : List.of("/api/v1/members?size=500", "/api/v1/prospects?size=500", "/api/v1/templates")) {
            snapshot.put(path, pretty(api().get(admin, path)));
        }
        return snapshot;
    }

    /** Whether the snapshot's detail of the answer's interview holds that answer, its value and note as given. */
    private static boolean answerIn(Map<String, String> snapshot, Answer answer) {
        String detail = snapshot.get("/api/v1/interviews/" + answer.interviewId());
        if (detail == null) {
            return false;
        }
        for (JsonNode stored : JSON.readTree(detail).path("answers")) {
            if (stored.path("question").asString().equals(answer.question())
                    && stored.path("answer").equals(answer.value())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The JSON as text to compare: pretty-printed, each object's members sorted by name. The API's objects may list
     * members in another order on each start (some are written from {@code Map.of}, whose order changes with the JVM).
     */
    private static String pretty(JsonNode json) {
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(sorted(json));
    }

    private static JsonNode sorted(JsonNode json) {
        if (json.isObject()) {
            ObjectNode sorted = JSON.createObjectNode();
            json.propertyNames().stream().sorted().forEach(name -> sorted.set(name, sorted(json.get(name))));
            return sorted;
        }
        if (json.isArray()) {
            ArrayNode sorted = JSON.createArrayNode();
            json.forEach(element -> sorted.add(sorted(element)));
            return sorted;
        }
        return json;
    }

    private DemoApi api() {
        return Objects.requireNonNull(api, "the stack runs");
    }
}
