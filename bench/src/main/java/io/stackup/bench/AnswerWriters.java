package io.stackup.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Writers that answer one text question of many interviews through the API, and the ledger of what was acknowledged.
 *
 * <p>Each interview's answer (a "slot") belongs to exactly one writer, so its writes are ordered: writer {@code w}
 * writes {@code "w<w>-<seq>"} with its own increasing {@code seq}, and the last write answered with 200 is the value
 * the slot must hold after any crash. A write that got an error, a timeout or no answer at all is unacknowledged: it
 * may or may not have been stored, and is counted apart.
 */
final class AnswerWriters {

    private static final Pattern VALUE = Pattern.compile("w(\\d+)-(\\d+)");
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration PAUSE_AFTER_FAILURE = Duration.ofMillis(100);

    /** What one slot has seen; written only by its writer while it runs, read by the harness after it stopped. */
    private static final class Slot {
        final String interview;
        int lastAcknowledged;
        int lastAttempted;
        int[] acknowledgedThisRound = new int[64];
        long[] acknowledgedAt = new long[64];
        int acknowledgedCount;

        Slot(String interview) {
            this.interview = interview;
        }

        void acknowledged(int seq) {
            lastAcknowledged = seq;
            if (acknowledgedCount == acknowledgedThisRound.length) {
                acknowledgedThisRound = Arrays.copyOf(acknowledgedThisRound, acknowledgedCount * 2);
                acknowledgedAt = Arrays.copyOf(acknowledgedAt, acknowledgedCount * 2);
            }
            acknowledgedAt[acknowledgedCount] = System.nanoTime();
            acknowledgedThisRound[acknowledgedCount++] = seq;
        }
    }

    /**
     * What the read-back found after one crash.
     *
     * @param acknowledged writes answered with 200 in this round
     * @param unacknowledged writes answered otherwise or not at all
     * @param lost acknowledged writes of this round whose value is no longer there: the slot holds an older one
     * @param slotsBehind slots holding something older than their last acknowledged value
     * @param unacknowledgedKept slots holding the value of a write that was never acknowledged
     * @param impossible slots holding a value that was never written (must be 0)
     * @param failures the unacknowledged writes by kind
     * @param details each lost write: its slot, value and when it was acknowledged relative to the crash; then the
     *     first body of each kind of refusal
     */
    record Round(
            int acknowledged,
            int unacknowledged,
            int lost,
            int slotsBehind,
            int unacknowledgedKept,
            int impossible,
            Map<String, Integer> failures,
            List<String> details) {}

    private final StackApi api;
    private final StackApi.RenewingToken token;
    private final String questionKey;
    private final List<Slot> slots;
    private final int[] nextSeq;
    private final LongAdder acknowledged = new LongAdder();
    private final LongAdder unacknowledged = new LongAdder();
    private final Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();
    private final Map<String, String> firstBodies = new ConcurrentHashMap<>();
    private volatile boolean stopping;
    private List<Thread> threads = List.of();

    AnswerWriters(
            StackApi api, StackApi.RenewingToken token, String questionKey, List<String> interviews, int writers) {
        if (writers < 1 || writers > interviews.size()) {
            throw new IllegalArgumentException("Need between 1 and " + interviews.size() + " writers, got " + writers);
        }
        this.api = api;
        this.token = token;
        this.questionKey = questionKey;
        this.slots = interviews.stream().map(Slot::new).toList();
        this.nextSeq = new int[writers];
    }

    int slotCount() {
        return slots.size();
    }

    /** Starts the writers; each cycles through its slots (slot {@code i} belongs to writer {@code i % writers}). */
    void start() {
        stopping = false;
        acknowledged.reset();
        unacknowledged.reset();
        failures.clear();
        firstBodies.clear();
        List<Thread> started = new ArrayList<>();
        for (int w = 0; w < nextSeq.length; w++) {
            int writer = w;
            List<Slot> mine = new ArrayList<>();
            for (int i = writer; i < slots.size(); i += nextSeq.length) {
                mine.add(slots.get(i));
            }
            started.add(Thread.ofPlatform().name("writer-" + writer).start(() -> write(writer, mine)));
        }
        threads = started;
    }

    /** Tells every writer to stop after the write it has in flight; {@link #awaitStopped} waits for them. */
    void requestStop() {
        stopping = true;
    }

    /** Waits until every writer has finished its last write (at most the request timeout and 10 s). */
    void awaitStopped() throws InterruptedException {
        stopping = true;
        long deadline = System.nanoTime() + REQUEST_TIMEOUT.plusSeconds(10).toNanos();
        for (Thread thread : threads) {
            long left = deadline - System.nanoTime();
            if (left <= 0 || !thread.join(Duration.ofNanos(left))) {
                throw new IllegalStateException(thread.getName() + " did not stop");
            }
        }
    }

