package io.stackup.bench;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

/**
 * Proves that an acknowledged answer survives a crash (ADR 0011). Starts its own stack ({@link FaultStack}: PostgreSQL
 * with its data in a folder of its own, Keycloak, an SMTP server, the application jar), lets writers answer through
 * the API ({@link AnswerWriters}), kills PostgreSQL's postmaster or the application with {@code SIGKILL} at a random
 * moment, restarts what it killed, waits until the application is ready, reads every answer back and prints, per crash
 * and in total, {@code acknowledged N, lost M}: an acknowledged write is lost when its question holds an older value
 * afterwards.
 *
 * <pre>java -cp bench/target/benchmarks.jar io.stackup.bench.FaultHarness [kind=both] [crashes=5] [writers=8]
 *     [questions=32]</pre>
 *
 * <ul>
 *   <li>{@code kind}: {@code postgres}, {@code app} or {@code both} (alternating); {@code crashes} is per kind.
 *       {@code instance} runs two application instances behind HAProxy ({@link FaultStack#startSecondInstanceBehindBalancer})
 *       and kills one while the writers go on through HAProxy for {@code -Dafter.kill=8} seconds, then prints how long
 *       the writers were without service, starts the killed one again and verifies.
 *   <li>{@code -Dunsafe=true} runs PostgreSQL with {@code synchronous_commit=off}, the embedded library's default
 *       before ADR 0011, to show that the harness sees what that loses.
 *   <li>{@code -Dapp.jar=platform-ui/target/stackup.jar}, {@code -Dwork=DIR} (default: a new temporary folder; its
 *       {@code postgres/} is deleted at the end unless {@code -Dkeep=true}, {@code app.log} stays),
 *       {@code -Dseed=N} for the random moments, {@code -Dkill.after=2..8} (seconds of writing before a crash),
 *       {@code -Doutage=3} (seconds PostgreSQL stays down), {@code -Dmax.minutes=45} (stops after the crash that
 *       passes it).
 * </ul>
 *
 * <p>While PostgreSQL is down the application must stay up, its readiness must turn DOWN, and it must turn UP again
 * when PostgreSQL is back, without a restart: the harness prints how long each took, and stops with an error if the
 * application is not ready two minutes after PostgreSQL returned. Only localhost is contacted; every process it started
 * is stopped at the end, also on Ctrl-C.
 */
public final class FaultHarness {

    private static final Duration READINESS_DOWN_WAIT = Duration.ofSeconds(30);
    private static final Duration READINESS_UP_WAIT = Duration.ofMinutes(2);
    /** How long the writers go on through the surviving instance after one is killed ({@code -Dafter.kill}). */
    private static final Duration AFTER_INSTANCE_KILL =
            Duration.ofMillis((long) (Double.parseDouble(System.getProperty("after.kill", "8")) * 1000));

    private enum Kind {
        POSTGRES,
        APP,
        /** One of two instances behind HAProxy, while the writers go on through the other. */
        INSTANCE;

        String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Totals of one kind of crash. */
    private static final class Totals {
        int crashes;
        long acknowledged;
        long lost;
        long unacknowledged;
        long unacknowledgedKept;
        long impossible;

        void add(AnswerWriters.Round round) {
            crashes++;
            acknowledged += round.acknowledged();
            lost += round.lost();
            unacknowledged += round.unacknowledged();
            unacknowledgedKept += round.unacknowledgedKept();
            impossible += round.impossible();
        }
    }

    private FaultHarness() {}

