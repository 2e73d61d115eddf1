package io.stackup.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.stackup.core.tenancy.Tenant;
import io.stackup.core.tenancy.TenantDirectory;
import io.stackup.core.tenancy.TenantStatus;
import io.stackup.support.Browser;
import io.stackup.support.Signups;
import io.stackup.support.StackupIntegrationTest;
import io.stackup.support.Superuser;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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
            Signups.signUpAndVerify(
                    stranger, "First " + unique, first, "fay-" + unique + "@first.example.com", PASSWORD, true);
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
            Signups.signUpAndVerify(
                    other, "Second " + unique, second, "sid-" + unique + "@second.example.com", PASSWORD, false);
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

    /** Waits until the grid's row count, which the server sends from the service's count, is {@code expected}. */
    private static void awaitGridSize(Browser browser, String id, long expected) {
        browser.waitForId(id);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> {
            Object size = browser.driver().executeScript("return document.getElementById(arguments[0]).size;", id);
            return size instanceof Number n && n.longValue() == expected;
        });
    }
}
