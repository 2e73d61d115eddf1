package io.stackup.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.stackup.core.tenancy.Tenant;
import io.stackup.core.tenancy.TenantContext;
import io.stackup.core.tenancy.TenantDirectory;
import io.stackup.support.Browser;
import io.stackup.support.StackupIntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
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

    /** The prospects of that name in a tenant, read as that tenant. */
    private long prospects(String slug, String name) {
        Tenant tenant = directory.findBySlug(slug).orElseThrow();
        Long count = TenantContext.callAs(
                tenant.id(),
                "test",
                () -> tx.execute(status ->
                        jdbc.queryForObject("SELECT count(*) FROM prospect WHERE name = ?", Long.class, name)));
        return count == null ? 0 : count;
    }
}
