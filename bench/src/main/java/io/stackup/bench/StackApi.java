package io.stackup.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The local stack's API as the load drivers need it: password-grant tokens from Keycloak, the load template (the
 * Core Infrastructure Optimization starter under a unique key), prospects and interviews. Safe to share between
 * threads (it holds only the shared {@link HttpClient}).
 */
final class StackApi {

    static final String PASSWORD = System.getProperty("stackup.password", "stackup-demo");
    static final String ADMIN = "admin@demo.test";
    static final String INTERVIEWER = "interviewer@demo.test";
    static final String STARTER = "starters/core-infrastructure-optimization.yaml";

    static final JsonMapper JSON = JsonMapper.builder().build();

    /** An access token and when it expires (nanoTime). */
    record Token(String value, long expiresAtNanos) {}

    /**
     * One user's token, shared between threads and renewed (once, by whichever thread gets there first) when it has
     * less than 20 s left.
     */
    static final class RenewingToken {
        private static final Duration MARGIN = Duration.ofSeconds(20);

        private final StackApi api;
        private final String user;
        private volatile Token token;

        RenewingToken(StackApi api, String user) {
            this.api = api;
            this.user = user;
            this.token = api.token(user);
        }

        Token current() {
            Token now = token;
            if (fresh(now)) {
                return now;
            }
            synchronized (this) {
                if (!fresh(token)) {
                    token = api.token(user);
                }
                return token;
            }
        }

        private static boolean fresh(Token token) {
            return token.expiresAtNanos() - System.nanoTime() > MARGIN.toNanos();
        }
    }

    /** A question of the load template, with valid answers to cycle through (at least one). */
    record Question(String key, String type, List<String> answers) {}

    /** A published template: its id and questions in questionnaire order. */
    record LoadTemplate(String id, String key, List<Question> questions) {}

    final HttpClient http;
    final String app;
    final String keycloak;

    /** The API of the stack at these URLs over one HTTP/1.1 client whose requests run on virtual threads. */
    static StackApi connect(String app, String keycloak) {
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .executor(Executors.newVirtualThreadPerTaskExecutor())
                .build();
        return new StackApi(http, app, keycloak);
    }

    StackApi(HttpClient http, String app, String keycloak) {
        this.http = http;
        this.app = strip(app);
        this.keycloak = strip(keycloak);
    }

    Token token(String user) {
        String form = "grant_type=password&client_id=stackup-cli&username=" + enc(user) + "&password=" + enc(PASSWORD)
                + "&scope=" + enc("openid organization:demo");
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(keycloak + "/realms/stackup/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        HttpResponse<String> response = send(request);
        if (response.statusCode() != 200) {
            throw new IllegalStateException(
                    "No token for " + user + ": " + response.statusCode() + " " + response.body());
        }
        JsonNode body = JSON.readTree(response.body());
        long lifetime = body.get("expires_in").asLong();
        return new Token(
                body.get("access_token").asString(),
                System.nanoTime() + Duration.ofSeconds(lifetime).toNanos());
    }

    /** Publishes the starter under the key {@code bench-…} and reads its questions with a valid answer each. */
    LoadTemplate publishLoadTemplate(Token admin) {
        String yaml = starterYaml();
        String key = "bench-" + UUID.randomUUID().toString().substring(0, 8);
        String unique = yaml.replaceFirst("(?m)^key: core-io$", "key: " + key);
        if (unique.equals(yaml)) {
            throw new IllegalStateException("The starter's top-level key is no longer 'core-io'");
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(app + "/api/v1/templates?publish=true"))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + admin.value())
                .header("Content-Type", "application/yaml")
                .POST(HttpRequest.BodyPublishers.ofString(unique))
                .build();
        String id = created(send(request), "template");
        return new LoadTemplate(id, key, questions(yaml));
    }

    String createProspect(Token admin, String name) {
        ObjectNode body = JSON.createObjectNode().put("name", name).put("industry", "Benchmark");
        return created(post(admin, "/api/v1/prospects", body), "prospect");
    }

    String createInterview(Token admin, String templateId, String prospectId, String interviewer) {
        ObjectNode body = JSON.createObjectNode()
                .put("templateId", templateId)
                .put("prospectId", prospectId)
                .put("interviewer", interviewer);
        return created(post(admin, "/api/v1/interviews", body), "interview");
    }

