package io.stackup.ui;

import static io.stackup.ui.EditorPages.importDraft;
import static io.stackup.ui.EditorPages.waitForValue;
import static org.assertj.core.api.Assertions.assertThat;

import io.stackup.support.Browser;
import io.stackup.support.SharedStack;
import io.stackup.support.StackupIntegrationTest;
import io.stackup.support.Tokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.UnhandledAlertException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Drafts are never lost in the template editor: unsaved edits are kept in the browser and offered back after a reload,
 * restored or discarded; a save leaves nothing to offer; leaving through the menu with unsaved changes asks first; and a
 * copy restored after someone else saved is refused on save by the conflict dialog, not saved over theirs.
 */
@StackupIntegrationTest
class TemplateEditorDraftsIT {

    private static final String TEMPLATE = """
            {"format": "stackup-template/1", "key": "%s", "name": "%s", "version": "1.0.0",
             "scale": {"levels": [{"key": "low", "name": "Low"}, {"key": "high", "name": "High"}]},
             "areas": [{"key": "a", "name": "A", "capabilities": [{"key": "c", "name": "C"}]}],
             "questionnaire": {"title": "Q", "sections": [{"key": "s", "title": "S", "questions": [
               {"key": "q", "capability": "c", "type": "yes_no", "text": "Ready?"}]}]}}
            """;

    private static final String NAME = "#editor-name input";

