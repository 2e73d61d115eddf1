package io.stackup.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.stackup.support.Api;
import io.stackup.support.Browser;
import io.stackup.support.KeycloakPages;
import io.stackup.support.Mails;
import io.stackup.support.SharedStack;
import io.stackup.support.StackupIntegrationTest;
import io.stackup.support.Superuser;
import io.stackup.support.Tokens;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * ISSUE 12 (tenants) from end to end, in Chromium against the real stack: a stranger signs up a company, verifies the
 * address from the mail and lands in the guided empty tenant; the new admin invites an interviewer and an expert from
 * the Members screen, who accept from Keycloak's mail and see exactly their role's menu; a member of two tenants has
 * each tenant's rights there; the deactivated interviewer's open tab loses access at its next click; the platform
 * operator suspends the tenant (the admin's tab shows the suspended page with the reason and a way out, the API answers
 * 403 with it) and reactivates it; the admin's Audit log holds all of it; and a second company, signed up the same way,
 * sees nothing of the first, by list or by id.
 *
 * <p>Everything it makes has names of its own (a random suffix): the demo tenants, shared with the other test classes,
 * are only read.
 */
@StackupIntegrationTest
class TenantJourneyUiIT {

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
    private static final String[] EXPERT_MENU = {"Interviews", "Leads"};
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A CSV line's action: the first {@code feature.verb} field (the actor id before it is a UUID). */
    private static final Pattern CSV_ACTION = Pattern.compile(",([a-z_]+\\.[a-z_]+),");

    private final String unique = UUID.randomUUID().toString().substring(0, 8);
    private final String slug = "journey-" + unique;
    private final String company = "Journey " + unique;
    private final String adminEmail = "ada-" + unique + "@journey.example.com";
    private final String interviewerEmail = "ivo-" + unique + "@journey.example.com";
    private final String expertEmail = "eve-" + unique + "@journey.example.com";
    private final String prospectName = "Journey prospect " + unique;

    @BeforeEach
    void belowEverySignupLimit() {
        Superuser.resetSignupRates();
    }