    /** {@code count} interviews of the template, each with its own prospect, created 8 at a time. */
    List<String> createInterviews(Token admin, String templateId, int count, String interviewer) throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Semaphore parallel = new Semaphore(8);
        List<Future<String>> futures = new ArrayList<>();
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < count; i++) {
                int n = i;
                futures.add(executor.submit(() -> {
                    parallel.acquire();
                    try {
                        String prospect = createProspect(admin, "Bench " + run + " #" + n);
                        return createInterview(admin, templateId, prospect, interviewer);
                    } finally {
                        parallel.release();
                    }
                }));
            }
            List<String> ids = new ArrayList<>();
            for (Future<String> future : futures) {
                ids.add(future.get());
            }
            return ids;
        }
    }

    /** {@code GET /api/v1/interviews/{id}}: status, answers, timestamps. */
    JsonNode interview(Token token, String id) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(app + "/api/v1/interviews/" + id))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token.value())
                .build();
        HttpResponse<String> response = send(request);
        if (response.statusCode() != 200) {
            throw new IllegalStateException(
                    "Reading interview " + id + " failed: " + response.statusCode() + " " + response.body());
        }
        return JSON.readTree(response.body());
    }

    HttpResponse<String> get(Token token, String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(app + path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token.value())
                .build();
        return send(request);
    }

    HttpResponse<String> post(Token token, String path, JsonNode body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(app + path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token.value())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                .build();
        return send(request);
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String created(HttpResponse<String> response, String what) {
        if (response.statusCode() != 201) {
            throw new IllegalStateException(
                    "Creating a " + what + " failed: " + response.statusCode() + " " + response.body());
        }
        return JSON.readTree(response.body()).get("id").asString();
    }

    static String starterYaml() {
        try (InputStream in = StackApi.class.getClassLoader().getResourceAsStream(STARTER)) {
            if (in == null) {
                throw new IllegalStateException(STARTER + " is not on the class path (platform-core's resources)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The questionnaire's questions in order, each with the answers to cycle through (JSON strings): both options
     * of a yes/no, the first two options of a choice, two numbers in range, a short text.
     */
    @SuppressWarnings("unchecked")
    static List<Question> questions(String yaml) {
        Map<String, Object> template =
                (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromString(yaml);
        Map<String, Object> questionnaire = (Map<String, Object>) template.get("questionnaire");
        List<Question> questions = new ArrayList<>();
        for (Object section : (List<Object>) questionnaire.get("sections")) {
            for (Object item : (List<Object>) ((Map<String, Object>) section).get("questions")) {
                Map<String, Object> question = (Map<String, Object>) item;
                String key = (String) question.get("key");
                String type = (String) question.get("type");
                List<String> options = new ArrayList<>();
                Object declared = question.get("options");
                if (declared instanceof List<?> list) {
                    for (Object option : list) {
                        options.add((String) ((Map<String, Object>) option).get("key"));
                    }
                }
                questions.add(new Question(key, type, answers(type, options, question)));
            }
        }
        return List.copyOf(questions);
    }

    private static List<String> answers(String type, List<String> options, Map<String, Object> question) {
        List<String> answers = new ArrayList<>();
        switch (type) {
            case "yes_no" -> {
                answers.add(option("yes"));
                answers.add(option("no"));
            }
            case "single", "scale" -> {
                for (String option : options.subList(0, Math.min(2, options.size()))) {
                    answers.add(option(option));
                }
            }
            case "multi" -> {
                ArrayNode two = JSON.createArrayNode();
                options.stream().limit(2).forEach(two::add);
                answers.add(JSON.createObjectNode().set("options", two).toString());
                ArrayNode one = JSON.createArrayNode();
                options.stream().limit(1).forEach(one::add);
                answers.add(JSON.createObjectNode().set("options", one).toString());
            }
            case "number" -> {
                double min = number(question.get("minValue"), 0);
                double max = number(question.get("maxValue"), min + 100);
                double first = Math.max(min, Math.min(max, 50));
                answers.add(JSON.createObjectNode().put("number", first).toString());
                answers.add(JSON.createObjectNode()
                        .put("number", Math.min(max, first + 1))
                        .toString());
            }
            case "text" -> {
                answers.add(JSON.createObjectNode()
                        .put("text", "Answered by the load driver.")
                        .toString());
                answers.add(JSON.createObjectNode()
                        .put("text", "Answered again by the load driver.")
                        .toString());
            }
            default -> throw new IllegalStateException("Unknown question type " + type);
        }
        if (answers.isEmpty()) {
            throw new IllegalStateException("No answer for a " + type + " question without options");
        }
        return List.copyOf(answers);
    }

    private static String option(String key) {
        return JSON.createObjectNode().put("option", key).toString();
    }

    private static double number(Object value, double otherwise) {
        return value instanceof Number n ? n.doubleValue() : otherwise;
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String strip(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
