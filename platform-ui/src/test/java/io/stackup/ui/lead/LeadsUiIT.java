package io.stackup.ui.lead;

import static org.assertj.core.api.Assertions.assertThat;

import io.stackup.support.Api;
import io.stackup.support.Browser;
import io.stackup.support.StackupIntegrationTest;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Leads in Chromium: a completed, qualified interview's lead is found in the experts' queue and claimed from its page;
 * a second expert on the same page is told who claimed it first; the holder moves it to won with every step in its
 * history; an admin finds it as won and downloads it as CSV; at 768 px the queue does not run off the page; another
 * tenant finds nothing.
 */
@StackupIntegrationTest
class LeadsUiIT {

    final String unique = UUID.randomUUID().toString().substring(0, 8);
    final String prospectName = "Leadsui " + unique;
    Api admin;
    Api interviewer;

    @BeforeEach
    void signed_in_to_the_api() {
        admin = Api.demo("admin@demo.test");
        interviewer = Api.demo("interviewer@demo.test");
    }

    @Test
    void an_expert_claims_a_qualified_lead_a_second_is_told_who_holds_it_and_the_holder_wins_it() throws Exception {
        String lead = qualifiedLead();
        try (Browser expert = new Browser();
                Browser expert2 = new Browser()) {
            try {
                expert.login("expert@demo.test");
                assertThat(expert.menu()).contains("Leads");
                expert.open("/leads");
                expert.waitForId("lead-grid");
                expert.type("#lead-search input", prospectName);
                expert.waitForText(By.id("lead-grid"), prospectName);
                assertThat(text(expert, "lead-grid")).contains("Rules: budget").contains("Gaps:");
                expert.press("open-lead-" + lead);
                expert.waitForText(By.id("lead-prospect"), prospectName);
                assertThat(status(expert)).isEqualTo("qualified");
                assertThat(expert.waitForId("lead-result").getDomAttribute("href"))
                        .endsWith("/result");

                expert2.login("expert2@demo.test");
                expert2.open("/leads/" + lead);
                expert2.waitForId("lead-claim");

                expert.press("lead-claim");
                waitForStatus(expert, "claimed");
                assertThat(text(expert, "lead-holder")).contains("expert@demo.test");

                expert2.press("lead-claim");
                expert2.waitForText(By.id("lead-message"), "expert@demo.test");
                assertThat(text(expert2, "lead-message")).contains("Already claimed by");
                waitForStatus(expert2, "claimed");
                assertThat(expert2.driver().findElements(By.id("lead-claim"))).isEmpty();
                assertThat(expert2.driver().findElements(By.id("lead-to-contacted")))
                        .as("the holder's moves are not offered to another expert")
                        .isEmpty();

                expert.press("lead-to-contacted");
                waitForStatus(expert, "contacted");
                expert.press("lead-note");
                expert.press("lead-note-confirm");
                expert.present(By.cssSelector("#lead-note-text[invalid]"));
                expert.type("#lead-note-text textarea", "Called the CIO, = proposal next week");
                expert.press("lead-note-confirm");
                expert.waitForText(By.id("lead-history"), "Called the CIO, = proposal next week");
                expert.press("lead-to-proposal");
                waitForStatus(expert, "proposal");
                expert.press("lead-to-won");
                waitForStatus(expert, "won");
                assertThat(expert.driver().findElements(By.id("lead-to-lost")))
                        .as("a closed lead offers no move")
                        .isEmpty();
                List<String> kinds = expert.driver().findElements(By.cssSelector("#lead-history li")).stream()
                        .map(li -> li.getDomAttribute("data-kind"))
                        .toList();
                assertThat(kinds)
                        .containsExactly(
                                "created", "claimed", "status_changed", "note", "status_changed", "status_changed");
                assertThat(text(expert, "lead-history"))
                        .contains("Claimed → Contacted")
                        .contains("Contacted → Proposal")
                        .contains("Proposal → Won")
                        .contains("expert@demo.test");
                expert.screenshot("lead-won");
            } catch (RuntimeException | AssertionError e) {
                expert.screenshot("lead-failure-expert");
                expert2.screenshot("lead-failure-expert2");
                throw e;
            }
        }

        try (Browser browser = new Browser()) {
            try {
                browser.login("admin@demo.test");
                browser.open("/leads");
                browser.waitForId("lead-grid");
                browser.type("#lead-search input", prospectName);
                browser.choose(browser.waitForId("lead-status-filter"), "Won");
                browser.waitForText(By.id("lead-grid"), prospectName);
                assertThat(browser.driver().findElements(By.cssSelector("#lead-grid [data-status=won]")))
                        .isNotEmpty();
                String csv = browser.download("leads-csv");
                assertThat(csv).startsWith("id,prospect,status,");
                assertThat(csv.lines().filter(l -> l.contains(prospectName)).toList())
                        .singleElement()
                        .asString()
                        .startsWith(lead + "," + prospectName + ",won,");
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("lead-failure-admin");
                throw e;
            }
        }
    }