    private void write(int writer, List<Slot> mine) {
        try {
            while (!stopping) {
                for (Slot slot : mine) {
                    if (stopping) {
                        return;
                    }
                    int seq = ++nextSeq[writer];
                    slot.lastAttempted = seq;
                    String failure = put(slot.interview, "w" + writer + "-" + seq);
                    if (failure == null) {
                        acknowledged.increment();
                        slot.acknowledged(seq);
                    } else {
                        unacknowledged.increment();
                        failures.computeIfAbsent(failure, k -> new AtomicInteger())
                                .incrementAndGet();
                        Thread.sleep(PAUSE_AFTER_FAILURE);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One PUT; null when acknowledged (200), else what went wrong. */
    private String put(String interview, String value) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(api.app + "/api/v1/interviews/" + interview + "/answers/" + questionKey))
                .timeout(REQUEST_TIMEOUT)
                .header("Authorization", "Bearer " + token.current().value())
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(
                        StackApi.JSON.createObjectNode().put("text", value).toString()))
                .build();
        try {
            HttpResponse<String> response = api.http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200) {
                return null;
            }
            String kind = "HTTP " + response.statusCode();
            String body = response.body().replaceAll("\\s+", " ");
            firstBodies.putIfAbsent(kind, body.length() > 200 ? body.substring(0, 200) + "…" : body);
            return kind;
        } catch (IOException e) {
            return e.getClass().getSimpleName();
        } catch (RuntimeException e) {
            // e.g. no token while Keycloak is slow: the write was not sent, so it is not acknowledged either
            return e.getClass().getSimpleName();
        }
    }

    /**
     * How long the writers were without service around {@code mark} (a kill): per writer, from its last acknowledged
     * write before the mark to its first after it, in seconds.
     *
     * @param longest the longest of the writers' gaps
     * @param median their median
     * @param neverServedAgain writers with no acknowledged write after the mark (their gap runs until now)
     */
    record Gap(double longest, double median, int neverServedAgain) {}

    /** The writers' {@link Gap} around {@code mark} ({@link System#nanoTime()}); call before {@link #verify}. */
    Gap gap(long mark) {
        int writers = nextSeq.length;
        double[] gaps = new double[writers];
        int neverServedAgain = 0;
        long now = System.nanoTime();
        for (int w = 0; w < writers; w++) {
            long before = Long.MIN_VALUE;
            long after = Long.MAX_VALUE;
            for (int i = w; i < slots.size(); i += writers) {
                Slot slot = slots.get(i);
                for (int a = 0; a < slot.acknowledgedCount; a++) {
                    long at = slot.acknowledgedAt[a];
                    if (at <= mark) {
                        before = Math.max(before, at);
                    } else {
                        after = Math.min(after, at);
                    }
                }
            }
            if (before == Long.MIN_VALUE) {
                before = mark;
            }
            if (after == Long.MAX_VALUE) {
                after = now;
                neverServedAgain++;
            }
            gaps[w] = (after - before) / 1e9;
        }
        Arrays.sort(gaps);
        return new Gap(gaps[writers - 1], gaps[writers / 2], neverServedAgain);
    }

    /**
     * Reads every slot back through the API and compares it with the ledger; then starts a new round of the ledger.
     *
     * @param crashedAt when the crash was caused ({@link System#nanoTime()}), to place lost writes in time
     */
    Round verify(long crashedAt) {
        List<String> details = new ArrayList<>();
        int lost = 0;
        int behind = 0;
        int kept = 0;
        int impossible = 0;
        for (Slot slot : slots) {
            int stored = stored(slot.interview);
            for (int i = 0; i < slot.acknowledgedCount; i++) {
                if (slot.acknowledgedThisRound[i] > stored) {
                    lost++;
                    details.add(String.format(
                            java.util.Locale.ROOT,
                            "interview %s holds #%d (written %s), lost #%d acknowledged %+d ms from the crash",
                            slot.interview,
                            stored,
                            storedAt.get(slot.interview),
                            slot.acknowledgedThisRound[i],
                            (slot.acknowledgedAt[i] - crashedAt) / 1_000_000));
                }
            }
            if (stored < slot.lastAcknowledged) {
                behind++;
            } else if (stored > slot.lastAttempted) {
                impossible++;
            } else if (stored > slot.lastAcknowledged) {
                kept++;
            }
            slot.acknowledgedCount = 0;
        }
        Map<String, Integer> byKind = new TreeMap<>();
        failures.forEach((kind, count) -> byKind.put(kind, count.get()));
        firstBodies.forEach((kind, body) -> details.add("first " + kind + ": " + body));
        return new Round(
                acknowledged.intValue(), unacknowledged.intValue(), lost, behind, kept, impossible, byKind, details);
    }

    /** When the stored value was written, as the API reports it, for the details of a lost write. */
    private final Map<String, String> storedAt = new ConcurrentHashMap<>();

    /** The seq of the stored value, 0 when there is none. */
    private int stored(String interview) {
        JsonNode detail = api.interview(token.current(), interview);
        for (JsonNode answer : detail.get("answers")) {
            if (questionKey.equals(answer.get("question").asString())) {
                Matcher matcher = VALUE.matcher(answer.get("answer").get("text").asString());
                if (!matcher.matches()) {
                    throw new IllegalStateException(
                            "Interview " + interview + " holds a value no writer wrote: " + answer.get("answer"));
                }
                storedAt.put(interview, answer.get("answeredAt").asString());
                return Integer.parseInt(matcher.group(2));
            }
        }
        return 0;
    }
}
