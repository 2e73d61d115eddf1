package io.stackup.ui.members;

import static org.assertj.core.api.Assertions.assertThat;

import io.stackup.core.tenancy.Tenant;
import io.stackup.core.tenancy.TenantContext;
import io.stackup.core.tenancy.TenantDirectory;
import io.stackup.support.Browser;
import io.stackup.support.SharedStack;
import io.stackup.support.StackupIntegrationTest;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The whole invitation in Chromium: admin@demo.test invites a new interviewer on the members screen; Keycloak's mail
 * arrives at the test SMTP server; the invitee follows its link, chooses a password on Keycloak's pages, signs in and
 * lands in Stackup in the demo tenant, whose member list then shows them active.
 */
@StackupIntegrationTest
class MemberInvitationIT {

    private static final Pattern ACTION_LINK =
            Pattern.compile("https?://[^\\s\"'<>]+/login-actions/action-token\\?[^\\s\"'<>]+");
    private static final String PASSWORD = "Invitee-Pass-2026!";

    @Autowired
    TenantDirectory directory;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate tx;

    @Test
    void an_admin_invites_an_interviewer_who_sets_a_password_from_keycloaks_mail_and_lands_in_the_tenant()
            throws Exception {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String email = "ivy-" + unique + "@invited.test";

        try (Browser admin = new Browser()) {
            admin.login("admin@demo.test");
            admin.waitForId("admin-home");
            assertThat(admin.menu()).contains("Members");
            admin.open("/members");
            admin.waitForId("member-grid");
            admin.waitForText(By.id("member-grid"), "admin@demo.test");

            admin.click("invite-member");
            admin.waitForId("invite-dialog");
            admin.click("invite-send");
            admin.waitForText(By.id("invite-dialog"), "enter the e-mail address");
            admin.type("#invite-email input", "not an address");
            admin.click("invite-send");
            admin.waitForText(By.id("invite-dialog"), "not an e-mail address");
            admin.waitForText(By.id("invite-dialog"), "choose at least one role");

            admin.type("#invite-email input", email);
            admin.type("#invite-name input", "Ivy Invitee");
            admin.clickItem("#invite-roles vaadin-checkbox", "Interviewer", true);
            admin.click("invite-send");
            admin.waitUntilGone("invite-dialog");
            admin.waitForText(By.id("member-grid"), email);
            admin.waitForText(By.id("member-grid"), "Invited");
            admin.screenshot("members-invited");
        }

        MimeMessage mail = SharedStack.mail()
                .await(m -> recipients(m).contains(email), Duration.ofSeconds(60))
                .orElseThrow(() -> new AssertionError("Keycloak sent no mail to " + email));
        Matcher link = ACTION_LINK.matcher(text(mail));
        assertThat(link.find()).as("the mail holds Keycloak's action link").isTrue();

        try (Browser invitee = new Browser()) {
            invitee.driver().get(link.group().replace("&amp;", "&"));
            followKeycloakUntilStackup(invitee, email);
            invitee.waitForText(By.id("tenant-name"), "Demo Partners Ltd");
            invitee.screenshot("members-invitee-landed");
        }

        Tenant demo = directory.findBySlug("demo").orElseThrow();
        Map<String, Object> row = TenantContext.callAs(
                demo.id(),
                "test",
                () -> tx.execute(s -> jdbc.queryForMap(
                        "SELECT m.active, m.last_login_at, i.created_user FROM member m"
                                + " JOIN member_invitation i ON i.tenant_id = m.tenant_id AND i.member_id = m.id"
                                + " WHERE m.email = ?",
                        email)));
        assertThat(row.get("active")).isEqualTo(true);
        assertThat(row.get("last_login_at")).as("joined: no longer pending").isNotNull();
        assertThat(row.get("created_user")).isEqualTo(true);
    }

    /**
     * Walks Keycloak's pages after the mail's link: the page listing the actions (proceed), the new password (twice),
     * a page saying the account is updated (back to the application), and the login page if Keycloak asks to sign in;
     * until the browser is back at Stackup.
     */
    private static void followKeycloakUntilStackup(Browser browser, String email) {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            var driver = browser.driver();
            if (driver.getCurrentUrl().startsWith(SharedStack.appUrl())
                    && !driver.findElements(By.id("tenant-name")).isEmpty()) {
                return;
            }
            if (!driver.findElements(By.id("password-new")).isEmpty()) {
                driver.findElement(By.id("password-new")).sendKeys(PASSWORD);
                driver.findElement(By.id("password-confirm")).sendKeys(PASSWORD);
                submit(browser);
            } else if (!driver.findElements(By.id("username")).isEmpty()
                    && driver.getCurrentUrl().contains("/realms/stackup/")) {
                WebElement username = driver.findElement(By.id("username"));
                username.clear();
                username.sendKeys(email);
                List<WebElement> password = driver.findElements(By.id("password"));
                if (password.isEmpty() || !password.getFirst().isDisplayed()) {
                    driver.findElement(By.id("kc-login")).click();
                }
                browser.waitFor(By.id("password")).sendKeys(PASSWORD);
                driver.findElement(By.id("kc-login")).click();
            } else if (clickLinkContaining(browser, "proceed") || clickLinkContaining(browser, "application")) {
                // followed Keycloak's link
            }
            sleep(500);
        }
        throw new AssertionError(
                "Never reached Stackup; last page " + browser.driver().getCurrentUrl() + ":\n"
                        + browser.driver().findElement(By.tagName("body")).getText());
    }

    private static void submit(Browser browser) {
        List<WebElement> buttons = browser.driver().findElements(By.cssSelector("[type=submit]"));
        buttons.getFirst().click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .until(d -> d.findElements(By.id("password-new")).isEmpty());
    }

    private static boolean clickLinkContaining(Browser browser, String text) {
        for (WebElement anchor : browser.driver().findElements(By.tagName("a"))) {
            String shown = anchor.getText().toLowerCase(java.util.Locale.ROOT);
            if (shown.contains(text) && anchor.isDisplayed()) {
                anchor.click();
                return true;
            }
        }
        return false;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String recipients(MimeMessage mail) {
        try {
            return Arrays.toString(mail.getRecipients(Message.RecipientType.TO));
        } catch (Exception e) {
            return "";
        }
    }

    /** The plain text of a mail (its text/plain part when it has several), decoded. */
    private static String text(Part part) throws Exception {
        if (part.isMimeType("text/plain")) {
            return String.valueOf(part.getContent());
        }
        if (part.getContent() instanceof Multipart multipart) {
            StringBuilder all = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart body = multipart.getBodyPart(i);
                all.append(text(body)).append('\n');
            }
            return all.toString();
        }
        return String.valueOf(part.getContent());
    }
}
