package io.stackup.bench;

import io.stackup.core.template.ScoringMode;
import io.stackup.core.template.document.TemplateWriter;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.node.ObjectNode;

/**
 * How quickly the structured editor answers on a template of 500 capabilities and 2,000 questions ({@link
 * LargeTemplate}): imports it through the API, then in a headless Chromium, N times, opens the editor until the whole
 * template is validated, selects a capability and a question until its form shows, empties a question's text until
 * its problem is listed (an edit's validation), and answers one question in the template page's preview until the
 * result shows. Prints the median and the maximum of each step, wall time as the browser sees it (server work, the
 * round trip and rendering). It asserts nothing: the figures are read, as with the other benches.
 *
 * <pre>java -cp bench/target/benchmarks.jar io.stackup.bench.EditorSpeed [runs=5]</pre>
 *
 * Without system properties it starts its own stack ({@link FaultStack}, the application jar from {@code app.jar},
 * default {@code platform-ui/target/stackup.jar}, stopped when the program ends); with {@code app} and {@code keycloak} (base URLs) it uses a running
 * one, e.g. the local stack. {@code stackup.chromium} and {@code stackup.chromedriver} name the browser.
 */
public final class EditorSpeed {

    private static final Duration PATIENCE = Duration.ofSeconds(120);

    private EditorSpeed() {}

    public static void main(String[] args) {
        try {
            measure(args);
        } catch (Exception | Error e) {
            e.printStackTrace();
            System.exit(1);
        }
        // The stack's threads would keep the JVM alive; exiting runs the hook that stops it.
        System.exit(0);
    }