    @Test
    void a_tenant_from_sign_up_through_invitations_deactivation_suspension_and_audit_stays_apart_from_another()
            throws Exception {
        try (Browser admin = new Browser()) {
            try {
                // 1. A stranger signs up on the form, verifies the address and lands in the guided empty tenant.
                signUpOnTheForm(admin);
                admin.waitForId("get-started");
                admin.waitForText(By.id("tenant-name"), company);
                assertThat(admin.menu()).containsExactly(ADMIN_MENU);
                admin.screenshot("journey-1-guided-empty-tenant");

                // 2. The admin invites an interviewer and an expert; each accepts and sees their role's menu.
                invite(admin, interviewerEmail, "Ivo Interviewer", "Interviewer");
                invite(admin, expertEmail, "Eve Expert", "Expert");
                admin.screenshot("journey-2-invited");
                try (Browser expert = new Browser()) {
                    accept(expert, expertEmail);
                    expert.waitForId("leads");
                    assertThat(expert.menu()).containsExactly(EXPERT_MENU);
                    expert.screenshot("journey-2-expert-landed");
                }
                Api adminApi = Api.in(slug, adminEmail);
                String[] work = workOfTenantOne(adminApi);
                String prospect = work[0];
                String interview = work[1];

                try (Browser interviewer = new Browser()) {
                    accept(interviewer, interviewerEmail);
                    interviewer.waitForId("my-interviews");
                    assertThat(interviewer.menu()).containsExactly(INTERVIEWER_MENU);
                    interviewer.waitForText(By.id("my-interviews"), prospectName);
                    interviewer.screenshot("journey-2-interviewer-landed");
                    admin.open("/members");
                    awaitMemberStatus(admin, interviewerEmail, "active");
                    awaitMemberStatus(admin, expertEmail, "active");

                    // 3. A person with two tenants has each tenant's rights there (TenantRolesUiIT and
                    // TenantRolesApiIT prove it at length; here the API, beside this tenant's people).
                    aMemberOfTwoTenantsHasEachTenantsRights();

                    // 4. The admin deactivates the interviewer, whose open tab loses access at its next click.
                    markPage(interviewer);
                    deactivate(admin, interviewerEmail);
                    awaitMemberStatus(admin, interviewerEmail, "deactivated");
                    interviewer.clickMenu("Prospects");
                    waitForReload(interviewer);
                    interviewer.waitForId("no-access");
                    assertThat(interviewer.waitForId("notice-text").getText()).contains(company);
                    interviewer.screenshot("journey-4-interviewer-no-access");
                    interviewer.open("/interviews/" + interview);
                    interviewer.waitForId("no-access");
                    assertThat(interviewer.driver().findElements(By.id("interview")))
                            .isEmpty();
                }

                // 5. The operator suspends the tenant, then reactivates it.
                String reason = "Unpaid invoice " + unique;
                try (Browser operator = new Browser()) {
                    operator.login("operator@stackup.test");
                    operator.waitForId("operator-tenants");
                    operator.waitForId("suspend-demo");
                    operator.type("#tenant-search input", slug);
                    operator.waitUntilGone("suspend-demo");
                    operator.waitForId("suspend-" + slug);
                    operator.press("suspend-" + slug);
                    operator.waitForId("suspend-dialog");
                    operator.type("#suspend-reason textarea", reason);
                    operator.press("suspend-confirm");
                    operator.waitForId("reactivate-" + slug);

                    // The admin's open page may already have been sent to the suspended page (a background
                    // request of the page it shows); only a page still showing the menu needs the click.
                    new WebDriverWait(admin.driver(), Duration.ofSeconds(30))
                            .until(d -> !d.findElements(By.id("tenant-suspended"))
                                            .isEmpty()
                                    || !d.findElements(By.id("main-menu")).isEmpty());
                    if (admin.driver().findElements(By.id("tenant-suspended")).isEmpty()) {
                        admin.clickMenu("Prospects");
                    }
                    admin.waitForId("tenant-suspended");
                    admin.waitForText(By.cssSelector(".suspension-reason"), reason);
                    admin.waitForId("logout");
                    admin.screenshot("journey-5-suspended");
                    admin.open("/members");
                    admin.waitForId("tenant-suspended");
                    HttpResponse<String> refused = adminApi.send("GET", "/api/v1/prospects", null);
                    assertThat(refused.statusCode()).isEqualTo(403);
                    JsonNode problem = JSON.readTree(refused.body());
                    assertThat(problem.get("type").asString()).endsWith("tenant-suspended");
                    assertThat(problem.get("detail").asString()).contains(reason);

                    operator.press("reactivate-" + slug);
                    operator.waitForId("suspend-" + slug);
                }
                admin.open("/prospects");
                admin.waitForId("prospect-grid");
                awaitGridSize(admin, "prospect-grid", 1);
                assertThat(adminApi.send("GET", "/api/v1/prospects/" + prospect, null)
                                .statusCode())
                        .isEqualTo(200);

                // 6. The admin's Audit log shows all of it.
                auditLogShowsTheJourney(admin, interview);

                // 7. A second tenant, signed up through the API, sees nothing of the first.
                aSecondTenantSeesNoneOfTheFirst(prospect, interview, adminApi);
            } catch (RuntimeException | AssertionError e) {
                admin.screenshot("journey-failure");
                throw e;
            }
        }
    }

