package io.stackup.ui.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import io.stackup.core.interview.InterviewAssignmentService;
import io.stackup.core.interview.InterviewId;
import io.stackup.core.interview.InterviewService;
import io.stackup.core.interview.NewInterview;
import io.stackup.core.prospect.ProspectDraft;
import io.stackup.core.prospect.ProspectId;
import io.stackup.core.prospect.ProspectService;
import io.stackup.core.template.TemplateId;
import io.stackup.core.template.TemplateService;
import io.stackup.core.template.document.TemplateReader;
import io.stackup.support.BrowserlessViewTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

/** The tenant admin's Overview, without a browser, as admin@demo.test. */
class AdminOverviewIT extends BrowserlessViewTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    private ProspectService prospects;

    @Autowired
    private TemplateService templates;

    @Autowired
    private InterviewService interviews;

    @Autowired
    private InterviewAssignmentService assignments;

    @Override
    protected String user() {
        return "admin@demo.test";
    }

    @Test
    void the_overview_draws_the_funnel_and_a_heatmap_whose_cells_list_their_prospects() throws IOException {
        signInAs("interviewer@demo.test", "demo");
        signInAs("admin@demo.test", "demo");
        TemplateId template = publishedTemplate();
        String name = "Overview " + UUID.randomUUID().toString().substring(0, 8);
        ProspectId prospect = prospects
                .create(new ProspectDraft(name, null, null, null, null, null))
                .id();
        InterviewId interview = assignments
                .assign(new NewInterview(template, prospect, "interviewer@demo.test", Map.of(), null))
                .id();
        signInAs("interviewer@demo.test", "demo");
        interviews.answer(interview, "has-dir", JSON.readTree("{\"option\": \"no\"}"));
        interviews.answer(interview, "budget", JSON.readTree("{\"option\": \"yes\"}"));
        interviews.complete(interview);
        signInAs("admin@demo.test", "demo");

        navigate(AdminHomeView.class);

        String funnel = $(Div.class).id("overview-funnel").getElement().getProperty("innerHTML");
        assertThat(funnel).contains("<svg", "stackup-funnel", "Assigned", "Won", "of the stage before");
        Div heatmap = $(Div.class).id("overview-heatmap");
        List<Element> links = descendants(heatmap.getElement(), "a");
        assertThat(links).isNotEmpty();
        Element iamBasic = links.stream()
                .filter(a -> a.getAttribute("href").contains("area=iam"))
                .filter(a -> a.getAttribute("href").contains("level=basic"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no link in the heatmap's iam/basic cell"));
        assertThat(Long.parseLong(iamBasic.getText().replace(",", ""))).isPositive();
        assertThat(descendants(heatmap.getElement(), "th").stream().map(Element::getText))
                .contains("Identity and Access", "Basic");

        open(iamBasic.getAttribute("href"));

        Div cell = $(Div.class).id("overview-cell-prospects");
        assertThat($(Anchor.class).from(cell).all())
                .filteredOn(a -> a.getText().equals(name))
                .singleElement()
                .satisfies(a -> assertThat(a.getHref()).isEqualTo("prospects/" + prospect.value()));
        assertThat($(Div.class).id("overview-interviewers").getElement().getTextRecursively())
                .contains("Ivan Interviewer");
        assertThat($(Div.class).id("overview-sources").getElement().getTextRecursively())
                .contains("Interview");
    }

    @Test
    void a_period_without_interviews_or_leads_shows_why_the_overview_is_empty() {
        open("admin?from=2001-01-01&to=2001-03-31");

        assertThat($(Paragraph.class).id("empty-state").getText()).contains("Nothing happened in this period");
        assertThat($(Div.class).withId("overview-funnel").exists()).isFalse();
        assertThat($(Div.class).withId("overview-heatmap").exists()).isFalse();
    }

    @Test
    void an_address_that_is_no_period_falls_back_to_the_last_90_days() {
        AdminHomeView view = open("admin?from=2001-13-01&to=yesterday");

        assertThat(view.getElement().getTextRecursively()).contains("Overview");
        assertThat($(com.vaadin.flow.component.datepicker.DatePicker.class)
                        .id("overview-to")
                        .getValue())
                .isEqualTo(java.time.LocalDate.now(java.time.ZoneOffset.UTC));
    }

    /** Navigates to an address of the Overview, query included, as a click on one of its links does. */
    private AdminHomeView open(String href) {
        com.vaadin
                .flow
                .component
                .UI
                .getCurrent()
                .navigate(
                        AdminHomeView.class,
                        com.vaadin.flow.router.QueryParameters.fromString(href.substring(href.indexOf('?') + 1)));
        return (AdminHomeView) getCurrentView();
    }

    private static List<Element> descendants(Element root, String tag) {
        List<Element> found = new ArrayList<>();
        Stream.of(root).forEach(e -> collect(e, tag, found));
        return found;
    }

    private static void collect(Element element, String tag, List<Element> found) {
        if (element.isTextNode()) {
            return;
        }
        if (element.getTag().equals(tag)) {
            found.add(element);
        }
        element.getChildren().forEach(child -> collect(child, tag, found));
    }

    private TemplateId publishedTemplate() throws IOException {
        String key = "ov-" + UUID.randomUUID().toString().substring(0, 8);
        byte[] document;
        try (InputStream in = getClass().getResourceAsStream("/templates/mini-io.json")) {
            document = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("\"key\": \"mini-io\"", "\"key\": \"" + key + "\"")
                    .getBytes(StandardCharsets.UTF_8);
        }
        return templates
                .importDocument(document, TemplateReader.Syntax.JSON, true, false)
                .id();
    }
}
