package io.stackup.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Selenium, with a fresh profile, signing in through the real Keycloak login
 * page. Chromium and chromedriver come from {@code apt-get install chromium chromium-driver} (.ci/run does it).
 */
public final class Browser implements AutoCloseable {

    private final ChromeDriver driver;
    private final Path profile;
    private final WebDriverWait wait;
    /** The application's base URL; {@link SharedStack#appUrl()} (which starts the shared stack) unless given. */
    private final Supplier<String> appUrl;

    public Browser() {
        this(1280, 900);
    }

    public Browser(int width, int height) {
        this(width, height, null, SharedStack::appUrl);
    }

    /** A browser whose {@code Accept-Language} is {@code acceptLanguage} (e.g. {@code fr-FR,fr}). */
    public Browser(String acceptLanguage) {
        this(1280, 900, acceptLanguage, SharedStack::appUrl);
    }

    /** A browser on an application of its own, not the shared stack's (e.g. a compose stack's). */
    public static Browser at(String appUrl) {
        return new Browser(1280, 900, null, () -> appUrl);
    }

    private Browser(
            int width, int height, @org.jspecify.annotations.Nullable String acceptLanguage, Supplier<String> appUrl) {
        this.appUrl = appUrl;
        try {
            profile = Files.createTempDirectory("stackup-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
        if (acceptLanguage != null) {
            options.addArguments("--lang=" + acceptLanguage.split(",")[0]);
            options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", acceptLanguage));
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("stackup.chromedriver", "/usr/bin/chromedriver"))
                        .toFile())
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(width, height));
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** The application's base URL, e.g. {@code http://localhost:8080}. */
    public String appUrl() {
        return appUrl.get();
    }

    public void open(String path) {
        driver.get(appUrl() + path);
    }

    /** Opens the application and signs in on Keycloak's page: the username first, then the password. */
    public void login(String username) {
        open("/");
        WebElement user = waitFor(By.id("username"));
        user.sendKeys(username);
        List<WebElement> password = driver.findElements(By.id("password"));
        if (password.isEmpty() || !password.getFirst().isDisplayed()) {
            driver.findElement(By.id("kc-login")).click();
        }
        waitFor(By.id("password")).sendKeys(Tokens.PASSWORD);
        driver.findElement(By.id("kc-login")).click();
        wait.until(d -> d.getCurrentUrl().startsWith(appUrl()));
    }

    /**
     * Waits until the page's Vaadin client has no round trip in flight and has started none for 600 ms, so that a
     * lazy field's value (a search, sent 400 ms after the last key) has reached the server and the views it refreshed
     * are rendered before the next click: a click on a grid row's button that the refresh replaces is lost.
     */
    public void settle() {
        Object start = driver.executeScript("return performance.now()");
        wait.until(d -> Boolean.TRUE.equals(driver.executeScript("""
                const busy = Object.values((window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients) || {})
                    .some(c => typeof c.isActive === 'function' && c.isActive());
                if (busy) return false;
                const last = performance.getEntriesByType('resource')
                    .filter(e => e.name.includes('v-r=uidl'))
                    .reduce((latest, e) => Math.max(latest, e.responseEnd), arguments[0]);
                return performance.now() - last > 600;
                """, start)));
    }

    /** Clicks a main menu entry as a person does: the browser asks the server to navigate, in a Vaadin request. */
    public void clickMenu(String label) {
        waitForId("main-menu");
        driver.executeScript(
                "[...document.querySelectorAll('#main-menu vaadin-side-nav-item')]"
                        + ".find(i => i.textContent.trim() === arguments[0]).shadowRoot.querySelector('a')"
                        + ".click()",
                label);
    }

    public WebElement waitFor(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** Scrolls the element into view and clicks it, even inside a dialog's scrolling content. */
    public void click(String id) {
        WebElement element = waitFor(By.id(id));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", element);
    }

    /** Waits until the element is in the page (visible or not) and scrolls it into view. */
    public WebElement present(By by) {
        WebElement element = wait.until(ExpectedConditions.presenceOfElementLocated(by));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        return element;
    }

    /** Clicks an element by id through JavaScript: works for buttons scrolled out of view or under an overlay edge. */
    public void press(String id) {
        driver.executeScript("arguments[0].click()", present(By.id(id)));
    }

    /** Replaces the text of the input matched by {@code css} and leaves it, so its value reaches the server. */
    public void type(String css, String text) {
        WebElement input = present(By.cssSelector(css));
        input.sendKeys(
                org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), org.openqa.selenium.Keys.DELETE);
        input.sendKeys(text, org.openqa.selenium.Keys.TAB);
    }

    /**
     * The body of the link with the given id, fetched by the page itself (with its session cookie), as a download
     * would save it.
     */
    public String download(String id) {
        Object text = driver.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(document.getElementById(arguments[0]).href).then(r => r.text()).then(done,"
                        + " e => done('FAILED ' + e));",
                id);
        return String.valueOf(text);
    }

    /**
     * The bytes of the link with the given id, fetched by the page itself (with its session cookie) as a download
     * would save them; for binary files such as PDFs.
     */
    public byte[] downloadBytes(String id) {
        Object base64 = driver.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(document.getElementById(arguments[0]).href).then(r => r.blob())"
                        + ".then(b => new Promise(ok => { const f = new FileReader();"
                        + " f.onload = () => ok(f.result.substring(f.result.indexOf(',') + 1)); f.readAsDataURL(b); }))"
                        + ".then(done, e => done('FAILED ' + e));",
                id);
        return java.util.Base64.getDecoder().decode(String.valueOf(base64));
    }

