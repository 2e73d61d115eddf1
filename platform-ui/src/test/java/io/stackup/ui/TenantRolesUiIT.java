package io.stackup.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.stackup.core.tenancy.MemberService;
import io.stackup.core.tenancy.Roles;
import io.stackup.core.tenancy.TenantDirectory;
import io.stackup.support.Browser;
import io.stackup.support.Memberships;
import io.stackup.support.StackupIntegrationTest;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * In Chromium, the UI authorizes with the roles of the member row in the tenant being worked in
 * (docs/adr/0014-roles-per-tenant.md): the freelancer is admin in one tenant and interviewer in the other, and an open
 * tab of a member who is demoted or deactivated reloads at its next request, into what their membership allows now.
 */
@StackupIntegrationTest
class TenantRolesUiIT {

    private static final String[] ADMIN_MENU = {
        "Overview",
        "Prospects",
        "Interviews",
        "Templates",
        "Public links",
        "Webhooks",
        "Members",
        "Leads",
        "Audit log",
        "Settings",
        "Data"
    };
    private static final String[] INTERVIEWER_MENU = {"My interviews", "Prospects", "Interviews"};

    @Autowired
    TenantDirectory directory;

    @Autowired
    MemberService members;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate tx;

    Memberships memberships;

    @BeforeEach
    void memberships() {
        memberships = new Memberships(directory, members, jdbc, tx);
    }

    @Test
    void the_freelancer_is_admin_in_other_and_interviewer_in_demo() {
        try (Browser browser = new Browser()) {
            browser.login("freelancer@stackup.test");
            browser.waitForId("choose-other").click();
            browser.waitForId("admin-home");
            browser.waitForText(By.id("tenant-name"), "Other Consulting");
            assertThat(browser.menu()).containsExactly(ADMIN_MENU);
            browser.open("/webhooks");
            browser.waitForId("webhooks");

            browser.open("/choose-tenant");
            browser.waitForId("choose-demo").click();
            browser.waitForId("my-interviews");
            browser.waitForText(By.id("tenant-name"), "Demo Partners Ltd");
            assertThat(browser.menu()).containsExactly(INTERVIEWER_MENU);
            for (String adminRoute : new String[] {"/admin", "/webhooks", "/templates"}) {
                browser.open(adminRoute);
                browser.waitForId("not-found");
                assertThat(browser.driver().findElements(By.id("webhooks"))).isEmpty();
            }
        }
    }

    @Test
    void a_demoted_admins_open_tab_reloads_at_its_next_request_and_refuses_admin_views() {
        String person = memberships.newPerson("demoted", "demo");
        memberships.addMember("demo", person, Roles.TENANT_ADMIN);
        try (Browser browser = new Browser()) {
            browser.login(person);
            browser.waitForId("admin-home");
            assertThat(browser.menu()).containsExactly(ADMIN_MENU);
            markPage(browser);

            memberships.setRoles("demo", person, Roles.INTERVIEWER);
            clickMenu(browser, "Templates");

            waitForReload(browser);
            browser.waitForId("not-found");
            assertThat(browser.driver().findElements(By.id("templates"))).isEmpty();
            browser.open("/");
            browser.waitForId("my-interviews");
            assertThat(browser.menu()).containsExactly(INTERVIEWER_MENU);
        }
    }

    @Test
    void a_deactivated_members_open_tab_shows_the_no_access_page_and_offers_their_other_tenant() {
        String person = memberships.newPerson("deactivated", "demo", "other");
        memberships.addMember("demo", person, Roles.INTERVIEWER);
        memberships.addMember("other", person, Roles.INTERVIEWER);
        try (Browser browser = new Browser()) {
            browser.login(person);
            browser.waitForId("choose-demo").click();
            browser.waitForId("my-interviews");
            markPage(browser);

            memberships.setActive("demo", person, false);
            clickMenu(browser, "Prospects");

            waitForReload(browser);
            browser.waitForId("no-access");
            assertThat(browser.waitForId("notice-text").getText())
                    .contains("no longer have access to Demo Partners Ltd")
                    .contains("Ask an admin");
            browser.screenshot("no-access");
            browser.open("/prospects");
            browser.waitForId("no-access");

            browser.waitForId("choose-other-tenant").click();
            browser.waitForId("choose-other").click();
            browser.waitForId("my-interviews");
            browser.waitForText(By.id("tenant-name"), "Other Consulting");

            browser.open("/choose-tenant");
            browser.waitForId("choose-demo").click();
            browser.waitForId("no-access");
        }
    }

    @Test
    void a_person_of_one_organization_without_a_member_row_sees_the_no_access_page_and_can_log_out() {
        String person = memberships.newPerson("stranger", "demo");
        try (Browser browser = new Browser()) {
            browser.login(person);
            browser.waitForId("no-access");
            assertThat(browser.waitForId("notice-text").getText()).contains("Demo Partners Ltd");
            assertThat(browser.driver().findElements(By.id("choose-other-tenant")))
                    .isEmpty();
            browser.open("/admin");
            browser.waitForId("no-access");
            browser.waitForId("logout").click();
            browser.waitForKeycloakLogin();
        }
    }

    /** Marks the page in the browser: a reload loses the mark. */
    private static void markPage(Browser browser) {
        browser.driver().executeScript("window.stackupBeforeChange = true;");
    }

    private static void waitForReload(Browser browser) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(d -> Boolean.TRUE.equals(
                        browser.driver().executeScript("return window.stackupBeforeChange === undefined;")));
    }

    /** Clicks a main menu entry as a person does: the browser asks the server to navigate, in a Vaadin request. */
    private static void clickMenu(Browser browser, String label) {
        browser.waitForId("main-menu");
        WebElement item = browser.driver().findElements(By.cssSelector("#main-menu vaadin-side-nav-item")).stream()
                .filter(e -> e.getText().strip().equals(label))
                .findFirst()
                .orElseThrow();
        item.click();
    }
}
