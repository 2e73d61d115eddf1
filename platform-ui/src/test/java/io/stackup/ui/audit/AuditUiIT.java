package io.stackup.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.stackup.support.Api;
import io.stackup.support.Browser;
import io.stackup.support.StackupIntegrationTest;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The audit log in Chromium: what the demo tenant's admin and expert did through the API (a template published, a
 * lead claimed) is on the admin's Audit log screen, filtered by action and by feature, with its actor, summary and
 * details; the CSV download holds exactly what the filter shows; another tenant's admin finds none of it.
 */
@StackupIntegrationTest
class AuditUiIT {

    final String unique = UUID.randomUUID().toString().substring(0, 8);
    final String prospectName = "Auditui " + unique;

    @Test
    void an_admin_filters_the_log_by_action_sees_who_did_what_and_downloads_it_as_csv() throws Exception {
        Api admin = Api.demo("admin@demo.test");
        Api interviewer = Api.demo("interviewer@demo.test");
        Api expert = Api.demo("expert@demo.test");
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
        String lead = admin.json("GET", "/api/v1/leads?search=" + unique, null, 200)
                .get("items")
                .get(0)
                .get("id")
                .asString();
        expert.json("POST", "/api/v1/leads/" + lead + "/claim", null, 200);

        try (Browser browser = new Browser()) {
            try {
                browser.login("admin@demo.test");
                assertThat(browser.menu()).contains("Audit log");
                browser.open("/audit");
                browser.waitForId("audit-grid");
                browser.type("#audit-search input", unique);
                browser.pick(browser.waitForId("audit-action"), "lead.claimed", "Lead claimed (lead.claimed)");
                awaitGridSize(browser, 1);
                browser.waitForText(By.id("audit-grid"), "Claimed the lead of " + prospectName);
                String grid = browser.waitForId("audit-grid").getText();
                assertThat(grid)
                        .contains("lead.claimed")
                        .contains("expert@demo.test")
                        .doesNotContain("interview.assigned")
                        .doesNotContain("template.published");

                clickCell(browser, "Claimed the lead of " + prospectName);
                WebElement details = browser.waitFor(By.cssSelector(".stackup-audit-details"));
                browser.waitForText(By.cssSelector(".stackup-audit-details"), "statusBefore");
                assertThat(details.getText())
                        .contains("statusBefore: qualified")
                        .contains("statusAfter: claimed")
                        .contains("holderAfter: expert@demo.test")
                        .contains(lead);
                browser.screenshot("audit-lead-claimed");

                String csv = browser.download("audit-csv");
                List<String> lines = csv.lines().toList();
                assertThat(lines.getFirst())
                        .isEqualTo("at,actor,actor id,action,subject type,subject id,summary,details");
                assertThat(lines.subList(1, lines.size()))
                        .singleElement()
                        .asString()
                        .contains("expert@demo.test")
                        .contains(",lead.claimed,lead," + lead + ",Claimed the lead of " + prospectName + ",");

                browser.pick(browser.waitForId("audit-action"), "Every interview action");
                awaitGridSize(browser, 2);
                browser.waitForText(By.id("audit-grid"), "Completed the interview of " + prospectName);
                assertThat(browser.waitForId("audit-grid").getText())
                        .contains("interview.assigned")
                        .contains("interview.completed")
                        .doesNotContain("lead.claimed");

                browser.type("#audit-search input", "no such record " + unique);
                browser.waitForText(By.id("audit-grid"), "No records match");
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("audit-failure");
                throw e;
            }
        }

        try (Browser other = new Browser()) {
            other.login("admin@other.test");
            other.open("/audit");
            other.waitForId("audit-grid");
            other.type("#audit-search input", unique);
            other.waitForText(By.id("audit-grid"), "No records match");
            assertThat(other.download("audit-csv").lines().toList()).hasSize(1);
        }
    }

    /**
     * Waits until the grid's row count, which the server sends from the service's count, is {@code expected}: the
     * filter just chosen has reached the grid (the rows shown before it may hold the text a test waits for).
     */
    private static void awaitGridSize(Browser browser, long expected) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(d -> browser.driver().executeScript("return document.getElementById('audit-grid').size;")
                                instanceof Number n
                        && n.longValue() == expected);
    }

    /** Clicks the grid cell holding {@code text}, which opens its row's details. */
    private static void clickCell(Browser browser, String text) {
        WebElement cell =
                browser.waitFor(By.xpath("//vaadin-grid-cell-content[contains(normalize-space(.), \"" + text + "\")]"));
        browser.driver().executeScript("arguments[0].click()", cell);
    }

    private String miniIo() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/templates/mini-io.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("\"key\": \"mini-io\"", "\"key\": \"aui-" + unique + "\"");
        }
    }
}