    /** Chooses a file in the vaadin-upload with the given id, as a person picking it in the file dialog. */
    public void upload(String uploadId, Path file) {
        WebElement upload = waitForId(uploadId);
        List<WebElement> inShadow = upload.getShadowRoot().findElements(By.cssSelector("input[type=file]"));
        WebElement input =
                inShadow.isEmpty() ? upload.findElement(By.cssSelector("input[type=file]")) : inShadow.getFirst();
        input.sendKeys(file.toAbsolutePath().toString());
    }

    /** Types the label into a combo box and picks the item with exactly that label. */
    public void pick(WebElement comboBox, String label) {
        pick(comboBox, label, label);
    }

    /** Types {@code search} into a combo box and picks the item labelled exactly {@code label}. */
    public void pick(WebElement comboBox, String search, String label) {
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", comboBox);
        WebElement input = comboBox.findElement(By.cssSelector("input"));
        input.click();
        input.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), search);
        clickItem("vaadin-combo-box-item", label, true);
    }

    /** Opens a select and clicks the item with the given label. */
    public void choose(WebElement select, String label) {
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", select);
        select.click();
        clickItem("vaadin-select-item", label, true);
    }

    /**
     * Waits for a visible overlay item ({@code vaadin-select-item}, {@code vaadin-combo-box-item}) whose text is (or,
     * not {@code exact}, contains) the given text, and clicks it.
     */
    public void clickItem(String tag, String text, boolean exact) {
        wait.until(d -> {
            @SuppressWarnings("unchecked")
            List<WebElement> items = (List<WebElement>) driver.executeScript(
                    "return [...document.querySelectorAll(arguments[0])].filter(i => i.checkVisibility()"
                            + " && (arguments[2] ? i.textContent.trim() === arguments[1]"
                            + " : i.textContent.includes(arguments[1])));",
                    tag,
                    text,
                    exact);
            if (items.isEmpty()) {
                return false;
            }
            driver.executeScript("arguments[0].click()", items.getFirst());
            return true;
        });
    }

    public void waitUntilGone(String id) {
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id(id)));
    }

    public WebElement waitForId(String id) {
        return waitFor(By.id(id));
    }

    public void waitForText(By by, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    /** The labels of the main menu's items. */
    public List<String> menu() {
        waitForId("main-menu");
        return driver.findElements(By.cssSelector("#main-menu vaadin-side-nav-item")).stream()
                .map(WebElement::getText)
                .map(String::strip)
                .toList();
    }

    public boolean isOnKeycloakLogin() {
        return !driver.findElements(By.id("username")).isEmpty()
                && driver.getCurrentUrl().contains("/realms/stackup/");
    }

    public void waitForKeycloakLogin() {
        wait.until(d -> isOnKeycloakLogin());
    }

    /** Saves a screenshot under target/screenshots, for a person to look at. */
    public Path screenshot(String name) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "screenshots"));
            Path file = dir.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a leftover temporary profile is harmless
        }
    }
}
