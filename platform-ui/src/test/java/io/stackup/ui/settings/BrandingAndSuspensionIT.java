package io.stackup.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import io.stackup.core.tenancy.MemberService;
import io.stackup.core.tenancy.TenantDirectory;
import io.stackup.core.tenancy.TenantStatus;
import io.stackup.support.Browser;
import io.stackup.support.StackupIntegrationTest;
import io.stackup.support.TestTenants;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * In Chromium, on tenants of the test's own (the shared demo tenants stay as they are): an admin's settings change
 * the header at once (a too light accent colour is refused next to its field first), and stay after a reload; a
 * platform operator suspends a tenant with a reason, its member's open tab shows the suspended page with that reason
 * at its next request, and after the reactivation the member works again.
 */
@StackupIntegrationTest
class BrandingAndSuspensionIT {

    @Autowired
    TenantDirectory directory;

    @Autowired
    MemberService members;

    @Test
    void an_admin_changes_the_accent_colour_and_logo_and_sees_the_header_change() throws Exception {
        TestTenants.Made tenant = TestTenants.ensure("branding-ui", "Branding UI Ltd", directory, members);
        Path logo = Files.createTempFile("logo", ".png");
        BufferedImage image = new BufferedImage(600, 200, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(new Color(0xe66100));
        g.fillRect(0, 0, 300, 200);
        g.dispose();
        ImageIO.write(image, "png", logo.toFile());

        try (Browser browser = new Browser()) {
            browser.login(tenant.admin());
            browser.waitForId("admin-home");
            browser.waitForText(By.id("tenant-name"), "Branding UI Ltd");
            browser.open("/settings");
            browser.waitForId("settings");

            browser.type("#settings-accent input", "#ffd700");
            browser.press("settings-save");
            WebElement accent = browser.waitForId("settings-accent");
            waitUntil(browser, () -> Boolean.TRUE.equals(property(browser, accent, "invalid")));
            assertThat(String.valueOf(property(browser, accent, "errorMessage")))
                    .contains("too light")
                    .contains("4.5:1");

            browser.type("#settings-accent input", "#0b5394");
            browser.press("settings-save");
            waitUntil(browser, () -> "rgb(11, 83, 148)".equals(background(browser)));
            assertThat(Boolean.TRUE.equals(property(browser, accent, "invalid")))
                    .isFalse();

            browser.upload("settings-logo-upload", logo);
            browser.waitForId("settings-logo-image");
            waitUntil(browser, () -> logoWidth(browser) > 0);
            browser.screenshot("settings-branded");

            browser.open("/admin");
            browser.waitForId("admin-home");
            waitUntil(browser, () -> logoWidth(browser) > 0);
            assertThat(background(browser)).isEqualTo("rgb(11, 83, 148)");
            assertThat(browser.waitForId("tenant-logo").getAttribute("src")).doesNotContain("data:");
        } finally {
            Files.deleteIfExists(logo);
        }
    }

    @Test
    void an_operator_suspends_a_tenant_its_members_open_tab_shows_why_and_reactivation_lets_them_back() {
        TestTenants.Made tenant = TestTenants.ensure("suspend-ui", "Suspend UI Ltd", directory, members);
        String reason = "Contract ended on 30 November";
        try (Browser member = new Browser();
                Browser operator = new Browser()) {
            member.login(tenant.admin());
            member.waitForId("admin-home");

            operator.login("operator@stackup.test");
            operator.waitForId("operator-tenants");
            operator.waitForId("suspend-demo");
            operator.type("#tenant-search input", "suspend-ui");
            operator.waitUntilGone("suspend-demo");
            operator.waitForId("suspend-suspend-ui");
            operator.press("suspend-suspend-ui");
            operator.waitForId("suspend-dialog");
            operator.press("suspend-confirm");
            WebElement reasonField = operator.waitForId("suspend-reason");
            waitUntil(operator, () -> Boolean.TRUE.equals(property(operator, reasonField, "invalid")));
            operator.type("#suspend-reason textarea", reason);
            operator.press("suspend-confirm");
            operator.waitForId("reactivate-suspend-ui");
            operator.waitForText(By.id("tenant-grid"), reason);

            member.driver()
                    .executeScript("[...document.querySelectorAll('#main-menu vaadin-side-nav-item')]"
                            + ".find(i => i.textContent.trim() === 'Prospects').shadowRoot.querySelector('a').click()");
            member.waitForId("tenant-suspended");
            member.waitForText(By.cssSelector(".suspension-reason"), reason);
            assertThat(member.driver().getPageSource()).doesNotContain("Exception");
            member.screenshot("tenant-suspended-with-reason");

            operator.press("reactivate-suspend-ui");
            operator.waitForId("suspend-suspend-ui");

            member.open("/");
            member.waitForId("admin-home");
        } finally {
            directory.changeStatus(tenant.tenant().id(), TenantStatus.ACTIVE);
        }
    }

    private static Object property(Browser browser, WebElement element, String name) {
        return browser.driver().executeScript("return arguments[0][arguments[1]]", element, name);
    }

    private static String background(Browser browser) {
        return String.valueOf(browser.driver()
                .executeScript("return getComputedStyle(document.getElementById('tenant-brand')).backgroundColor"));
    }

    private static long logoWidth(Browser browser) {
        Object width = browser.driver()
                .executeScript("const i = document.getElementById('tenant-logo'); return i ? i.naturalWidth : 0");
        return width instanceof Number n ? n.longValue() : 0;
    }

    private static void waitUntil(Browser browser, java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(driver -> condition.getAsBoolean());
    }
}