    /** From Keycloak's login page to the form, the mail's link and the first login. */
    private void signUpOnTheForm(Browser browser) {
        browser.open("/");
        browser.waitForKeycloakLogin();
        browser.waitFor(By.id("stackup-signup")).click();
        until(browser, () -> browser.driver().getCurrentUrl().startsWith(SharedStack.appUrl() + "/signup"));
        browser.waitForId("signup-heading");
        browser.type("#signup-company-name input", company);
        WebElement slugInput = browser.present(By.cssSelector("#signup-slug input"));
        String suggested = company.toLowerCase(Locale.ROOT).replace(' ', '-');
        until(browser, () -> suggested.equals(slugInput.getDomProperty("value")));
        browser.type("#signup-slug input", slug);
        until(browser, () -> browser.waitForId("signup-slug").getText().contains("available"));
        browser.type("#signup-first-name input", "Ada");
        browser.type("#signup-last-name input", "Founder");
        browser.type("#signup-email input", adminEmail);
        browser.type("#signup-password input", Tokens.PASSWORD);
        browser.type("#signup-password-confirmation input", Tokens.PASSWORD);
        browser.click("signup-submit");
        browser.waitForText(By.id("signup-inbox-text"), adminEmail);
        browser.screenshot("journey-1-check-inbox");

        browser.driver().get(Mails.link(adminEmail, Mails.KEYCLOAK_ACTION));
        KeycloakPages.followUntilStackup(browser, adminEmail, Tokens.PASSWORD);
    }

    private static void invite(Browser admin, String email, String name, String role) {
        admin.open("/members");
        admin.waitForId("member-grid");
        admin.click("invite-member");
        admin.waitForId("invite-dialog");
        admin.type("#invite-email input", email);
        admin.type("#invite-name input", name);
        admin.clickItem("#invite-roles vaadin-checkbox", role, true);
        admin.click("invite-send");
        admin.waitUntilGone("invite-dialog");
        awaitMemberStatus(admin, email, "invited");
    }

    /** The invitee follows Keycloak's mail, chooses the password and signs in. */
    private static void accept(Browser invitee, String email) {
        invitee.driver().get(Mails.link(email, Mails.KEYCLOAK_ACTION));
        KeycloakPages.followUntilStackup(invitee, email, Tokens.PASSWORD);
    }

    /** A template, a prospect with an interview for the interviewer, and a second interview cancelled. */
    private String[] workOfTenantOne(Api admin) throws Exception {
        String template = admin.json("POST", "/api/v1/templates?publish=true", miniIo(), 201)
                .get("id")
                .asString();
        String prospect = admin.json("POST", "/api/v1/prospects", "{\"name\": \"" + prospectName + "\"}", 201)
                .get("id")
                .asString();
        String interview = assign(admin, template, prospect);
        String cancelled = assign(admin, template, prospect);
        admin.json(
                "POST",
                "/api/v1/interviews/" + cancelled + "/cancel",
                "{\"reason\": \"Booked twice " + unique + "\"}",
                200);
        return new String[] {prospect, interview};
    }

    private String assign(Api admin, String template, String prospect) throws Exception {
        return admin.json(
                        "POST",
                        "/api/v1/interviews",
                        "{\"templateId\": \"" + template + "\", \"prospectId\": \"" + prospect
                                + "\", \"interviewer\": \"" + interviewerEmail + "\"}",
                        201)
                .get("id")
                .asString();
    }

    private static void aMemberOfTwoTenantsHasEachTenantsRights() throws Exception {
        Api inOther = Api.in("other", "freelancer@stackup.test");
        Api inDemo = Api.in("demo", "freelancer@stackup.test");
        assertThat(inOther.json("GET", "/api/v1/me", null, 200).get("roles").toString())
                .isEqualTo("[\"tenant-admin\"]");
        assertThat(inDemo.json("GET", "/api/v1/me", null, 200).get("roles").toString())
                .isEqualTo("[\"interviewer\"]");
        assertThat(inOther.send("GET", "/api/v1/members", null).statusCode()).isEqualTo(200);
        assertThat(inDemo.send("GET", "/api/v1/members", null).statusCode()).isEqualTo(403);
        assertThat(inDemo.send("GET", "/api/v1/interviews", null).statusCode()).isEqualTo(200);
    }

