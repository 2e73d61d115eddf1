package io.stackup.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import io.stackup.core.interview.InterviewAssignmentService;
import io.stackup.core.interview.InterviewId;
import io.stackup.core.interview.NewInterview;
import io.stackup.core.prospect.ProspectDraft;
import io.stackup.core.prospect.ProspectId;
import io.stackup.core.prospect.ProspectService;
import io.stackup.core.template.TemplateService;
import io.stackup.core.template.TemplateVersion;
import io.stackup.core.template.document.TemplateReader;
import io.stackup.core.tenancy.MemberService;
import io.stackup.core.tenancy.Roles;
import io.stackup.core.tenancy.TenantContext;
import io.stackup.core.tenancy.TenantDirectory;
import io.stackup.support.Browser;
import io.stackup.support.SharedStack;
import io.stackup.support.StackupIntegrationTest;
import io.stackup.support.Superuser;
import io.stackup.support.TestTenants;
import io.stackup.tenantadmin.identity.KeycloakIdentityAdmin;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * In Chromium, on a tenant of the test's own: the tenant's time zone decides how its screens show times (an audit
 * record and an interview's creation shown in UTC move to Asia/Kolkata's wall clock, half an hour off the hour, once
 * the admin picks that zone),
 * and a member whose browser asks only for a language the UI does not speak gets the tenant's default language, in
 * texts and in the dates' words.
 */
@StackupIntegrationTest
class TenantRegionUiIT {

    private static final String SLUG = "region-ui";

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
    void the_audit_log_and_an_interview_show_their_times_in_the_zone_the_admin_chooses() throws Exception {
        TestTenants.Made tenant = TestTenants.ensure(SLUG, "Region UI Ltd", directory, members);
        reset(tenant);
        InterviewId interview = interview(tenant);
        Instant created = Instant.ofEpochMilli(Superuser.number(
                "SELECT (extract(epoch FROM created_at) * 1000)::bigint FROM interview WHERE tenant_id = ? AND id = ?",
                tenant.tenant().id().value(),
                interview.value()));

        try (Browser browser = new Browser("en-GB,en")) {
            browser.login(tenant.admin());
            browser.waitForId("admin-home");
            browser.open("/settings");
            browser.waitForId("settings");
            String name = "Region UI " + UUID.randomUUID().toString().substring(0, 6);
            browser.type("#settings-name input", name);
            browser.press("settings-save");
            Instant renamed = awaitRecord(browser, tenant, "name.after", name);

            browser.open("/audit");
            browser.waitForId("audit-grid");
            browser.waitForText(By.id("audit-grid"), shown(renamed, ZoneId.of("UTC"), Locale.UK));
            browser.open("/interviews/" + interview.value());
            browser.waitForText(By.tagName("body"), shown(created, ZoneId.of("UTC"), Locale.UK));

            browser.open("/settings");
            browser.waitForId("settings");
            browser.pick(browser.waitForId("settings-time-zone"), "Asia/Kolkata");
            browser.press("settings-save");
            awaitRecord(browser, tenant, "timeZone.after", "Asia/Kolkata");

            browser.open("/audit");
            browser.waitForId("audit-grid");
            String kolkata = shown(renamed, ZoneId.of("Asia/Kolkata"), Locale.UK);
            browser.waitForText(By.id("audit-grid"), kolkata);
            assertThat(browser.waitForId("audit-grid").getText())
                    .contains(kolkata)
                    .doesNotContain(shown(renamed, ZoneId.of("UTC"), Locale.UK));
            browser.screenshot("audit-in-tenant-zone");

            browser.open("/interviews/" + interview.value());
            String createdInKolkata = shown(created, ZoneId.of("Asia/Kolkata"), Locale.UK);
            browser.waitForText(By.tagName("body"), createdInKolkata);
            assertThat(browser.waitFor(By.tagName("body")).getText())
                    .doesNotContain(shown(created, ZoneId.of("UTC"), Locale.UK));
        } finally {
            reset(tenant);
        }
    }

