package io.stackup.offboarding;

import static org.assertj.core.api.Assertions.assertThat;

import io.stackup.offboarding.OffboardingFixture.TestTenant;
import io.stackup.support.Browser;
import io.stackup.support.StackupIntegrationTest;
import io.stackup.tenantadmin.offboarding.TenantDeletionService;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * The admin's "Data" screen in Chromium, on a tenant made for the test: the menu has it, "Start export" shows the
 * export's state and progress bar, which reach done without a reload, and its archive downloads with the page's own
 * session, a wrong short name is shown next to the field, the right one makes the deletion pending (shown
 * with its date), and cancelling it brings the request back.
 */
@StackupIntegrationTest
class DataUiIT {

    @Autowired
    ApplicationContext context;

    @Autowired
    TenantDeletionService deletions;

    @Test
    void an_admin_starts_an_export_sees_it_done_downloads_its_archive_requests_the_deletion_and_cancels_it()
            throws Exception {
        OffboardingFixture fixture = new OffboardingFixture(context);
        TestTenant t = fixture.tenant("ui-" + OffboardingFixture.unique());
        try (Browser browser = new Browser()) {
            browser.login(t.adminEmail());
            browser.waitForId("admin-home");
            assertThat(browser.menu()).contains("Data");
            browser.open("/data");
            browser.waitForId("data");

            browser.click("start-export");
            // The screen polls: the export's state and bar appear and reach done without a reload.
            browser.waitFor(By.id("export-progress"));
            browser.waitFor(By.cssSelector("#export-status[data-status='done']"));
            assertThat(browser.present(By.id("export-progress")).getDomProperty("value"))
                    .isEqualTo("100");
            browser.waitForText(By.id("export-status"), "Export finished on");
            browser.waitForText(By.id("export-list"), "Done");
            Map<String, byte[]> entries = TenantOffboardingIT.unzip(browser.downloadBytes("export-download"));
            JsonNode manifest = OffboardingFixture.JSON.readTree(entries.get("manifest.json"));
            assertThat(manifest.path("tenant").path("slug").asString())
                    .isEqualTo(t.tenant().slug());
            assertThat(entries).containsKey("tables/member.jsonl");

            browser.type("#deletion-confirmation input", "not-" + t.tenant().slug());
            browser.click("request-deletion");
            browser.waitFor(By.cssSelector("#deletion-confirmation[invalid]"));
            assertThat(fixture.admin(t, deletions::pending)).isEmpty();

            browser.type("#deletion-confirmation input", t.tenant().slug());
            browser.click("request-deletion");
            browser.waitForText(By.id("deletion-pending"), "will be deleted on");
            assertThat(fixture.admin(t, deletions::pending)).isPresent();

            browser.click("cancel-deletion");
            browser.waitForId("request-deletion");
            assertThat(fixture.admin(t, deletions::pending)).isEmpty();
        }
    }
}