    private static void deactivate(Browser admin, String email) {
        admin.open("/members");
        awaitMemberStatus(admin, email, "active");
        // The grid keeps hidden rows of the unfiltered list in the page: click the one button shown.
        until(
                admin,
                () -> Boolean.TRUE.equals(admin.driver()
                        .executeScript("const shown = [...document.querySelectorAll('#member-grid .member-deactivate')]"
                                + ".filter(b => b.checkVisibility());"
                                + "if (shown.length !== 1) return false; shown[0].click(); return true;")));
        WebElement confirm = admin.waitFor(By.cssSelector("vaadin-confirm-dialog[opened] [slot='confirm-button']"));
        confirm.click();
    }

    private void auditLogShowsTheJourney(Browser admin, String interview) {
        admin.open("/audit");
        admin.waitForId("audit-grid");
        List<String> actions = admin.download("audit-csv")
                .lines()
                .skip(1)
                .map(line -> {
                    Matcher action = CSV_ACTION.matcher(line);
                    return action.find() ? action.group(1) : line;
                })
                .toList();
        assertThat(actions)
                .as("every record of the tenant, newest first")
                .containsSubsequence(
                        "tenant.reactivated",
                        "tenant.suspended",
                        "member.deactivated",
                        "member.joined",
                        "interview.cancelled",
                        "interview.assigned",
                        "template.published",
                        "member.joined",
                        "member.invited",
                        "member.invited",
                        "tenant.activated",
                        "tenant.signed_up");
        assertThat(actions).filteredOn("member.joined"::equals).hasSize(2);

        admin.pick(admin.waitForId("audit-action"), "Every workspace action");
        awaitGridSize(admin, "audit-grid", 4);
        admin.waitForText(By.id("audit-grid"), "Reactivated the tenant");
        String tenantRows = admin.waitForId("audit-grid").getText();
        assertThat(tenantRows)
                .contains("tenant.signed_up", "tenant.activated", "tenant.suspended", "tenant.reactivated")
                .contains("Unpaid invoice " + unique)
                .doesNotContain("member.invited");
        admin.screenshot("journey-6-audit-tenant");

        admin.pick(admin.waitForId("audit-action"), "Every member action");
        awaitGridSize(admin, "audit-grid", 5);
        admin.waitForText(By.id("audit-grid"), "member.deactivated");
        String memberRows = admin.waitForId("audit-grid").getText();
        assertThat(memberRows)
                .contains("member.invited", "member.joined", "member.deactivated")
                .contains(interviewerEmail, expertEmail);
        admin.screenshot("journey-6-audit-members");

        admin.pick(admin.waitForId("audit-action"), "interview.cancelled", "Interview cancelled (interview.cancelled)");
        awaitGridSize(admin, "audit-grid", 1);
        admin.waitForText(By.id("audit-grid"), "Cancelled the interview of " + prospectName);
        assertThat(admin.waitForId("audit-grid").getText()).doesNotContain(interview.substring(0, 8));
    }