    public static void main(String[] args) throws Exception {
        String kindArg = args.length > 0 ? args[0] : "both";
        int crashes = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int writers = args.length > 2 ? Integer.parseInt(args[2]) : 8;
        int questions = args.length > 3 ? Integer.parseInt(args[3]) : 32;
        List<Kind> plan = plan(kindArg, crashes);

        boolean unsafe = Boolean.getBoolean("unsafe");
        Path appJar = Path.of(System.getProperty("app.jar", "platform-ui/target/stackup.jar"));
        String workProperty = System.getProperty("work");
        Path work = workProperty == null
                ? Files.createTempDirectory("stackup-fault-harness-")
                : Files.createDirectories(Path.of(workProperty));
        long seed = Long.getLong("seed", System.nanoTime());
        Random random = new Random(seed);
        String[] killAfter = System.getProperty("kill.after", "2..8").split("\\.\\.");
        double killAfterMin = Double.parseDouble(killAfter[0]);
        double killAfterMax = Double.parseDouble(killAfter[1]);
        Duration outage = Duration.ofMillis((long) (Double.parseDouble(System.getProperty("outage", "3")) * 1000));
        long stopAfter = System.nanoTime()
                + Duration.ofMinutes(Long.getLong("max.minutes", 45)).toNanos();

        System.out.printf(
                Locale.ROOT,
                "Fault harness: %s, %d crash(es) of each kind, %d writers, %d questions%s; seed %d; work in %s%n",
                kindArg,
                crashes,
                writers,
                questions,
                unsafe ? ", UNSAFE (synchronous_commit=off)" : "",
                seed,
                work);

        long setupStarted = System.nanoTime();
        FaultStack stack = FaultStack.start(work, appJar, unsafe);
        if (plan.contains(Kind.INSTANCE)) {
            stack.startSecondInstanceBehindBalancer(work);
        }
        AtomicBoolean closed = new AtomicBoolean();
        Runnable closeStack = () -> {
            if (closed.compareAndSet(false, true)) {
                stack.close();
            }
        };
        Thread hook = new Thread(closeStack, "stop-fault-stack");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            System.out.printf(
                    Locale.ROOT,
                    "Stack up in %.0f s: app %s (log %s), Keycloak %s; the app's database session: %s%n",
                    (System.nanoTime() - setupStarted) / 1e9,
                    stack.serviceUrl().equals(stack.appUrl())
                            ? stack.appUrl()
                            : stack.serviceUrl() + " (HAProxy; the instance killed: " + stack.appUrl() + ")",
                    stack.appLog(),
                    stack.keycloakUrl(),
                    stack.durabilitySettings());
            HttpClient http = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5))
                    .executor(Executors.newVirtualThreadPerTaskExecutor())
                    .build();
            StackApi api = new StackApi(http, stack.serviceUrl(), stack.keycloakUrl());
            AnswerWriters answers = setUp(api, questions, writers);

