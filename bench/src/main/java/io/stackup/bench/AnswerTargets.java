package io.stackup.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Prepares a lean load generator's work against a running local stack: publishes the load template, creates N
 * interviews for interviewer@demo.test and writes, as a Lua chunk for {@code wrk} ({@code bench/answer-vs-pgbench}),
 * the interviewer's access token and every answer to PUT: for each interview, each question with each of its valid
 * answers ({@code return {token = "…", answers = {{path, body}, …}}}).
 *
 * <pre>java -cp bench/target/benchmarks.jar io.stackup.bench.AnswerTargets N FILE [app] [keycloak]</pre>
 *
 * The token is valid for the realm's access-token lifespan (5 minutes): write the file just before each run.
 */
public final class AnswerTargets {

    private AnswerTargets() {}

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        Path file = Path.of(args[1]);
        String app = args.length > 2 ? args[2] : "http://localhost:8080";
        String keycloak = args.length > 3 ? args[3] : "http://localhost:8180";
        StackApi api = StackApi.connect(app, keycloak);
        StackApi.Token admin = api.token(StackApi.ADMIN);
        StackApi.LoadTemplate template = api.publishLoadTemplate(admin);
        List<String> interviews = api.createInterviews(admin, template.id(), n, StackApi.INTERVIEWER);
        StackApi.Token interviewer = api.token(StackApi.INTERVIEWER);
        write(file, interviewer, template, interviews);
        System.out.printf(
                Locale.ROOT,
                "%d interviews of %s (%d questions) for %s; answers in %s%n",
                interviews.size(),
                template.key(),
                template.questions().size(),
                StackApi.INTERVIEWER,
                file);
    }

    /**
     * Interview by interview: the i-th request of a run goes to interview i mod N, so that N requests in flight
     * touch N different interviews (as N interviewers would), and each lap moves every interview on by one answer.
     */
    private static void write(Path file, StackApi.Token token, StackApi.LoadTemplate template, List<String> interviews)
            throws IOException {
        StringBuilder lua = new StringBuilder("return {\n  token = ")
                .append(quoted(token.value()))
                .append(",\n  interviews = ")
                .append(interviews.size())
                .append(",\n  answers = {\n");
        int steps = 0;
        for (StackApi.Question question : template.questions()) {
            steps = Math.max(steps, question.answers().size());
        }
        for (int step = 0; step < steps; step++) {
            for (StackApi.Question question : template.questions()) {
                String body = question.answers().get(step % question.answers().size());
                for (String interview : interviews) {
                    lua.append("    {")
                            .append(quoted("/api/v1/interviews/" + interview + "/answers/" + question.key()))
                            .append(", ")
                            .append(quoted(body))
                            .append("},\n");
                }
            }
        }
        lua.append("  }\n}\n");
        Files.writeString(file, lua, StandardCharsets.UTF_8);
    }

    /** A Lua string literal: the JSON bodies and paths here hold no control characters. */
    private static String quoted(String value) {
        return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