    private static void measure(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        String app = System.getProperty("app");
        String keycloak = System.getProperty("keycloak");
        if (app == null || keycloak == null) {
            Path appJar = Path.of(System.getProperty("app.jar", "platform-ui/target/stackup.jar"));
            FaultStack started = FaultStack.start(Files.createTempDirectory("stackup-editor-speed-"), appJar, false);
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "stop-editor-speed-stack"));
            app = started.appUrl();
            keycloak = started.keycloakUrl();
        }
        Path profile = Files.createTempDirectory("stackup-editor-speed-chromium-");
        ChromeDriver driver = ScreenMemory.chromium(profile);
        try {
            HttpClient http = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5))
                    .build();
            StackApi api = new StackApi(http, app, keycloak);
            String id = importLarge(api);
            System.out.printf(Locale.ROOT, "Large template imported as %s; %d runs%n", id, runs);
            // WebDriverWait polls every 500 ms by default, which would round every figure up to that grain.
            WebDriverWait wait = new WebDriverWait(driver, PATIENCE);
            wait.pollingEvery(Duration.ofMillis(10));
            ScreenMemory.login(driver, wait, app, StackApi.ADMIN);
            Map<String, List<Long>> figures = new LinkedHashMap<>();
            for (int run = 0; run < runs; run++) {
                run(driver, wait, app, id, run, figures);
            }
            System.out.printf(Locale.ROOT, "%-58s %10s %8s%n", "step", "median ms", "max ms");
            figures.forEach((step, millis) -> {
                List<Long> sorted = millis.stream().sorted().toList();
                System.out.printf(
                        Locale.ROOT, "%-58s %10d %8d%n", step, sorted.get(sorted.size() / 2), sorted.getLast());
            });
        } finally {
            driver.quit();
        }
    }

    private static String importLarge(StackApi api) {
        ObjectNode document =
                (ObjectNode) StackApi.JSON.readTree(TemplateWriter.write(LargeTemplate.template(ScoringMode.GATED)));
        document.put("key", "bench-editor-" + UUID.randomUUID().toString().substring(0, 8));
        HttpResponse<String> created = api.post(api.token(StackApi.ADMIN), "/api/v1/templates", document);
        if (created.statusCode() != 201) {
            throw new IllegalStateException("Import failed: " + created.statusCode() + " " + created.body());
        }
        return StackApi.JSON.readTree(created.body()).get("id").asString();
    }

    private static void run(
            ChromeDriver driver, WebDriverWait wait, String app, String id, int run, Map<String, List<Long>> figures) {
        long start = System.nanoTime();
        driver.get(app + "/templates/" + id + "/edit");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("editor-problem-summary"), "No problems"));
        record(figures, "open the editor (whole template validated)", start);

        click(driver, wait, By.id("editor-tab-catalog"));
        String capability = "cap-" + (1 + run % 8);
        double mark = now(driver);
        start = System.nanoTime();
        click(driver, wait, cell("catalog-tree", capability));
        waitForValue(wait, "#capability-key input", capability);
        record(figures, "select a capability (its form shows)", start);
        server(driver, figures, "capability", mark);

        click(driver, wait, By.id("editor-tab-questionnaire"));
        String question = "q" + (3 + run % 4);
        mark = now(driver);
        start = System.nanoTime();
        click(driver, wait, cell("question-grid", question));
        waitForValue(wait, "#question-key input", question);
        record(figures, "select a question (its form shows)", start);
        server(driver, figures, "question", mark);

        WebElement text =
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#question-text textarea")));
        String before = text.getDomProperty("value");
        mark = now(driver);
        start = System.nanoTime();
        text.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE, Keys.TAB);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("editor-problem-summary"), "1 problem"));
        record(figures, "an edit's validation (empty a text until its problem shows)", start);
        server(driver, figures, "edit", mark);
        text.sendKeys(before, Keys.TAB);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("editor-problem-summary"), "No problems"));

        driver.get(app + "/templates/" + id);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id^='q-q'] vaadin-radio-button")));
        start = System.nanoTime();
        driver.executeScript("document.querySelector(\"[id^='q-q'] vaadin-radio-button\").click()");
        wait.ignoring(StaleElementReferenceException.class)
                .until(d -> !d.findElement(By.id("preview-overall")).getText().contains("not assessed"));
        record(figures, "a preview answer (until the result shows)", start);
    }

    private static double now(ChromeDriver driver) {
        return ((Number) driver.executeScript("return performance.now()")).doubleValue();
    }

    /**
     * The time Vaadin's requests (UIDL) that started since the mark took, request to last byte: the server's work and
     * the network, without the browser's rendering.
     */
    private static void server(ChromeDriver driver, Map<String, List<Long>> figures, String what, double mark) {
        String step = "  of which Vaadin requests (" + what + ")";
        long millis = ((Number) driver.executeScript(
                        "return performance.getEntriesByType('resource')"
                                + ".filter(e => e.name.includes('v-r=uidl') && e.startTime >= arguments[0])"
                                + ".reduce((sum, e) => sum + e.duration, 0)",
                        mark))
                .longValue();
        System.out.printf(Locale.ROOT, "  %-58s %6d ms%n", step, millis);
        figures.computeIfAbsent(step, k -> new ArrayList<>()).add(millis);
    }

    private static By cell(String grid, String text) {
        return By.xpath(
                "//vaadin-grid[@id='" + grid + "']/vaadin-grid-cell-content[normalize-space(.)='" + text + "']");
    }

    private static void click(ChromeDriver driver, WebDriverWait wait, By by) {
        WebElement element = wait.until(ExpectedConditions.presenceOfElementLocated(by));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", element);
    }

    private static void waitForValue(WebDriverWait wait, String css, String value) {
        wait.ignoring(StaleElementReferenceException.class)
                .until(d -> value.equals(d.findElement(By.cssSelector(css)).getDomProperty("value")));
    }

    private static void record(Map<String, List<Long>> figures, String step, long startNanos) {
        long millis = (System.nanoTime() - startNanos) / 1_000_000;
        System.out.printf(Locale.ROOT, "  %-58s %6d ms%n", step, millis);
        figures.computeIfAbsent(step, k -> new ArrayList<>()).add(millis);
    }
}
