package io.stackup.support;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Walks Keycloak's pages after a mail's action link (an e-mail verification, an invitation's new password) until the
 * browser is back in Stackup with a tenant: the page listing the actions ("proceed"), the new password (twice), an
 * information page (back to the application, or the application opened anew), and the login page (username, then
 * password, or the password alone when Keycloak goes on with a login it started).
 */
public final class KeycloakPages {

    private KeycloakPages() {}

    public static void followUntilStackup(Browser browser, String email, String password) {
        ChromeDriver driver = browser.driver();
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        int idle = 0;
        while (System.nanoTime() < deadline) {
            String url = driver.getCurrentUrl();
            if (url.startsWith(SharedStack.appUrl())
                    && (!driver.findElements(By.id("tenant-name")).isEmpty()
                            || !driver.findElements(By.id("get-started")).isEmpty()
                            || !driver.findElements(By.id("choose-tenant")).isEmpty())) {
                return;
            }
            boolean onKeycloak = url.contains("/realms/stackup/");
            if (!visible(driver, "password-new").isEmpty()) {
                driver.findElement(By.id("password-new")).sendKeys(password);
                driver.findElement(By.id("password-confirm")).sendKeys(password);
                driver.findElements(By.cssSelector("[type=submit]")).getFirst().click();
                idle = 0;
            } else if (onKeycloak && !visible(driver, "username").isEmpty()) {
                WebElement username = driver.findElement(By.id("username"));
                username.clear();
                username.sendKeys(email);
                if (visible(driver, "password").isEmpty()) {
                    driver.findElement(By.id("kc-login")).click();
                }
                browser.waitFor(By.id("password")).sendKeys(password);
                driver.findElement(By.id("kc-login")).click();
                idle = 0;
            } else if (onKeycloak && !visible(driver, "password").isEmpty()) {
                driver.findElement(By.id("password")).sendKeys(password);
                driver.findElement(By.id("kc-login")).click();
                idle = 0;
            } else if (onKeycloak && (clickLink(driver, "proceed") || clickLink(driver, "application"))) {
                idle = 0;
            } else if (onKeycloak && ++idle > 6) {
                // An information page without a way on ("Your email address has been verified."): open Stackup.
                browser.open("/");
                idle = 0;
            }
            pause();
        }
        throw new AssertionError("Never reached Stackup; last page " + driver.getCurrentUrl() + ":\n"
                + driver.findElement(By.tagName("body")).getText());
    }

    private static List<WebElement> visible(ChromeDriver driver, String id) {
        return driver.findElements(By.id(id)).stream()
                .filter(WebElement::isDisplayed)
                .toList();
    }

    private static boolean clickLink(ChromeDriver driver, String text) {
        for (WebElement anchor : driver.findElements(By.tagName("a"))) {
            if (anchor.isDisplayed()
                    && anchor.getText().toLowerCase(Locale.ROOT).contains(text)) {
                anchor.click();
                return true;
            }
        }
        return false;
    }

    /** The poll interval while Keycloak's next page loads. */
    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
