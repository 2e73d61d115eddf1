package io.stackup.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.stackup.core.interview.InterviewAssignmentService;
import io.stackup.core.interview.NewInterview;
import io.stackup.core.prospect.ProspectDraft;
import io.stackup.core.prospect.ProspectId;
import io.stackup.core.prospect.ProspectService;
import io.stackup.core.template.TemplateId;
import io.stackup.core.template.TemplateService;
import io.stackup.core.template.document.TemplateReader;
import io.stackup.core.tenancy.MemberService;
import io.stackup.core.tenancy.Roles;
import io.stackup.core.tenancy.TenantContext;
import io.stackup.core.tenancy.TenantDirectory;
import io.stackup.support.Browser;
import io.stackup.support.SharedStack;
import io.stackup.support.StackupIntegrationTest;
import io.stackup.support.TestTenants;
import io.stackup.tenantadmin.identity.KeycloakIdentityAdmin;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The template list by key in Chromium: three published versions of one key are one row with its latest version and
 * counts, expanding to the three versions with each one's interview count; comparing the last with the one before
 * shows the question it added; a version row opens that version.
 */
@StackupIntegrationTest
class TemplateKeysUiIT {

    @Autowired
    TenantDirectory directory;

    @Autowired
    MemberService members;

    @Autowired
    TemplateService templates;

    @Autowired
    ProspectService prospects;

    @Autowired
    InterviewAssignmentService assignments;

    @Test
    void three_versions_of_a_key_are_one_row_that_expands_to_its_versions_with_their_counts() throws Exception {
        TestTenants.Made tenant = TestTenants.ensure("versions14-keys", "Versions Keys Ltd", directory, members);
        String key = "keys-" + UUID.randomUUID().toString().substring(0, 8);
        String adminId;
        try (KeycloakIdentityAdmin keycloak = SharedStack.keycloakAdmin()) {
            adminId = keycloak.findUserId(tenant.admin()).orElseThrow();
        }
        TemplateId v1 = as(tenant, adminId, () -> publish(key, "1.0.0"));
        as(tenant, adminId, () -> publish(key, "1.1.0"));
        TemplateId v3 = as(tenant, adminId, () -> publish(key, "2.0.0"));
        as(tenant, adminId, () -> {
            ProspectId prospect = prospects
                    .create(new ProspectDraft("Prospect " + key, null, null, null, null, null))
                    .id();
            for (TemplateId version : new TemplateId[] {v1, v3, v3}) {
                assignments.assign(new NewInterview(version, prospect, tenant.interviewer(), Map.of(), null));
            }
            return null;
        });

        try (Browser browser = new Browser()) {
            browser.login(tenant.admin());
            browser.open("/templates");
            browser.waitForId("template-grid");
            browser.type("#template-search input", key);
            // the search is sent lazily and refreshes every row: a click on a button it replaces would be lost
            browser.settle();
            awaitText(browser, ".template-versions[data-row='" + key + "']", "3");
            assertThat(rootSize(browser)).isEqualTo(1);
            assertThat(text(browser, ".template-uses[data-row='" + key + "']")).isEqualTo("3");
            assertThat(browser.driver().findElement(By.id("template-grid")).getText())
                    .contains("2.0.0");

            browser.present(By.cssSelector("#template-grid vaadin-grid-tree-toggle"))
                    .click();
            browser.screenshot("templates-by-key-expanding");
            awaitText(browser, ".template-uses[data-row='" + key + "@2.0.0']", "2");
            awaitText(browser, ".template-uses[data-row='" + key + "@1.1.0']", "0");
            awaitText(browser, ".template-uses[data-row='" + key + "@1.0.0']", "1");
            browser.screenshot("templates-by-key");

            browser.present(By.cssSelector(".template-compare[data-row='" + key + "@2.0.0']"))
                    .click();
            browser.waitForText(By.id("compare-dialog"), "Added: questionnaire/sections/s1/questions/sponsor");
            assertThat(browser.driver().findElements(By.cssSelector("#compare-dialog .stackup-change")))
                    .hasSize(2);
            browser.screenshot("template-compare");
            browser.click("close-compare");
            browser.waitUntilGone("compare-dialog");

            browser.present(By.cssSelector(".template-uses[data-row='" + key + "@1.0.0']"))
                    .click();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                    .until(d -> d.getCurrentUrl().contains("/templates/" + v1));

            browser.open("/templates/" + v3);
            browser.click("compare-previous");
            browser.waitForText(By.id("compare-dialog"), "Added: questionnaire/sections/s1/questions/sponsor");
        }
    }

    private TemplateId publish(String key, String version) {
        try (InputStream in = getClass().getResourceAsStream("/templates/mini-io.json")) {
            byte[] document = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("\"key\": \"mini-io\"", "\"key\": \"" + key + "\"")
                    .replace("\"version\": \"1.0.0\"", "\"version\": \"" + version + "\"")
                    .replace(
                            "\"text\": \"Is there budget for this in the next 12 months?\" }",
                            version.equals("2.0.0")
                                    ? "\"text\": \"Is there budget for this in the next 12 months?\" },"
                                            + " { \"key\": \"sponsor\", \"type\": \"yes_no\", \"text\": \"Sponsor?\" }"
                                    : "\"text\": \"Is there budget for this in the next 12 months?\" }")
                    .getBytes(StandardCharsets.UTF_8);
            return templates
                    .importDocument(document, TemplateReader.Syntax.JSON, true, false)
                    .id();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static <T> T as(TestTenants.Made tenant, String adminId, Supplier<T> work) {
        Authentication previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext()
                .setAuthentication(new TestingAuthenticationToken(adminId, "n/a", Roles.authority(Roles.TENANT_ADMIN)));
        try {
            return TenantContext.callAs(tenant.tenant().id(), adminId, work);
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    private static long rootSize(Browser browser) {
        return ((Number) browser.driver().executeScript("return document.getElementById('template-grid').size;"))
                .longValue();
    }

    private static String text(Browser browser, String css) {
        return browser.present(By.cssSelector(css)).getText().strip();
    }

    private static void awaitText(Browser browser, String css, String expected) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.NoSuchElementException.class)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElement(By.cssSelector(css)).getText().strip().equals(expected));
    }
}
