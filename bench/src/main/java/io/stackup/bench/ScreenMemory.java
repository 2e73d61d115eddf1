package io.stackup.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The server heap one open interview screen ({@code /interviews/{id}/run}) costs: logs in once as
 * interviewer@demo.test in a headless Chromium, opens each interview's screen in its own tab and measures the app
 * JVM's live heap after full GCs with jcmd, with 0 screens open (baseline, after login) and then with each count.
 *
 * <pre>java -cp bench/target/benchmarks.jar io.stackup.bench.ScreenMemory [counts=20 40]</pre>
 *
 * System properties: {@code app} / {@code keycloak} (base URLs, default localhost 8080 / 8180), {@code pid} (the app
 * JVM; found by the process listening on the app's port otherwise), {@code histograms} (a directory to keep each
 * class histogram in, default {@code target/screen-memory}), {@code stackup.chromium} and {@code
 * stackup.chromedriver}, {@code dump} (a file to write a heap dump to while the most screens are open) and {@code
 * idle} (seconds to leave the most screens open untouched, printing the app's CPU time meanwhile).
 */
public final class ScreenMemory {

    private static final Pattern USED = Pattern.compile("used (\\d+)K");
    private static final Pattern HISTOGRAM_LINE =
            Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)(?:\\s+\\(.*\\))?\\s*$");
    private static final Pattern TOTAL = Pattern.compile("^Total\\s+(\\d+)\\s+(\\d+)\\s*$");

    /** Classes whose instance counts tell how many UIs, views and sessions the server holds. */
    private static final List<String> WATCHED = List.of(
            "io.stackup.ui.interview.conversation.ConversationView",
            "com.vaadin.flow.component.UI",
            "com.vaadin.flow.server.VaadinSession",
            "com.vaadin.flow.spring.SpringVaadinSession");

    private ScreenMemory() {}

    /** One measurement: heap used after GC (heap_info), the histogram's total and its classes. */
    record Heap(long usedBytes, long histogramBytes, Map<String, long[]> classes) {}

    public static void main(String[] args) throws Exception {
        int[] counts = args.length == 0
                ? new int[] {20, 40}
                : Arrays.stream(args).mapToInt(Integer::parseInt).sorted().toArray();
        String app = System.getProperty("app", "http://localhost:8080");
        String keycloak = System.getProperty("keycloak", "http://localhost:8180");
        Path histograms = Path.of(System.getProperty("histograms", "target/screen-memory"));
        // -Dpage=/my-interviews measures another page instead, e.g. to compare with a UI of the main layout alone
        String page = System.getProperty("page");
        Files.createDirectories(histograms);
        long pid = Long.getLong("pid", -1L);
        if (pid < 0) {
            pid = appPid(Integer.parseInt(app.replaceAll(".*:(\\d+).*", "$1")));
        }
        System.out.println("App JVM: pid " + pid + " "
                + jcmd(pid, "VM.command_line")
                        .lines()
                        .filter(l -> l.startsWith("java_command"))
                        .findFirst()
                        .orElse(""));

        StackApi api = StackApi.connect(app, keycloak);
        StackApi.Token admin = api.token(StackApi.ADMIN);
        StackApi.LoadTemplate template = api.publishLoadTemplate(admin);
        List<String> interviews =
                api.createInterviews(admin, template.id(), counts[counts.length - 1], StackApi.INTERVIEWER);
        System.out.printf(
                Locale.ROOT,
                "Setup: template %s (%d questions), %d interviews%n",
                template.key(),
                template.questions().size(),
                interviews.size());

        Path profile = Files.createTempDirectory("stackup-bench-chromium-");
        ChromeDriver driver = chromium(profile);
        try {
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(120));
            login(driver, wait, app);
            Thread.sleep(3000); // let the landing view finish loading before leaving it
            driver.get("about:blank");
            Thread.sleep(2000);
            Heap baseline = measure(pid, histograms.resolve("histogram-0.txt"));
            print(0, baseline, baseline);
            Heap last = baseline;
            int open = 0;
            for (int count : counts) {
                long started = System.nanoTime();
                while (open < count) {
                    driver.switchTo().newWindow(WindowType.TAB);
                    if (page == null) {
                        driver.get(app + "/interviews/" + interviews.get(open) + "/run");
                        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("conversation-body")));
                    } else {
                        driver.get(app + page);
                        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("main-menu")));
                    }
                    open++;
                }
                System.out.printf(
                        Locale.ROOT,
                        "Opened %d screens (%d tabs) in %.1f s%n",
                        count,
                        driver.getWindowHandles().size(),
                        (System.nanoTime() - started) / 1e9);
                Thread.sleep(2000);
                Heap heap = measure(pid, histograms.resolve("histogram-" + count + ".txt"));
                print(count, heap, baseline);
                if (last != baseline) {
                    int previous = counts[Arrays.binarySearch(counts, count) - 1];
                    System.out.printf(
                            Locale.ROOT,
                            "  marginal %d -> %d screens: %.1f KB a screen (histogram)%n",
                            previous,
                            count,
                            (heap.histogramBytes() - last.histogramBytes()) / 1024.0 / (count - previous));
                }
                last = heap;
            }
            growers(baseline, last, 25, counts[counts.length - 1]);
            String dump = System.getProperty("dump");
            if (dump != null) { // a heap dump with every screen still open, to find what holds the growers
                System.out.println(jcmd(pid, "GC.heap_dump " + Path.of(dump).toAbsolutePath()));
            }
            long idle = Long.getLong("idle", 0L);
            if (idle > 0) { // what the open screens cost the app's CPU while nobody touches them (polls, heartbeats)
                idleCpu(pid, idle, counts[counts.length - 1]);
            }
            System.out.println("Histograms kept in " + histograms.toAbsolutePath());
        } finally {
            driver.quit();
            try (var files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a leftover temporary profile is harmless
            }
        }
    }

    private static void print(int screens, Heap heap, Heap baseline) {
        StringBuilder watched = new StringBuilder();
        for (String type : WATCHED) {
            long[] entry = heap.classes().get(type);
            if (entry != null) {
                watched.append(' ')
                        .append(type.substring(type.lastIndexOf('.') + 1))
                        .append('=')
                        .append(entry[0]);
            }
        }
        if (screens == 0) {
            System.out.printf(
                    Locale.ROOT,
                    "screens  0: used after GC %,d KB, live (histogram) %,d KB;%s%n",
                    heap.usedBytes() / 1024,
                    heap.histogramBytes() / 1024,
                    watched);
            return;
        }
        System.out.printf(
                Locale.ROOT,
                "screens %2d: used after GC %,d KB (+%.1f KB a screen), live (histogram) %,d KB (+%.1f KB a screen);%s%n",
                screens,
                heap.usedBytes() / 1024,
                (heap.usedBytes() - baseline.usedBytes()) / 1024.0 / screens,
                heap.histogramBytes() / 1024,
                (heap.histogramBytes() - baseline.histogramBytes()) / 1024.0 / screens,
                watched);
    }

    /** The classes that grew most in bytes between the two histograms. */
    private static void growers(Heap from, Heap to, int top, int screens) {
        Set<String> names = new HashSet<>(from.classes().keySet());
        names.addAll(to.classes().keySet());
        List<Map.Entry<String, long[]>> deltas = new ArrayList<>();
        for (String name : names) {
            long[] a = from.classes().getOrDefault(name, new long[2]);
            long[] b = to.classes().getOrDefault(name, new long[2]);
            deltas.add(Map.entry(name, new long[] {b[0] - a[0], b[1] - a[1]}));
        }
        deltas.sort(Comparator.comparingLong((Map.Entry<String, long[]> e) -> e.getValue()[1])
                .reversed());
        System.out.printf(
                Locale.ROOT, "Top %d growers, 0 -> %d screens (instances, KB, bytes a screen):%n", top, screens);
        for (Map.Entry<String, long[]> e : deltas.subList(0, Math.min(top, deltas.size()))) {
            System.out.printf(
                    Locale.ROOT,
                    "  %+9d %+10.1f KB %8.0f B/screen  %s%n",
                    e.getValue()[0],
                    e.getValue()[1] / 1024.0,
                    e.getValue()[1] / (double) screens,
                    e.getKey());
        }
    }

    private static Heap measure(long pid, Path keep) throws Exception {
        jcmd(pid, "GC.run");
        jcmd(pid, "GC.run");
        String info = jcmd(pid, "GC.heap_info");
        Matcher used = USED.matcher(info);
        long usedBytes = used.find() ? Long.parseLong(used.group(1)) * 1024 : -1;
        String histogram = jcmd(pid, "GC.class_histogram"); // itself a full GC: live objects only
        Files.writeString(keep, histogram, StandardCharsets.UTF_8);
        Map<String, long[]> classes = new HashMap<>();
        long total = -1;
        for (String line : histogram.lines().toList()) {
            Matcher row = HISTOGRAM_LINE.matcher(line);
            if (row.matches()) {
                classes.merge(
                        row.group(3), new long[] {Long.parseLong(row.group(1)), Long.parseLong(row.group(2))}, (x, y) ->
                                new long[] {x[0] + y[0], x[1] + y[1]});
                continue;
            }
            Matcher sum = TOTAL.matcher(line);
            if (sum.matches()) {
                total = Long.parseLong(sum.group(2));
            }
        }
        return new Heap(usedBytes, total, new LinkedHashMap<>(classes));
    }

    /** The pid of the process listening on the port ({@code ss -ltnp}): the app JVM, a child of the launcher. */
    static long appPid(int port) throws Exception {
        String out = run(List.of("ss", "-Hltnp", "sport = :" + port));
        Matcher pid = Pattern.compile("pid=(\\d+)").matcher(out);
        if (!pid.find()) {
            throw new IllegalStateException("Nothing listens on port " + port + " (ss says: " + out.strip() + ")");
        }
        return Long.parseLong(pid.group(1));
    }

    /** Prints the app JVM's CPU time (user + system, from /proc) over {@code seconds} with the screens left alone. */
    private static void idleCpu(long pid, long seconds, int screens) throws Exception {
        long ticksPerSecond = Long.parseLong(run(List.of("getconf", "CLK_TCK")).strip());
        long before = cpuTicks(pid);
        long started = System.nanoTime();
        Thread.sleep(seconds * 1000);
        double wall = (System.nanoTime() - started) / 1e9;
        double cpu = (double) (cpuTicks(pid) - before) / ticksPerSecond;
        System.out.printf(
                Locale.ROOT,
                "Idle %d screens for %.0f s: app CPU %.2f s (%.1f%% of one core; %.2f ms a screen a second)%n",
                screens,
                wall,
                cpu,
                100 * cpu / wall,
                1000 * cpu / wall / screens);
    }

    static long cpuTicks(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime and stime, fields 14 and 15 of stat
    }

    private static String jcmd(long pid, String command) throws Exception {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        return run(List.of(jcmd.toString(), String.valueOf(pid), command));
    }

    private static String run(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + out);
        }
        return out;
    }

    static ChromeDriver chromium(Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("stackup.chromium", "/usr/bin/chromium"));
        options.addArguments(List.of(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--user-data-dir=" + profile));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("stackup.chromedriver", "/usr/bin/chromedriver"))
                        .toFile())
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(1280, 900));
        return driver;
    }

    /** Keycloak's login page: the username first, then the password (as the UI tests' Browser does). */
    static void login(ChromeDriver driver, WebDriverWait wait, String app) {
        login(driver, wait, app, StackApi.INTERVIEWER);
    }

    static void login(ChromeDriver driver, WebDriverWait wait, String app, String username) {
        driver.get(app + "/");
        WebElement user = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        user.sendKeys(username);
        List<WebElement> password = driver.findElements(By.id("password"));
        if (password.isEmpty() || !password.getFirst().isDisplayed()) {
            driver.findElement(By.id("kc-login")).click();
        }
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("password")))
                .sendKeys(StackApi.PASSWORD);
        driver.findElement(By.id("kc-login")).click();
        wait.until(d -> d.getCurrentUrl().startsWith(app));
    }
}
