package io.stackup.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.stackup.core.tenancy.Tenant;
import io.stackup.core.tenancy.TenantDirectory;
import io.stackup.core.tenancy.TenantStatus;
import io.stackup.support.Browser;
import io.stackup.support.Mails;
import io.stackup.support.SharedStack;
import io.stackup.support.StackupIntegrationTest;
import io.stackup.support.Superuser;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A stranger's way in, in Chromium: from Keycloak's login page to the sign-up form (the short name checked as it is
 * typed), the verification mail read from the test SMTP server and its link opened, the first login as the new
 * tenant's admin onto the guided empty workspace. A second company signed up the same way sees none of the first's
 * templates, prospects or leads.
 */
@StackupIntegrationTest
class SignupIT {

    private static final String PASSWORD = "correct-horse-battery";

    @Autowired
    private TenantDirectory directory;

    private final String unique = UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void belowEveryLimit() {
        Superuser.resetSignupRates();
    }

    @Test
    void a_stranger_signs_up_verifies_the_address_and_lands_in_a_guided_empty_workspace_that_a_second_one_cannot_see()
            throws Exception {
        String first = "first-" + unique;
        Tenant firstTenant;
        try (Browser stranger = new Browser()) {
            signUpAndVerify(stranger, "First " + unique, first, "fay-" + unique + "@first.example.com", true);
            firstTenant = directory.findBySlug(first).orElseThrow();
            assertThat(firstTenant.status()).isEqualTo(TenantStatus.ACTIVE);
            stranger.screenshot("signup-get-started");
            stranger.click("get-started-clone-core-io");
            new WebDriverWait(stranger.driver(), Duration.ofSeconds(30))
                    .until(d -> d.getCurrentUrl().contains("/templates/"));
            Superuser.update(
                    "INSERT INTO prospect (tenant_id, name, created_by, updated_by) VALUES (?, ?, 'test', 'test')",
                    firstTenant.id().value(),
                    "First's prospect " + unique);
            stranger.open("/templates");
            awaitGridSize(stranger, "template-grid", 1);
            stranger.open("/prospects");
            awaitGridSize(stranger, "prospect-grid", 1);
        }

        String second = "second-" + unique;
        try (Browser other = new Browser()) {
            signUpAndVerify(other, "Second " + unique, second, "sid-" + unique + "@second.example.com", false);
            for (String[] page : new String[][] {
                {"/templates", "template-grid"}, {"/prospects", "prospect-grid"}, {"/leads", "lead-grid"}
            }) {
                other.open(page[0]);
                awaitGridSize(other, page[1], 0);
            }
            other.open("/admin");
            other.waitForId("get-started");
        }
    }

    /** From the login page to the admin's home: sign-up form, mail, link, login. */
    private void signUpAndVerify(Browser browser, String company, String slug, String email, boolean tryTheSlugFirst)
            throws Exception {
        browser.open("/");
        browser.waitForKeycloakLogin();
        browser.waitFor(By.id("stackup-signup")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .until(d -> d.getCurrentUrl().startsWith(SharedStack.appUrl() + "/signup"));
        browser.waitForId("signup-heading");

        browser.type("#signup-company-name input", company);
        WebElement slugInput = browser.present(By.cssSelector("#signup-slug input"));
        // The form suggests a short name from the company's name; wait for it before typing over it.
        String suggested = company.toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(d -> suggested.equals(slugInput.getDomProperty("value")));
        slugInput.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        if (tryTheSlugFirst) {
            slugInput.sendKeys("admin");
            waitForSlug(browser, true, "reserved");
            slugInput.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
            slugInput.sendKeys("demo");
            waitForSlug(browser, true, "taken");
            slugInput.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        }
        slugInput.sendKeys(slug);
        waitForSlug(browser, false, "available");

        browser.type("#signup-first-name input", "Fay");
        browser.type("#signup-last-name input", "Founder");
        browser.type("#signup-email input", email);
        browser.type("#signup-password input", "short");
        browser.type("#signup-password-confirmation input", "short");
        browser.click("signup-submit");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> isInvalid(browser, "signup-password"));
        browser.type("#signup-password input", PASSWORD);
        browser.type("#signup-password-confirmation input", PASSWORD);
        browser.click("signup-submit");
        browser.waitForText(By.id("signup-inbox-text"), email);

        browser.driver().get(Mails.link(email, Mails.KEYCLOAK_ACTION));
        browser.screenshot("signup-link-" + slug);
        // In a browser without Keycloak's login session, Keycloak asks to confirm the address first.
        java.util.List<WebElement> proceed = browser.driver().findElements(By.partialLinkText("proceed"));
        if (!proceed.isEmpty()) {
            proceed.getFirst().click();
        }
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .until(d -> !d.getPageSource().contains("Click here to proceed"));
        browser.screenshot("signup-verified-" + slug);

        if (browser.driver().findElements(By.id("password")).isEmpty()) {
            browser.open("/");
        }
        if (!browser.driver().findElements(By.id("password")).isEmpty()
                && browser.driver().findElements(By.id("username")).isEmpty()) {
            // Keycloak went on with the login after the verification: it only asks for the password.
            browser.waitFor(By.id("password")).sendKeys(PASSWORD);
            browser.driver().findElement(By.id("kc-login")).click();
        } else if (browser.isOnKeycloakLogin()) {
            browser.waitFor(By.id("username")).sendKeys(email);
            if (browser.driver().findElements(By.id("password")).isEmpty()
                    || !browser.driver().findElement(By.id("password")).isDisplayed()) {
                browser.driver().findElement(By.id("kc-login")).click();
            }
            browser.waitFor(By.id("password")).sendKeys(PASSWORD);
            browser.driver().findElement(By.id("kc-login")).click();
        }
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .until(d -> d.getCurrentUrl().startsWith(SharedStack.appUrl()));
        browser.waitForId("get-started");
        browser.waitForId("get-started-invite");
    }

    private static void waitForSlug(Browser browser, boolean invalid, String text) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> {
            WebElement field = d.findElement(By.id("signup-slug"));
            return isInvalid(browser, "signup-slug") == invalid
                    && field.getText().contains(text);
        });
    }

    /** The field's {@code invalid} property, as Vaadin sets it from the server. */
    private static boolean isInvalid(Browser browser, String id) {
        return Boolean.TRUE.equals(
                browser.driver().executeScript("return document.getElementById(arguments[0]).invalid === true;", id));
    }

    /** Waits until the grid's row count, which the server sends from the service's count, is {@code expected}. */
    private static void awaitGridSize(Browser browser, String id, long expected) {
        browser.waitForId(id);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> {
            Object size = browser.driver().executeScript("return document.getElementById(arguments[0]).size;", id);
            return size instanceof Number n && n.longValue() == expected;
        });
    }
}