    private void aSecondTenantSeesNoneOfTheFirst(String prospect, String interview, Api firstAdmin) throws Exception {
        String secondSlug = "journey2-" + unique;
        String secondEmail = "sid-" + unique + "@second.example.com";
        HttpResponse<String> signup = Api.anonymous()
                .send(
                        "POST",
                        "/api/v1/signups",
                        "{\"companyName\": \"Second " + unique + "\", \"slug\": \"" + secondSlug
                                + "\", \"firstName\": \"Sid\", \"lastName\": \"Second\", \"email\": \"" + secondEmail
                                + "\", \"password\": \"" + Tokens.PASSWORD + "\"}");
        assertThat(signup.statusCode()).as(signup.body()).isEqualTo(202);
        String firstMember = firstAdmin
                .json("GET", "/api/v1/members?search=" + interviewerEmail, null, 200)
                .get("items")
                .get(0)
                .get("id")
                .asString();

        try (Browser second = new Browser()) {
            second.driver().get(Mails.link(secondEmail, Mails.KEYCLOAK_ACTION));
            KeycloakPages.followUntilStackup(second, secondEmail, Tokens.PASSWORD);
            second.waitForId("get-started");
            for (String[] page : new String[][] {
                {"/prospects", "prospect-grid"}, {"/interviews", "interview-grid"}, {"/leads", "lead-grid"}
            }) {
                second.open(page[0]);
                awaitGridSize(second, page[1], 0);
            }
            second.open("/members");
            awaitGridSize(second, "member-grid", 1);
            assertThat(second.waitForId("member-grid").getText())
                    .contains(secondEmail)
                    .doesNotContain(adminEmail, interviewerEmail, expertEmail);
            second.open("/audit");
            second.waitForId("audit-grid");
            List<String> audit = second.download("audit-csv").lines().toList();
            assertThat(String.join("\n", audit))
                    .contains("tenant.signed_up")
                    .doesNotContain(company, adminEmail, interviewerEmail, prospectName, unique + "@journey");
            for (String url : List.of("/prospects/" + prospect, "/interviews/" + interview)) {
                second.open(url);
                second.waitForId("not-found");
                assertThat(second.driver().getPageSource()).doesNotContain(prospectName);
            }
            second.screenshot("journey-7-second-tenant-refused");
        }

        Api secondApi = Api.in(secondSlug, secondEmail);
        for (String path : List.of(
                "/api/v1/prospects/" + prospect, "/api/v1/interviews/" + interview, "/api/v1/members/" + firstMember)) {
            assertThat(secondApi.send("GET", path, null).statusCode()).as(path).isEqualTo(404);
        }
        for (String list : List.of("/api/v1/prospects", "/api/v1/interviews", "/api/v1/members", "/api/v1/audit")) {
            assertThat(secondApi.json("GET", list + "?size=500", null, 200).toString())
                    .as(list)
                    .doesNotContain(prospect, interview, firstMember, adminEmail, prospectName);
        }
    }

    /** Narrows the (open) members screen to the member and waits until their row shows this status. */
    private static void awaitMemberStatus(Browser admin, String email, String status) {
        admin.waitForId("member-grid");
        admin.type("#member-search input", email);
        awaitGridSize(admin, "member-grid", 1);
        // The grid keeps hidden rows of earlier lists in the page: only the cells shown count.
        until(
                admin,
                () -> Boolean.TRUE.equals(admin.driver()
                        .executeScript(
                                "const shown = [...document.querySelectorAll('#member-grid vaadin-grid-cell-content')]"
                                        + ".filter(c => c.checkVisibility());"
                                        + "return shown.some(c => c.textContent.includes(arguments[0]))"
                                        + " && shown.some(c => c.querySelector("
                                        + "'.member-status[data-status=\"' + arguments[1] + '\"]'));",
                                email,
                                status)));
    }

    /** Waits until the grid's row count, which the server sends from the service's count, is {@code expected}. */
    private static void awaitGridSize(Browser browser, String id, long expected) {
        browser.waitForId(id);
        until(
                browser,
                () -> browser.driver().executeScript("return document.getElementById(arguments[0]).size;", id)
                                instanceof Number n
                        && n.longValue() == expected);
    }

    /** Marks the page in the browser: a reload loses the mark. */
    private static void markPage(Browser browser) {
        browser.driver().executeScript("window.stackupBeforeChange = true;");
    }

    private static void waitForReload(Browser browser) {
        until(
                browser,
                () -> Boolean.TRUE.equals(
                        browser.driver().executeScript("return window.stackupBeforeChange === undefined;")));
    }

    private static void until(Browser browser, BooleanSupplier condition) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> condition.getAsBoolean());
    }

    private String miniIo() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/templates/mini-io.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("\"key\": \"mini-io\"", "\"key\": \"journey-" + unique + "\"");
        }
    }
}
