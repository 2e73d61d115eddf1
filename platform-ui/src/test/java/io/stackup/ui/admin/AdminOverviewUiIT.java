package io.stackup.ui.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.stackup.support.Api;
import io.stackup.support.Browser;
import io.stackup.support.StackupIntegrationTest;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The admin's Overview in Chromium follows the leads: after an interview is completed and its lead claimed and won by
 * an expert (through the API, as other people's work reaches the admin), a reload shows the funnel's completed,
 * qualified, claimed and won stages each at least one higher (the demo tenant is shared with other test classes, so
 * others may add to them too) and the heatmap cell of the prospect's area and level, an area only this test's template
 * has, going from nothing to one prospect.
 */
@StackupIntegrationTest
class AdminOverviewUiIT {

    enum Stage {
        ASSIGNED,
        STARTED,
        COMPLETED,
        QUALIFIED,
        CLAIMED,
        WON
    }

    final String unique = UUID.randomUUID().toString().substring(0, 8);
    final String area = "ov" + unique;

    @Test
    void the_funnel_and_the_heatmap_change_after_an_interview_is_completed_and_its_lead_won() throws Exception {
        Api admin = Api.demo("admin@demo.test");
        Api interviewer = Api.demo("interviewer@demo.test");
        Api expert = Api.demo("expert@demo.test");
        String interview = answeredInterview(admin, interviewer);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String overview = "/admin?from=" + today.minusDays(1) + "&to=" + today.plusDays(1);

        try (Browser browser = new Browser()) {
            try {
                browser.login("admin@demo.test");
                browser.open(overview);
                browser.waitForId("overview-funnel");
                Map<Stage, Long> before = funnel(browser);
                assertThat(before.get(Stage.ASSIGNED))
                        .as("this test's interview is assigned")
                        .isPositive();
                assertThat(cell(browser)).as("no prospect in the new area yet").isEmpty();

                interviewer.json("POST", "/api/v1/interviews/" + interview + "/complete", null, 200);
                String lead = admin.json("GET", "/api/v1/leads?search=" + unique, null, 200)
                        .get("items")
                        .get(0)
                        .get("id")
                        .asString();
                expert.json("POST", "/api/v1/leads/" + lead + "/claim", null, 200);
                for (String status : List.of("contacted", "proposal", "won")) {
                    expert.json("POST", "/api/v1/leads/" + lead + "/status", "{\"status\": \"" + status + "\"}", 200);
                }

                browser.driver().navigate().refresh();
                browser.waitForId("overview-funnel");
                Map<Stage, Long> after = funnel(browser);
                browser.screenshot("overview-after-won");

                assertThat(after.get(Stage.ASSIGNED)).isGreaterThanOrEqualTo(before.get(Stage.ASSIGNED));
                for (Stage stage : List.of(Stage.COMPLETED, Stage.QUALIFIED, Stage.CLAIMED, Stage.WON)) {
                    assertThat(after.get(stage))
                            .as(stage + " went up by (at least) this test's lead")
                            .isGreaterThanOrEqualTo(before.get(stage) + 1);
                }
                List<WebElement> cell = cell(browser);
                assertThat(cell).as("the prospect's area at level basic").singleElement();
                assertThat(cell.getFirst().getDomAttribute("data-count")).isEqualTo("1");
                assertThat(cell.getFirst().getText()).isEqualTo("1");
                assertThat(browser.driver()
                                .findElement(By.cssSelector("#overview-heatmap"))
                                .getText())
                        .contains("Area " + unique);
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("overview-failure");
                throw e;
            }
        }
    }

    /** Each stage's count, as the funnel's SVG states it ({@code data-stage}, {@code data-count}). */
    private static Map<Stage, Long> funnel(Browser browser) {
        Map<Stage, Long> counts = new EnumMap<>(Stage.class);
        for (WebElement stage : browser.driver().findElements(By.cssSelector("#overview-funnel g.stage"))) {
            counts.put(
                    Stage.valueOf(stage.getDomAttribute("data-stage")),
                    Long.parseLong(stage.getDomAttribute("data-count")));
        }
        assertThat(counts).as("every stage of the funnel").hasSize(Stage.values().length);
        return counts;
    }

    private List<WebElement> cell(Browser browser) {
        return browser.driver()
                .findElements(By.cssSelector("#overview-heatmap td[data-area='" + area + "'][data-level='basic']"));
    }

    /**
     * An interview of a new prospect on a template of its own whose one area only it has, assigned to the demo
     * interviewer and answered (no directory, a budget: a qualified lead at completion), not yet completed.
     */
    private String answeredInterview(Api admin, Api interviewer) throws Exception {
        String template = admin.json("POST", "/api/v1/templates?publish=true", template(), 201)
                .get("id")
                .asString();
        String prospect = admin.json("POST", "/api/v1/prospects", "{\"name\": \"Overview ui " + unique + "\"}", 201)
                .get("id")
                .asString();
        String interview = admin.json(
                        "POST",
                        "/api/v1/interviews",
                        "{\"templateId\": \"" + template + "\", \"prospectId\": \"" + prospect
                                + "\", \"interviewer\": \"interviewer@demo.test\"}",
                        201)
                .get("id")
                .asString();
        interviewer.json("PUT", "/api/v1/interviews/" + interview + "/answers/has-dir", "{\"option\": \"no\"}", 200);
        interviewer.json("PUT", "/api/v1/interviews/" + interview + "/answers/budget", "{\"option\": \"yes\"}", 200);
        return interview;
    }

    /** mini-io with its own key and its area renamed to one no other template has. */
    private String template() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/templates/mini-io.json")) {
            String document = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("\"key\": \"mini-io\"", "\"key\": \"ovui-" + unique + "\"")
                    .replace("\"iam\"", "\"" + area + "\"")
                    .replace("\"Identity and Access\"", "\"Area " + unique + "\"");
            assertThat(document).contains("\"area\": \"" + area + "\"");
            return document;
        }
    }
}
