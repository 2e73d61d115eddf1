package io.stackup.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.stackup.core.tenancy.Tenant;
import io.stackup.core.tenancy.TenantContext;
import io.stackup.core.tenancy.TenantDirectory;
import io.stackup.support.Browser;
import io.stackup.support.ExtraUsers;
import io.stackup.support.StackupIntegrationTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every demo user signs in through Keycloak's real login page in Chromium, sees the menu of their roles, is refused
 * a route of another role, and logs out of Stackup and Keycloak both.
 */
@StackupIntegrationTest
class LoginIT {

    @Autowired
    TenantDirectory directory;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate tx;

    @BeforeEach
    void extraUsers() {
        ExtraUsers.ensure(directory);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "admin@demo.test       | Demo Partners Ltd | Overview;Prospects;Interviews;Templates;Public links;Webhooks;Members;Leads;Audit log;Settings;Data | admin-home | /operator/tenants",
                "interviewer@demo.test | Demo Partners Ltd | My interviews;Prospects;Interviews | my-interviews | /templates",
                "expert@demo.test      | Demo Partners Ltd | Interviews;Leads | leads         | /prospects",
                "expert2@demo.test     | Demo Partners Ltd | Interviews;Leads | leads         | /operator/tenants",
                "admin@other.test      | Other Consulting  | Overview;Prospects;Interviews;Templates;Public links;Webhooks;Members;Leads;Audit log;Settings;Data | admin-home | /my-interviews",
                "interviewer@other.test| Other Consulting  | My interviews;Prospects;Interviews | my-interviews | /leads",
                "expert@other.test     | Other Consulting  | Interviews;Leads | leads         | /admin",
                "expert2@other.test    | Other Consulting  | Interviews;Leads | leads         | /audit",
            })
    void a_demo_user_signs_in_sees_their_menu_is_refused_another_roles_route_and_logs_out(
            String user, String tenant, String menu, String landingId, String forbidden) {
        try (Browser browser = new Browser()) {
            browser.login(user);
            browser.waitForId(landingId);
            browser.waitForText(By.id("tenant-name"), tenant);
            assertThat(browser.menu()).containsExactly(menu.split(";"));

            browser.open(forbidden);
            browser.waitForId("not-found");
            assertThat(browser.driver().findElements(By.id("admin-home"))).isEmpty();

            browser.open("/");
            browser.waitForId(landingId);
            browser.waitForId("logout").click();
            browser.waitForKeycloakLogin();
            browser.open("/");
            browser.waitForKeycloakLogin();
        }
    }

    @Test
    void a_platform_operator_lands_on_the_tenants_list_and_can_search_it() {
        try (Browser browser = new Browser()) {
            browser.login("operator@stackup.test");
            browser.waitForId("operator-tenants");
            assertThat(browser.menu()).containsExactly("Tenants");
            browser.waitForText(By.id("tenant-grid"), "Demo Partners Ltd");
            browser.waitForText(By.id("tenant-grid"), "Other Consulting");
            browser.screenshot("operator-tenants");
        }
    }

    @Test
    void a_member_of_two_tenants_chooses_one_and_can_switch() {
        try (Browser browser = new Browser(768, 1024)) {
            browser.login("freelancer@stackup.test");
            browser.waitForId("choose-tenant");
            browser.screenshot("choose-tenant");
            browser.waitForId("choose-other").click();
            browser.waitForId("admin-home");
            browser.waitForText(By.id("tenant-name"), "Other Consulting");
            browser.screenshot("admin-tablet");
            assertThat(memberEmails("other")).contains("freelancer@stackup.test");

            browser.open("/choose-tenant");
            browser.waitForId("choose-demo").click();
            browser.waitForId("my-interviews");
            browser.waitForText(By.id("tenant-name"), "Demo Partners Ltd");
            browser.screenshot("interviewer-tablet");
            assertThat(memberEmails("demo")).contains("freelancer@stackup.test");
        }
    }

    /** The member rows of a tenant, read as that tenant: the demo data creates them before the first login. */
    private List<String> memberEmails(String slug) {
        Tenant tenant = directory.findBySlug(slug).orElseThrow();
        return TenantContext.callAs(
                tenant.id(),
                "test",
                () -> tx.execute(status -> jdbc.queryForList("SELECT email FROM member", String.class)));
    }

    @Test
    void a_user_whose_organization_has_no_tenant_sees_a_page_that_says_so() {
        try (Browser browser = new Browser()) {
            browser.login(ExtraUsers.GHOST);
            browser.waitForId("no-tenant");
            assertThat(browser.waitForId("notice-text").getText())
                    .contains("nowhere")
                    .contains("not set up");
            assertThat(browser.driver().getPageSource()).doesNotContain("Exception");
            browser.waitForId("logout").click();
            browser.waitForKeycloakLogin();
        }
    }

    @Test
    void a_user_of_a_suspended_tenant_sees_a_page_that_says_so() {
        try (Browser browser = new Browser()) {
            browser.login(ExtraUsers.PAUSED);
            browser.waitForId("tenant-suspended");
            assertThat(browser.waitForId("notice-title").getText()).contains("suspended");
            browser.open("/admin");
            browser.waitForId("tenant-suspended");
            assertThat(List.of(browser.driver().getPageSource())).noneMatch(s -> s.contains("Exception"));
        }
    }
}