            Totals postgres = new Totals();
            Totals app = new Totals();
            Totals instance = new Totals();
            for (int i = 0; i < plan.size(); i++) {
                if (System.nanoTime() > stopAfter) {
                    System.out.println("Stopping early: past -Dmax.minutes");
                    break;
                }
                Kind kind = plan.get(i);
                double writeSeconds = killAfterMin + random.nextDouble() * (killAfterMax - killAfterMin);
                AnswerWriters.Round round = crash(stack, answers, kind, writeSeconds, outage, i + 1, plan.size());
                (kind == Kind.POSTGRES ? postgres : kind == Kind.APP ? app : instance).add(round);
            }
            System.out.println();
            report("postgres", postgres);
            report("app", app);
            report("instance", instance);
            Totals all = new Totals();
            for (Totals kind : List.of(postgres, app, instance)) {
                all.crashes += kind.crashes;
                all.acknowledged += kind.acknowledged;
                all.lost += kind.lost;
                all.unacknowledged += kind.unacknowledged;
                all.unacknowledgedKept += kind.unacknowledgedKept;
                all.impossible += kind.impossible;
            }
            report("total", all);
        } finally {
            closeStack.run();
            Runtime.getRuntime().removeShutdownHook(hook);
            if (!Boolean.getBoolean("keep")) {
                deleteRecursively(work.resolve("postgres"));
            }
        }
    }

    private static List<Kind> plan(String kind, int crashes) {
        List<Kind> plan = new ArrayList<>();
        for (int i = 0; i < crashes; i++) {
            switch (kind) {
                case "postgres" -> plan.add(Kind.POSTGRES);
                case "app" -> plan.add(Kind.APP);
                case "instance" -> plan.add(Kind.INSTANCE);
                case "both" -> {
                    plan.add(Kind.POSTGRES);
                    plan.add(Kind.APP);
                }
                default -> throw new IllegalArgumentException("kind is postgres, app, both or instance, not " + kind);
            }
        }
        return plan;
    }

    /** Publishes the starter, creates one interview per question slot and finds its text question. */
    private static AnswerWriters setUp(StackApi api, int questions, int writers) throws Exception {
        StackApi.Token admin = api.token(StackApi.ADMIN);
        StackApi.LoadTemplate template = api.publishLoadTemplate(admin);
        String textQuestion = template.questions().stream()
                .filter(q -> q.type().equals("text"))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("The starter has no text question"))
                .key();
        List<String> interviews = api.createInterviews(admin, template.id(), questions, StackApi.INTERVIEWER);
        System.out.printf(
                "Setup: template %s, %d interviews for %s; each writer owns %d of them and writes their question '%s'%n",
                template.key(),
                interviews.size(),
                StackApi.INTERVIEWER,
                Math.ceilDiv(questions, writers),
                textQuestion);
        return new AnswerWriters(
                api, new StackApi.RenewingToken(api, StackApi.INTERVIEWER), textQuestion, interviews, writers);
    }

    private static AnswerWriters.Round crash(
            FaultStack stack,
            AnswerWriters answers,
            Kind kind,
            double writeSeconds,
            Duration outage,
            int number,
            int of)
            throws InterruptedException {
        answers.start();
        Thread.sleep(Duration.ofMillis((long) (writeSeconds * 1000)));
        String recovery;
        long crashedAt;
        if (kind == Kind.POSTGRES) {
            FaultStack.KilledPostgres killed = stack.killPostgres();
            long killedAt = System.nanoTime();
            System.out.println("  postgres killed at " + java.time.Instant.now());
            crashedAt = killedAt;
            answers.requestStop();
            killed.awaitGone();
            double goneAfter = (System.nanoTime() - killedAt) / 1e9;
            String down = awaitReadiness(stack, false, READINESS_DOWN_WAIT, killedAt);
            long downUntil = killedAt + outage.toNanos();
            Thread.sleep(Duration.ofNanos(Math.max(0, downUntil - System.nanoTime())));
            stack.restartPostgres();
            long backAt = System.nanoTime();
            if (!stack.app().isAlive()) {
                throw new IllegalStateException("The application exited while PostgreSQL was down");
            }
            String up = awaitReadiness(stack, true, READINESS_UP_WAIT, backAt);
            if (up == null) {
                throw new IllegalStateException("The application was not ready " + READINESS_UP_WAIT.toSeconds()
                        + " s after PostgreSQL returned; its log: " + stack.appLog());
            }
            recovery = String.format(
                    Locale.ROOT,
                    "%d processes gone %.1f s after the kill; readiness %s after the kill, UP %s after PostgreSQL"
                            + " returned (app not restarted)",
                    killed.processes(),
                    goneAfter,
                    down == null ? "never DOWN within " + READINESS_DOWN_WAIT.toSeconds() + " s" : "DOWN " + down,
                    up);
        } else if (kind == Kind.INSTANCE) {
            crashedAt = System.nanoTime();
            stack.killApp();
            // The writers go on through HAProxy: it takes the dead instance out and sends them to the other.
            Thread.sleep(AFTER_INSTANCE_KILL);
            answers.requestStop();
            answers.awaitStopped();
            AnswerWriters.Gap gap = answers.gap(crashedAt);
            long restartAt = System.nanoTime();
            stack.startApp();
            recovery = String.format(
                    Locale.ROOT,
                    "writers without service: longest %.2f s, median %.2f s (last acknowledgement before the kill to"
                            + " the first after, through the other instance)%s; the killed instance back behind"
                            + " HAProxy in %.1f s",
                    gap.longest(),
                    gap.median(),
                    gap.neverServedAgain() == 0
                            ? ""
                            : ", " + gap.neverServedAgain() + " writer(s) NEVER SERVED AGAIN within "
                                    + AFTER_INSTANCE_KILL.toSeconds() + " s",
                    (System.nanoTime() - restartAt) / 1e9);
        } else {
            crashedAt = System.nanoTime();
            stack.killApp();
            answers.requestStop();
            long restartAt = System.nanoTime();
            stack.startApp();
            recovery = String.format(
                    Locale.ROOT, "app restarted and ready in %.1f s", (System.nanoTime() - restartAt) / 1e9);
        }
        answers.awaitStopped();
        AnswerWriters.Round round = answers.verify(crashedAt);
        System.out.printf(
                Locale.ROOT,
                "crash %d/%d %-8s after %.1f s of writing: acknowledged %d, lost %d (%d of %d questions behind); "
                        + "unacknowledged %d (%d kept) %s%s; %s%n",
                number,
                of,
                kind.label(),
                writeSeconds,
                round.acknowledged(),
                round.lost(),
                round.slotsBehind(),
                answers.slotCount(),
                round.unacknowledged(),
                round.unacknowledgedKept(),
                round.failures(),
                round.impossible() == 0 ? "" : "; NEVER WRITTEN values found: " + round.impossible(),
                recovery);
        round.details().forEach(detail -> System.out.println("  " + detail));
        return round;
    }

    /**
     * Polls readiness until it is (or is no longer) 200; returns how long that took since {@code from}, with the
     * status seen, or null if it did not happen within {@code wait}.
     */
    private static String awaitReadiness(FaultStack stack, boolean up, Duration wait, long from)
            throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        while (System.nanoTime() < deadline) {
            int status = stack.app().readinessStatus();
            if ((status == 200) == up) {
                return String.format(
                        Locale.ROOT,
                        "%.1f s (%s)",
                        (System.nanoTime() - from) / 1e9,
                        status == 0 ? "no answer" : "HTTP " + status);
            }
            Thread.sleep(250);
        }
        return null;
    }

    private static void report(String label, Totals totals) {
        if (totals.crashes == 0) {
            return;
        }
        System.out.printf(
                Locale.ROOT,
                "%-8s %d crash(es): acknowledged %d, lost %d; unacknowledged %d (%d kept)%s%n",
                label,
                totals.crashes,
                totals.acknowledged,
                totals.lost,
                totals.unacknowledged,
                totals.unacknowledgedKept,
                totals.impossible == 0 ? "" : "; NEVER WRITTEN values: " + totals.impossible);
    }

    private static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