    @Test
    void unsaved_edits_survive_a_reload_restore_or_discard_and_a_save_leaves_nothing_to_offer() throws Exception {
        try (Browser browser = new Browser()) {
            try {
                String key = openNew(browser, "Stored");

                browser.type(NAME, "Kept on this device");
                reloadKeepingDraft(browser);
                String offer = answerRestore(browser, true);
                assertThat(offer)
                        .contains("unsaved changes from")
                        .as("the time is formatted for the user, not an ISO instant")
                        .doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}T\\d{2}:");
                waitForValue(browser, NAME, "Kept on this device");
                browser.screenshot("drafts-restored");

                browser.press("editor-undo");
                waitForValue(browser, NAME, "Stored");
                until(browser, d -> !keepsCopy(browser) && !warnsBeforeUnload(browser));

                browser.type(NAME, "Edited again");
                reloadKeepingDraft(browser);
                answerRestore(browser, false);
                waitForValue(browser, NAME, "Stored");
                until(browser, d -> !keepsCopy(browser));
                reload(browser);
                assertThat(openDialog(browser, "editor-restore")).isFalse();
                waitForValue(browser, NAME, "Stored");

                browser.type(NAME, "Saved name");
                until(browser, d -> keepsCopy(browser) && warnsBeforeUnload(browser));
                browser.press("editor-save");
                browser.waitFor(By.xpath("//vaadin-notification-card[contains(., 'Saved')]"));
                until(browser, d -> !keepsCopy(browser) && !warnsBeforeUnload(browser));
                reload(browser);
                waitForValue(browser, NAME, "Saved name");
                assertThat(openDialog(browser, "editor-restore")).isFalse();
                assertThat(key).isNotBlank();
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("drafts-reload-failure");
                throw e;
            }
        }
    }

    @Test
    void leaving_through_the_menu_with_unsaved_changes_asks_first_and_what_is_left_is_offered_again() throws Exception {
        try (Browser browser = new Browser()) {
            try {
                openNew(browser, "Stored");
                String editor = browser.driver().getCurrentUrl();
                browser.type(NAME, "Not saved yet");
                until(browser, d -> keepsCopy(browser));

                browser.clickMenu("Templates");
                browser.waitFor(By.cssSelector("#editor-leave[opened]"));
                browser.screenshot("drafts-leave");
                button(browser, "editor-leave", "cancel-button").click();
                until(browser, d -> !openDialog(browser, "editor-leave"));
                assertThat(browser.driver().getCurrentUrl()).isEqualTo(editor);
                waitForValue(browser, NAME, "Not saved yet");

                browser.clickMenu("Templates");
                browser.waitFor(By.cssSelector("#editor-leave[opened]"));
                button(browser, "editor-leave", "confirm-button").click();
                until(
                        browser,
                        d -> d.findElements(By.id("template-editor")).isEmpty()
                                && d.getCurrentUrl().endsWith("/templates"));
                assertThat(warnsBeforeUnload(browser)).isFalse();

                browser.driver().get(editor);
                answerRestore(browser, true);
                waitForValue(browser, NAME, "Not saved yet");
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("drafts-leave-failure");
                throw e;
            }
        }
    }

    @Test
    void a_copy_restored_after_someone_else_saved_is_refused_by_the_conflict_dialog() throws Exception {
        try (Browser browser = new Browser()) {
            try {
                String key = openNew(browser, "Stored");
                browser.type(NAME, "Mine, not saved");
                until(browser, d -> keepsCopy(browser));

                String token = Tokens.accessToken("admin@other.test", "openid organization:other");
                HttpResponse<String> theirs = HttpClient.newHttpClient()
                        .send(
                                HttpRequest.newBuilder(URI.create(
                                                SharedStack.appUrl() + "/api/v1/templates?replaceDraft=true"))
                                        .header("Authorization", "Bearer " + token)
                                        .header("Content-Type", "application/json")
                                        .POST(HttpRequest.BodyPublishers.ofString(TEMPLATE.formatted(key, "Theirs")))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());
                assertThat(theirs.statusCode()).as(theirs.body()).isBetween(200, 299);

                reloadKeepingDraft(browser);
                answerRestore(browser, true);
                waitForValue(browser, NAME, "Mine, not saved");
                browser.press("editor-save");
                browser.waitFor(By.cssSelector("#editor-conflict[opened]"));
                assertThat(browser.driver().getPageSource()).contains("changed by");
                browser.screenshot("drafts-conflict");
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("drafts-conflict-failure");
                throw e;
            }
        }
    }

    /**
     * Reloads the page once the browser keeps the editor's unsaved copy (the server has seen the edit), accepting the
     * browser's "leave the page?" warning when it shows one, and waits for the editor to be shown again.
     */
    static void reloadKeepingDraft(Browser browser) {
        until(browser, d -> keepsCopy(browser));
        reload(browser);
    }

    /** Reloads the page, accepting a "leave the page?" warning if the browser shows one, until the editor is back. */
    static void reload(Browser browser) {
        WebDriver driver = browser.driver();
        browser.driver().executeScript("window.stackupOldPage = true; setTimeout(() => location.reload(), 0)");
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .ignoring(StaleElementReferenceException.class)
                .until(d -> {
                    try {
                        d.switchTo().alert().accept();
                        return false;
                    } catch (NoAlertPresentException none) {
                        // no warning (yet): see whether the new page is there
                    }
                    try {
                        return (Boolean) browser.driver()
                                .executeScript("return !window.stackupOldPage"
                                        + " && document.querySelector('#editor-problem-summary') != null");
                    } catch (UnhandledAlertException dismissed) {
                        // the driver answered the warning by staying: ask again
                        browser.driver().executeScript("setTimeout(() => location.reload(), 0)");
                        return false;
                    }
                });
    }

    /**
     * Waits for the offer of unsaved changes, answers it (restore, or discard) and gives its text.
     */
    static String answerRestore(Browser browser, boolean restore) {
        browser.waitFor(By.cssSelector("#editor-restore[opened]"));
        String text = browser.driver().getPageSource();
        String from = text.substring(text.indexOf("You have unsaved changes"));
        button(browser, "editor-restore", restore ? "confirm-button" : "reject-button")
                .click();
        until(browser, d -> !openDialog(browser, "editor-restore"));
        return from.substring(0, Math.min(from.length(), 200));
    }

    /** Whether the browser keeps an unsaved copy of an editor. */
    static boolean keepsCopy(Browser browser) {
        return (Boolean) browser.driver()
                .executeScript("return Object.keys(localStorage).some(k => k.startsWith('stackup.editor-draft.'))");
    }

    /** Whether a reload or close would be warned of now (a listener cancels the page's {@code beforeunload}). */
    static boolean warnsBeforeUnload(Browser browser) {
        return (Boolean) browser.driver()
                .executeScript("const e = new Event('beforeunload', {cancelable: true});"
                        + " window.dispatchEvent(e); return e.defaultPrevented;");
    }

    private static String openNew(Browser browser, String name) throws Exception {
        String key = "dr-" + UUID.randomUUID().toString().substring(0, 8);
        browser.login("admin@other.test");
        String id = importDraft(TEMPLATE.formatted(key, name));
        browser.open("/templates/" + id + "/edit");
        browser.waitForText(By.id("editor-problem-summary"), "No problems");
        waitForValue(browser, NAME, name);
        return key;
    }

    private static boolean openDialog(Browser browser, String id) {
        return !browser.driver()
                .findElements(By.cssSelector("#" + id + "[opened]"))
                .isEmpty();
    }

    private static WebElement button(Browser browser, String dialog, String slot) {
        return browser.waitFor(By.cssSelector("#" + dialog + "[opened] [slot='" + slot + "']"));
    }

    private static void until(Browser browser, java.util.function.Function<WebDriver, Boolean> condition) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(condition::apply);
    }
}
