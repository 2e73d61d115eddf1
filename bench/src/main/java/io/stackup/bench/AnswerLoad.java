package io.stackup.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * N concurrent interviewers answering through the API against a running local stack ({@code deploy/local/run.sh}):
 * each on a virtual thread, PUTting answers to its own interview's questions in order, wrapping around (every lap
 * alternates between two valid answers, so each PUT changes the stored answer). After a 5 s warm-up it records the
 * latency of every answer for the given seconds and prints answers per second, p50/p90/p99/max and the errors.
 *
 * <p>By default each interviewer sends the next answer as soon as the previous one is answered (a closed loop: the
 * machine's throughput, and a latency of about N / throughput). With {@code -Dpace=MS} each sends one answer every MS
 * milliseconds instead, at fixed times (an open loop, N × 1000 / MS answers a second offered, as people answering at
 * their own pace): the latency is counted from the time an answer was due, so an answer sent late because the previous
 * one was slow counts its wait too.
 *
 * <pre>java [-Dpace=MS] -cp bench/target/benchmarks.jar io.stackup.bench.AnswerLoad N [seconds=30]
 *     [app=http://localhost:8080] [keycloak=http://localhost:8180]</pre>
 *
 * All interviews are assigned to interviewer@demo.test (each is its own row); one interviewer token is shared and
 * renewed when it has less than 20 s left.
 */
public final class AnswerLoad {

    private static final Duration WARM_UP = Duration.ofSeconds(5);
    private static final int BODIES_SHOWN = 5;

    private AnswerLoad() {}

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        String app = args.length > 2 ? args[2] : "http://localhost:8080";
        String keycloak = args.length > 3 ? args[3] : "http://localhost:8180";
        long paceNanos = Duration.ofMillis(Long.getLong("pace", 0)).toNanos();

        // HTTP/1.1 opens one connection per request in flight; keep up to N of them open between requests.
        if (System.getProperty("jdk.httpclient.connectionPoolSize") == null) {
            System.setProperty("jdk.httpclient.connectionPoolSize", String.valueOf(n + 8));
        }
        StackApi api = StackApi.connect(app, keycloak);
        HttpClient http = api.http;

        long setupStarted = System.nanoTime();
        StackApi.Token admin = api.token(StackApi.ADMIN);
        StackApi.LoadTemplate template = api.publishLoadTemplate(admin);
        List<String> interviews = api.createInterviews(admin, template.id(), n, StackApi.INTERVIEWER);
        StackApi.RenewingToken interviewer = new StackApi.RenewingToken(api, StackApi.INTERVIEWER);
        System.out.printf(
                Locale.ROOT,
                "Setup: template %s (%s, %d questions), %d interviews for %s in %.1f s%n",
                template.key(),
                template.id(),
                template.questions().size(),
                interviews.size(),
                StackApi.INTERVIEWER,
                (System.nanoTime() - setupStarted) / 1e9);

        long start = System.nanoTime();
        long measureFrom = start + WARM_UP.toNanos();
        long deadline = measureFrom + Duration.ofSeconds(seconds).toNanos();
        long[][] latencies = new long[n][];
        int[] counts = new int[n];
        AtomicInteger warmUpAnswers = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        Map<String, AtomicInteger> errorKinds = new TreeMap<>();
        ConcurrentLinkedQueue<String> bodies = new ConcurrentLinkedQueue<>();
        long[] lastCompletion = new long[n];
        CountDownLatch done = new CountDownLatch(n);

        try (var workers = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int w = 0; w < n; w++) {
                int worker = w;
                String interview = interviews.get(w);
                workers.submit(() -> {
                    long[] mine = new long[4096];
                    int count = 0;
                    int step = worker; // start the interviewers at different questions
                    List<StackApi.Question> questions = template.questions();
                    // paced: the interviewers' due times spread over one pace, so they do not all send at once
                    long due = start + (paceNanos == 0 ? 0 : paceNanos * worker / n);
                    try {
                        while (true) {
                            long now = System.nanoTime();
                            if (now >= deadline) {
                                break;
                            }
                            if (paceNanos > 0 && due > now) {
                                Thread.sleep(Duration.ofNanos(due - now));
                            }
                            StackApi.Question question = questions.get(step % questions.size());
                            String answer = question.answers()
                                    .get((step / questions.size())
                                            % question.answers().size());
                            step++;
                            StackApi.Token token = interviewer.current();
                            HttpRequest request = HttpRequest.newBuilder(URI.create(
                                            api.app + "/api/v1/interviews/" + interview + "/answers/" + question.key()))
                                    .timeout(Duration.ofSeconds(60))
                                    .header("Authorization", "Bearer " + token.value())
                                    .header("Content-Type", "application/json")
                                    .PUT(HttpRequest.BodyPublishers.ofString(answer))
                                    .build();
                            long sent = paceNanos > 0 ? due : System.nanoTime();
                            due += paceNanos;
                            String failure = null;
                            try {
                                HttpResponse<String> response =
                                        http.send(request, HttpResponse.BodyHandlers.ofString());
                                if (response.statusCode() != 200) {
                                    failure = "HTTP " + response.statusCode();
                                    if (bodies.size() < BODIES_SHOWN) {
                                        bodies.add(failure + " " + question.key() + " " + answer + " -> "
                                                + abbreviate(response.body()));
                                    }
                                }
                            } catch (IOException e) {
                                failure = e.getClass().getSimpleName();
                                if (bodies.size() < BODIES_SHOWN) {
                                    bodies.add(failure + " " + question.key() + ": " + e.getMessage());
                                }
                            }
                            long received = System.nanoTime();
                            if (sent < measureFrom) {
                                warmUpAnswers.incrementAndGet();
                                continue;
                            }
                            if (failure != null) {
                                errors.incrementAndGet();
                                synchronized (errorKinds) {
                                    errorKinds
                                            .computeIfAbsent(failure, k -> new AtomicInteger())
                                            .incrementAndGet();
                                }
                                continue;
                            }
                            if (count == mine.length) {
                                mine = Arrays.copyOf(mine, count * 2);
                            }
                            mine[count++] = received - sent;
                            lastCompletion[worker] = received;
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    } finally {
                        latencies[worker] = mine;
                        counts[worker] = count;
                        done.countDown();
                    }
                    return null;
                });
            }
            done.await();
        }

        int total = Arrays.stream(counts).sum();
        long[] all = new long[total];
        int at = 0;
        for (int w = 0; w < n; w++) {
            System.arraycopy(latencies[w], 0, all, at, counts[w]);
            at += counts[w];
        }
        Arrays.sort(all);
        long end = Arrays.stream(lastCompletion).max().orElse(deadline);
        double measured = Math.max(end, deadline) - measureFrom;
        System.out.printf(
                Locale.ROOT,
                "N=%d%s  %ds after a %ds warm-up (%d answers in the warm-up)%n",
                n,
                paceNanos == 0
                        ? ""
                        : ", each every " + paceNanos / 1_000_000 + " ms (" + n * 1_000_000_000L / paceNanos
                                + " answers/s offered)",
                seconds,
                WARM_UP.toSeconds(),
                warmUpAnswers.get());
        System.out.printf(
                Locale.ROOT,
                "answers/s %.1f  (%d answers)  p50 %.1f ms  p90 %.1f ms  p99 %.1f ms  max %.1f ms  errors %d%n",
                total / (measured / 1e9),
                total,
                percentile(all, 50),
                percentile(all, 90),
                percentile(all, 99),
                all.length == 0 ? Double.NaN : all[all.length - 1] / 1e6,
                errors.get());
        if (!errorKinds.isEmpty()) {
            System.out.println("errors by kind: " + errorKinds);
        }
        for (String body : new ArrayList<>(bodies)) {
            System.out.println("  " + body);
        }
    }

    /** Nearest-rank percentile in milliseconds. */
    static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
    }

    private static String abbreviate(String body) {
        String flat = body.replaceAll("\\s+", " ");
        return flat.length() > 300 ? flat.substring(0, 300) + "…" : flat;
    }
}
