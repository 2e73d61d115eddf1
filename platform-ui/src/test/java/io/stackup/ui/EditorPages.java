package io.stackup.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.stackup.support.Browser;
import io.stackup.support.SharedStack;
import io.stackup.support.Tokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Steps the template editor's tests share: its tabs, its grids, its fields, and a draft to start from. */
final class EditorPages {

    private EditorPages() {}

    /** Selects an editor tab (present even when scrolled out of view) and waits for its panel. */
    static void tab(Browser browser, String name) {
        WebElement tab = browser.present(By.id("editor-tab-" + name));
        browser.driver().executeScript("arguments[0].click()", tab);
        browser.present(By.id("editor-" + name));
    }

    /** Clicks the grid row whose cell shows exactly the text. */
    static void row(Browser browser, String grid, String text) {
        browser.present(By.xpath("//vaadin-grid[@id='" + grid + "']/vaadin-grid-cell-content[normalize-space(.)='"
                        + text + "']"))
                .click();
    }

    /** Waits until the input matched by {@code css} holds the value (the server has filled it in). */
    static void waitForValue(Browser browser, String css, String value) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .ignoring(StaleElementReferenceException.class)
                .until(d -> value.equals(d.findElement(By.cssSelector(css)).getDomProperty("value")));
    }

    /** Publishes the template page's draft through its confirmation, and waits for the published page. */
    static void publish(Browser browser) {
        browser.press("publish");
        browser.waitFor(By.cssSelector("vaadin-confirm-dialog[opened]"));
        browser.driver()
                .findElement(By.cssSelector("vaadin-confirm-dialog[opened] [slot='confirm-button']"))
                .click();
        browser.waitForId("new-draft");
    }

    /** Imports a draft into the tenant "other" through the API, as its admin would, and gives its id. */
    static String importDraft(String json) throws Exception {
        String token = Tokens.accessToken("admin@other.test", "openid organization:other");
        HttpResponse<String> created = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(SharedStack.appUrl() + "/api/v1/templates"))
                                .header("Authorization", "Bearer " + token)
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(json))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isBetween(200, 299);
        String location = created.headers().firstValue("Location").orElseThrow();
        return location.substring(location.lastIndexOf('/') + 1);
    }
}
