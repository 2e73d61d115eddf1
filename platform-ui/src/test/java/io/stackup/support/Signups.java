package io.stackup.support;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A company's sign-up in the browser, as a stranger does it; the application is whichever the browser is at. */
public final class Signups {

    private Signups() {}

    /**
     * From Keycloak's login page to the new tenant's admin home: the sign-up form (with {@code tryTheSlugFirst}, the
     * short names {@code admin}, reserved, and {@code demo}, taken on the shared stack, are refused first), a password
     * too short refused, the verification mail read from {@link SharedStack#mail()} and its link opened, the login.
     */
    public static void signUpAndVerify(
            Browser browser, String company, String slug, String email, String password, boolean tryTheSlugFirst) {
        browser.open("/");
        browser.waitForKeycloakLogin();
        browser.waitFor(By.id("stackup-signup")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .until(d -> d.getCurrentUrl().startsWith(browser.appUrl() + "/signup"));
        browser.waitForId("signup-heading");

        browser.type("#signup-company-name input", company);
        WebElement slugInput = browser.present(By.cssSelector("#signup-slug input"));
        // The form suggests a short name from the company's name; wait for it before typing over it.
        String suggested = company.toLowerCase(Locale.ROOT).replace(' ', '-');
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
        browser.type("#signup-password input", password);
        browser.type("#signup-password-confirmation input", password);
        browser.click("signup-submit");
        browser.waitForText(By.id("signup-inbox-text"), email);

        browser.driver().get(Mails.link(email, Mails.KEYCLOAK_ACTION));
        browser.screenshot("signup-link-" + slug);
        // In a browser without Keycloak's login session, Keycloak asks to confirm the address first.
        List<WebElement> proceed = browser.driver().findElements(By.partialLinkText("proceed"));
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
            browser.waitFor(By.id("password")).sendKeys(password);
            browser.driver().findElement(By.id("kc-login")).click();
        } else if (browser.isOnKeycloakLogin()) {
            browser.waitFor(By.id("username")).sendKeys(email);
            if (browser.driver().findElements(By.id("password")).isEmpty()
                    || !browser.driver().findElement(By.id("password")).isDisplayed()) {
                browser.driver().findElement(By.id("kc-login")).click();
            }
            browser.waitFor(By.id("password")).sendKeys(password);
            browser.driver().findElement(By.id("kc-login")).click();
        }
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .until(d -> d.getCurrentUrl().startsWith(browser.appUrl()));
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
}
