package io.stackup.bench;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * N interview screens in conversation mode answering at once, the way the browser does: one headless Chromium signed
 * in as interviewer@demo.test, one tab per interview at {@code /interviews/{id}/run}, and in each tab a loop that
 * gives the screen's own server end ({@code AnswerSync.answer}, the {@code @ClientCallable} that conversation.js
 * calls for every answer) one valid answer after another, each as soon as the previous one's round trip ended. The
 * figures are the server's: the count and the p50/p99 of {@code stackup_conversation_answer_seconds} (the handler's
 * own time, a Micrometer timer) on {@code /actuator/prometheus} before and after, and the app's CPU time per answer
 * from {@code /proc}. The tabs' own cost (Chromium on the same two cores) is reported beside it: its CPU time over
 * the run, which is why the throughput here is the browser's, not the server's, limit.
 *
 * <pre>java -cp bench/target/benchmarks.jar io.stackup.bench.ConversationLoad N [seconds=30]</pre>
 *
 * Against a running local stack; the operator's token reads the metrics. Same system properties as
 * {@link ScreenMemory} for the app, Keycloak, Chromium and chromedriver.
 */
public final class ConversationLoad {

    private static final Pattern QUANTILE =
            Pattern.compile("^stackup_conversation_answer_seconds\\{[^}]*quantile=\"([0-9.]+)\"[^}]*} ([0-9.Ee+-]+)$");
    private static final Pattern COUNT =
            Pattern.compile("^stackup_conversation_answer_seconds_count(?:\\{[^}]*})? ([0-9.Ee+-]+)$");

    /** USER_HZ: /proc reports CPU time in these ticks on Linux ({@code getconf CLK_TCK}). */
    private static final int TICKS_PER_SECOND = 100;

    private ConversationLoad() {}

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        String app = System.getProperty("app", "http://localhost:8080");
        String keycloak = System.getProperty("keycloak", "http://localhost:8180");
        long pid = ScreenMemory.appPid(Integer.parseInt(app.replaceAll(".*:(\\d+).*", "$1")));

        StackApi api = StackApi.connect(app, keycloak);
        StackApi.Token admin = api.token(StackApi.ADMIN);
        StackApi.LoadTemplate template = api.publishLoadTemplate(admin);
        List<String> interviews = api.createInterviews(admin, template.id(), n, StackApi.INTERVIEWER);
        List<List<String>> answers = new ArrayList<>();
        for (int lap = 0; lap < 2; lap++) {
            for (StackApi.Question question : template.questions()) {
                answers.add(List.of(
                        question.key(),
                        question.answers().get(lap % question.answers().size())));
            }
        }

        Path profile = Files.createTempDirectory("stackup-bench-chromium-");
        ChromeDriver driver = ScreenMemory.chromium(profile);
        try {
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(120));
            ScreenMemory.login(driver, wait, app);
            long opening = System.nanoTime();
            List<String> tabs = new ArrayList<>();
            for (String interview : interviews) {
                driver.switchTo().newWindow(WindowType.TAB);
                driver.get(app + "/interviews/" + interview + "/run");
                wait.until(ExpectedConditions.presenceOfElementLocated(By.id("conversation-body")));
                tabs.add(driver.getWindowHandle());
            }
            System.out.printf(
                    Locale.ROOT,
                    "%d screens open in %.1f s (%d questions, %d answers cycled per screen)%n",
                    n,
                    (System.nanoTime() - opening) / 1e9,
                    template.questions().size(),
                    answers.size());

            StackApi.Token operator = api.token("operator@stackup.test");
            Map<String, Double> before = metrics(api, operator);
            long appCpu = ScreenMemory.cpuTicks(pid);
            long browserCpu = chromiumTicks();
            long started = System.nanoTime();
            long until = System.currentTimeMillis() + seconds * 1000L;
            for (int i = 0; i < tabs.size(); i++) {
                driver.switchTo().window(tabs.get(i));
                driver.executeScript("""
                        const root = document.getElementById('conversation-body');
                        const answers = arguments[0];
                        const until = arguments[1];
                        window.stackupLoad = {done: 0, errors: 0, finished: false};
                        (async () => {
                          let i = arguments[2];
                          while (Date.now() < until) {
                            const a = answers[i++ % answers.length];
                            try {
                              await root.$server.answer(a[0], a[1]);
                              window.stackupLoad.done++;
                            } catch (e) {
                              window.stackupLoad.errors++;
                            }
                          }
                          window.stackupLoad.finished = true;
                        })();
                        """, answers, until, i);
            }
            long done = 0;
            long errors = 0;
            Thread.sleep(Math.max(0, until - System.currentTimeMillis()) + 2000);
            for (String tab : tabs) {
                driver.switchTo().window(tab);
                @SuppressWarnings("unchecked")
                Map<String, Object> load = (Map<String, Object>) driver.executeScript("return window.stackupLoad;");
                done += ((Number) load.get("done")).longValue();
                errors += ((Number) load.get("errors")).longValue();
            }
            double elapsed = (System.nanoTime() - started) / 1e9;
            long appTicks = ScreenMemory.cpuTicks(pid) - appCpu;
            long browserTicks = chromiumTicks() - browserCpu;
            Map<String, Double> after = metrics(api, operator);
            double answered = after.getOrDefault("count", 0.0) - before.getOrDefault("count", 0.0);
            double tick = 1000.0 / TICKS_PER_SECOND;
            System.out.printf(
                    Locale.ROOT,
                    "N %d: %.0f answers in %.1f s = %.1f answers/s (browser counted %d, %d errors); server time"
                            + " p50 %.1f ms, p99 %.1f ms; app CPU %.2f ms per answer; Chromium CPU %.2f ms per answer%n",
                    n,
                    answered,
                    elapsed,
                    answered / elapsed,
                    done,
                    errors,
                    after.getOrDefault("0.5", Double.NaN) * 1000,
                    after.getOrDefault("0.99", Double.NaN) * 1000,
                    appTicks * tick / answered,
                    browserTicks * tick / answered);
        } finally {
            driver.quit();
        }
    }

    /** The timer's count and its p50/p99 (keys "count", "0.5", "0.99"). */
    private static Map<String, Double> metrics(StackApi api, StackApi.Token operator) {
        HttpResponse<String> response = api.get(operator, "/actuator/prometheus");
        if (response.statusCode() != 200) {
            throw new IllegalStateException("/actuator/prometheus answered " + response.statusCode());
        }
        Map<String, Double> values = new HashMap<>();
        for (String line : response.body().lines().toList()) {
            Matcher quantile = QUANTILE.matcher(line);
            if (quantile.matches()) {
                values.put(quantile.group(1), Double.parseDouble(quantile.group(2)));
            }
            Matcher count = COUNT.matcher(line);
            if (count.matches()) {
                values.put("count", Double.parseDouble(count.group(1)));
            }
        }
        return values;
    }

    /** CPU time of every Chromium process (comm "chromium" or "chrome"), in clock ticks. */
    private static long chromiumTicks() throws IOException {
        long ticks = 0;
        try (var procs = Files.list(Path.of("/proc"))) {
            for (Path proc : procs.filter(p -> p.getFileName().toString().matches("\\d+"))
                    .toList()) {
                try {
                    String comm = Files.readString(proc.resolve("comm")).strip();
                    if (comm.startsWith("chrom")) {
                        ticks += ScreenMemory.cpuTicks(
                                Long.parseLong(proc.getFileName().toString()));
                    }
                } catch (IOException | RuntimeException gone) {
                    // the process ended meanwhile
                }
            }
        }
        return ticks;
    }
}