    @Test
    void a_browser_asking_only_for_french_gets_the_tenants_default_language_in_texts_and_dates() {
        TestTenants.Made tenant = TestTenants.ensure(SLUG, "Region UI Ltd", directory, members);
        reset(tenant);
        Superuser.update(
                "UPDATE tenant SET default_language = 'en' WHERE id = ?",
                tenant.tenant().id().value());
        Instant at = Instant.now();
        Superuser.update(
                "INSERT INTO audit_event (tenant_id, at, actor_id, actor_label, action, summary, details)"
                        + " VALUES (?, ?, 'system:test', 'Test', 'tenant.settings_changed', 'Language probe', '{}')",
                tenant.tenant().id().value(),
                java.sql.Timestamp.from(at));

        try (Browser browser = new Browser("fr-FR,fr")) {
            browser.login(tenant.admin());
            browser.waitForId("admin-home");
            browser.open("/audit");
            browser.waitForId("audit-grid");
            browser.waitForText(By.id("audit-grid"), "Language probe");
            String grid = browser.waitForId("audit-grid").getText();
            assertThat(grid).contains(shown(at, ZoneId.of("UTC"), Locale.ENGLISH));
            assertThat(grid).doesNotContain(shown(at, ZoneId.of("UTC"), Locale.FRANCE));
            assertThat(browser.menu()).contains("Audit log");
        } finally {
            reset(tenant);
        }
    }

    /** An interview in the tenant, assigned by its admin to its interviewer. */
    private InterviewId interview(TestTenants.Made tenant) throws Exception {
        String adminId;
        try (KeycloakIdentityAdmin keycloak = SharedStack.keycloakAdmin()) {
            adminId = keycloak.findUserId(tenant.admin()).orElseThrow();
        }
        String key = "region-" + UUID.randomUUID().toString().substring(0, 8);
        byte[] document;
        try (InputStream in = getClass().getResourceAsStream("/templates/mini-io.json")) {
            document = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("\"key\": \"mini-io\"", "\"key\": \"" + key + "\"")
                    .getBytes(StandardCharsets.UTF_8);
        }
        Authentication previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext()
                .setAuthentication(new TestingAuthenticationToken(adminId, "n/a", Roles.authority(Roles.TENANT_ADMIN)));
        try {
            return TenantContext.callAs(tenant.tenant().id(), adminId, () -> {
                TemplateVersion template = templates.importDocument(document, TemplateReader.Syntax.JSON, true, false);
                ProspectId prospect = prospects
                        .create(new ProspectDraft("Prospect " + key, null, null, null, null, null))
                        .id();
                return assignments
                        .assign(new NewInterview(template.id(), prospect, tenant.interviewer(), Map.of(), null))
                        .id();
            });
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    /** How the screens show an instant: a medium date and a short time (the UI's formatter, docs/spec Settings). */
    private static String shown(Instant at, ZoneId zone, Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale)
                .withZone(zone)
                .format(at);
    }

    /** Waits for the tenant's settings change whose detail {@code key} is {@code value}; returns when it was made. */
    private static Instant awaitRecord(Browser browser, TestTenants.Made tenant, String key, String value) {
        String count = "SELECT count(*) FROM audit_event WHERE tenant_id = ? AND details ->> ? = ?";
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(d -> Superuser.number(count, tenant.tenant().id().value(), key, value) > 0);
        long millis = Superuser.number(
                "SELECT (extract(epoch FROM max(at)) * 1000)::bigint FROM audit_event"
                        + " WHERE tenant_id = ? AND details ->> ? = ?",
                tenant.tenant().id().value(),
                key,
                value);
        return Instant.ofEpochMilli(millis);
    }

    private static void reset(TestTenants.Made tenant) {
        Superuser.update(
                "UPDATE tenant SET time_zone = NULL, default_language = NULL WHERE id = ?",
                tenant.tenant().id().value());
    }
}
