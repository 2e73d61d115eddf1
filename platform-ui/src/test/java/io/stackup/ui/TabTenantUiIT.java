package io.stackup.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.stackup.core.tenancy.Tenant;
import io.stackup.core.tenancy.TenantContext;
import io.stackup.core.tenancy.TenantDirectory;
import io.stackup.support.Browser;
import io.stackup.support.StackupIntegrationTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * In Chromium, with two tabs of one browser session (one sign-in, one chosen tenant): a tab belongs to the tenant it
 * was opened in, and once the other tab switches tenant it saves nothing, in either tenant, and says why; a click on
 * its message reloads it in the tenant chosen now (issue 13).
 */
@StackupIntegrationTest
class TabTenantUiIT {

    @Autowired
    TenantDirectory directory;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate tx;

    @Test
    void a_tab_opened_in_demo_saves_nothing_after_a_switch_to_other_in_another_tab_and_says_why() {
        String name = "Tab bound " + UUID.randomUUID().toString().substring(0, 8);
        try (Browser browser = new Browser()) {
            browser.login("freelancer@stackup.test");
            browser.waitForId("choose-demo").click();
            browser.waitForText(By.id("tenant-name"), "Demo Partners Ltd");
            browser.open("/prospects");
            browser.waitForId("prospect-grid");
            browser.press("new-prospect");
            browser.type("#new-prospect-name input", name);
            String demoTab = browser.driver().getWindowHandle();

            browser.driver().switchTo().newWindow(WindowType.TAB);
            browser.open("/choose-tenant");
            browser.waitForId("choose-other").click();
            browser.waitForText(By.id("tenant-name"), "Other Consulting");

            browser.driver().switchTo().window(demoTab);
            browser.press("new-prospect-create");
            WebElement refusal = browser.waitFor(By.cssSelector(".v-system-error"));
            assertThat(refusal.getText())
                    .contains("This tab belongs to Demo Partners Ltd")
                    .contains("You switched to Other Consulting in another tab")
                    .contains("nothing was saved")
                    .contains("reload");
            browser.screenshot("tab-tenant-refused");
            assertThat(prospects("demo", name)).as("in the tab's tenant").isZero();
            assertThat(prospects("other", name)).as("in the session's tenant").isZero();

            refusal.click();
            browser.waitForText(By.id("tenant-name"), "Other Consulting");
            browser.open("/prospects");
            browser.waitForId("prospect-grid");
            browser.press("new-prospect");
            browser.type("#new-prospect-name input", name);
            browser.press("new-prospect-create");
            browser.waitForText(By.id("prospect-name"), name);
            assertThat(prospects("other", name))
                    .as("saved after the reload, in other")
                    .isEqualTo(1);
            assertThat(prospects("demo", name)).isZero();
        }
    }

    @Test
    void a_tab_opened_in_other_imports_no_template_after_a_switch_to_demo_in_another_tab() throws Exception {
        String key = "tab-" + UUID.randomUUID().toString().substring(0, 8);
        Path document = Files.createTempFile("tab-tenant-", ".yaml");
        Files.writeString(
                document,
                "format: stackup-template/1\nkey: " + key + "\nname: Tab bound\nversion: \"1.0\"\n"
                        + "scale: {levels: [{key: low, name: Low}, {key: high, name: High}]}\n"
                        + "areas: [{key: a, name: A, capabilities: [{key: c, name: Cap}]}]\n"
                        + "questionnaire: {title: Q, sections: [{key: s, title: S, questions: [\n"
                        + "  {key: q, capability: c, type: yes_no, text: Ready?}]}]}\n");
        try (Browser browser = new Browser()) {
            browser.login("freelancer@stackup.test");
            browser.waitForId("choose-other").click();
            browser.waitForText(By.id("tenant-name"), "Other Consulting");
            browser.open("/templates");
            browser.waitForId("template-upload");
            String otherTab = browser.driver().getWindowHandle();

            browser.driver().switchTo().newWindow(WindowType.TAB);
            browser.open("/choose-tenant");
            browser.waitForId("choose-demo").click();
            browser.waitForText(By.id("tenant-name"), "Demo Partners Ltd");

            browser.driver().switchTo().window(otherTab);
            browser.upload("template-upload", document);
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                    .until(d -> Boolean.TRUE.equals(browser.driver()
                            .executeScript("const f = document.getElementById('template-upload').files;"
                                    + " return f.length > 0 && !!f[0].error;")));
            assertThat(templates("other", key)).as("in the tab's tenant").isZero();
            assertThat(templates("demo", key)).as("in the session's tenant").isZero();
        }
    }

    private long templates(String slug, String key) {
        return count(slug, "SELECT count(*) FROM template WHERE key = ?", key);
    }

    /** The prospects of that name in a tenant, read as that tenant. */
    private long prospects(String slug, String name) {
        return count(slug, "SELECT count(*) FROM prospect WHERE name = ?", name);
    }

    /** A count read as the tenant. */
    private long count(String slug, String sql, String argument) {
        Tenant tenant = directory.findBySlug(slug).orElseThrow();
        Long count = TenantContext.callAs(
                tenant.id(), "test", () -> tx.execute(status -> jdbc.queryForObject(sql, Long.class, argument)));
        return count == null ? 0 : count;
    }
}