    @Test
    void the_queue_fits_768_px_and_another_tenant_finds_no_lead() throws Exception {
        String lead = qualifiedLead();
        try (Browser tablet = new Browser(768, 1024)) {
            tablet.login("expert@demo.test");
            tablet.open("/leads");
            tablet.type("#lead-search input", prospectName);
            tablet.waitForText(By.id("lead-grid"), prospectName);
            Object overflow = tablet.driver()
                    .executeScript(
                            "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
            assertThat(((Number) overflow).intValue())
                    .as("no horizontal scrolling at 768 px")
                    .isLessThanOrEqualTo(0);
            tablet.screenshot("leads-768");
        }
        try (Browser other = new Browser()) {
            other.login("admin@other.test");
            other.open("/leads/" + lead);
            other.waitForId("not-found");
            assertThat(other.driver().findElements(By.id("lead-prospect"))).isEmpty();
        }
    }

    /** A completed interview of mini-io with no directory and a budget: a qualified lead. */
    private String qualifiedLead() throws Exception {
        String template = admin.json("POST", "/api/v1/templates?publish=true", miniIo(), 201)
                .get("id")
                .asString();
        String prospect = admin.json("POST", "/api/v1/prospects", "{\"name\": \"" + prospectName + "\"}", 201)
                .get("id")
                .asString();
        String interview = admin.json(
                        "POST",
                        "/api/v1/interviews",
                        "{\"templateId\": \"" + template + "\", \"prospectId\": \"" + prospect
                                + "\", \"interviewer\": \"interviewer@demo.test\"}",
                        201)
                .get("id")
                .asString();
        interviewer.json("PUT", "/api/v1/interviews/" + interview + "/answers/has-dir", "{\"option\": \"no\"}", 200);
        interviewer.json("PUT", "/api/v1/interviews/" + interview + "/answers/budget", "{\"option\": \"yes\"}", 200);
        interviewer.json("POST", "/api/v1/interviews/" + interview + "/complete", null, 200);
        var lead = admin.json("GET", "/api/v1/leads?search=" + unique, null, 200)
                .get("items")
                .get(0);
        assertThat(lead.get("status").asString()).isEqualTo("qualified");
        return lead.get("id").asString();
    }

    private String miniIo() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/templates/mini-io.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("\"key\": \"mini-io\"", "\"key\": \"lui-" + unique + "\"");
        }
    }

    private static String status(Browser browser) {
        return browser.waitForId("lead-status").getDomAttribute("data-status");
    }

    /** Waits for the status badge to say {@code status}; the page is rebuilt after each action, so a badge may go stale. */
    private static void waitForStatus(Browser browser, String status) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .ignoring(StaleElementReferenceException.class)
                .until(d -> {
                    List<WebElement> badge = d.findElements(By.id("lead-status"));
                    return !badge.isEmpty() && status.equals(badge.getFirst().getDomAttribute("data-status"));
                });
    }

    private static String text(Browser browser, String id) {
        return browser.waitForId(id).getText().trim();
    }
}
