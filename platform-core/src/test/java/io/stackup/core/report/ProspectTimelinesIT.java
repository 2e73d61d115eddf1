package io.stackup.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.stackup.core.interview.InterviewAssignmentService;
import io.stackup.core.interview.InterviewFilter;
import io.stackup.core.interview.InterviewId;
import io.stackup.core.interview.InterviewService;
import io.stackup.core.interview.InterviewSummary;
import io.stackup.core.interview.NewInterview;
import io.stackup.core.prospect.ProspectDraft;
import io.stackup.core.prospect.ProspectId;
import io.stackup.core.prospect.ProspectNotFoundException;
import io.stackup.core.prospect.ProspectService;
import io.stackup.core.report.ResultReport.ScaleLevel;
import io.stackup.core.report.Timeline.Point;
import io.stackup.core.support.CoreIntegrationTest;
import io.stackup.core.template.TemplateId;
import io.stackup.core.template.TemplateService;
import io.stackup.core.template.document.TemplateReader;
import io.stackup.core.tenancy.MemberLogin;
import io.stackup.core.tenancy.MemberService;
import io.stackup.core.tenancy.Roles;
import io.stackup.core.tenancy.Tenant;
import io.stackup.core.tenancy.TenantContext;
import io.stackup.core.tenancy.TenantDirectory;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A prospect's overall level over time on real PostgreSQL: interviewed with version 1 and version 2 of a template (one
 * more open), the list carrying each completed interview's overall level and the timeline drawing them in completion
 * order, within what the caller may see.
 */
@CoreIntegrationTest
class ProspectTimelinesIT {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final Map<String, String> BASIC =
            Map.of("has-dir", "{\"option\": \"no\"}", "budget", "{\"option\": \"yes\"}");
    static final Map<String, String> STANDARDIZED = Map.of(
            "has-dir", "{\"option\": \"yes\"}",
            "provisioning", "{\"option\": \"manual\"}",
            "budget", "{\"option\": \"no\"}");

    @Autowired
    ProspectTimelines timelines;

    @Autowired
    InterviewService interviews;

    @Autowired
    InterviewAssignmentService assignments;

    @Autowired
    TemplateService templates;

    @Autowired
    ProspectService prospects;

    @Autowired
    MemberService members;

    @Autowired
    TenantDirectory directory;

    Tenant a;
    Tenant b;
    TemplateId v1;
    TemplateId v2;
    ProspectId acme;
    InterviewId earlier;
    InterviewId later;
    InterviewId open;

    /**
     * The interview made first is completed last: the timeline's order is the completion's, not the creation's. The
     * later one is of version 2, standardized; the earlier one of version 1, basic.
     */
    @BeforeEach
    void a_prospect_interviewed_twice_and_once_more_still_open() throws IOException {
        a = register("ta");
        b = register("tb");
        for (Tenant t : new Tenant[] {a, b}) {
            member(t, "admin", Roles.TENANT_ADMIN);
            member(t, "ivan", Roles.INTERVIEWER);
            member(t, "fran", Roles.INTERVIEWER);
        }
        String key = "tl-" + UUID.randomUUID().toString().substring(0, 8);
        v1 = publish(key, "1.0.0");
        v2 = publish(key, "2.0.0");
        acme = as(a, "admin", () -> prospects.create(new ProspectDraft("Acme", null, null, null, null, null)))
                .id();
        later = assign(v2, acme, "ivan");
        earlier = assign(v1, acme, "ivan");
        complete(earlier, "ivan", BASIC);
        complete(later, "ivan", STANDARDIZED);
        open = assign(v2, acme, "ivan");
    }

    @AfterEach
    void sign_out() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void the_interview_list_carries_each_completed_interviews_overall_level_and_score() {
        Map<InterviewId, InterviewSummary> byId = new java.util.HashMap<>();
        as(a, "admin", () -> interviews.find(InterviewFilter.ofProspect(acme), 0, 50))
                .forEach(s -> byId.put(s.id(), s));

        assertThat(byId).containsOnlyKeys(earlier, later, open);
        assertThat(byId.get(earlier).overallLevel()).isEqualTo("basic");
        assertThat(byId.get(earlier).overallScore()).isEqualTo(0.0);
        assertThat(byId.get(later).overallLevel()).isEqualTo("standardized");
        assertThat(byId.get(later).overallScore()).isCloseTo(1.0 / 3, within(1e-9));
        assertThat(byId.get(open).overallLevel())
                .as("no result before completion")
                .isNull();
        assertThat(byId.get(open).overallScore()).isNull();
    }

    @Test
    void the_timeline_has_a_point_per_completed_interview_oldest_completion_first_each_naming_its_own_level() {
        Timeline timeline = as(a, "admin", () -> timelines.timeline(acme));

        assertThat(timeline.prospect()).isEqualTo(acme);
        assertThat(timeline.points())
                .extracting(Point::interview, Point::templateVersion, Point::level, Point::levelName)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(earlier, "1.0.0", "basic", "Basic"),
                        org.assertj.core.groups.Tuple.tuple(later, "2.0.0", "standardized", "Standardized"));
        assertThat(timeline.points().get(0).completedAt())
                .isBefore(timeline.points().get(1).completedAt());
        assertThat(timeline.points().get(1).score()).isCloseTo(1.0 / 3, within(1e-9));
        assertThat(timeline.levels())
                .extracting(ScaleLevel::name)
                .containsExactly("Basic", "Standardized", "Rationalized", "Dynamic");
        assertThat(timeline.svg())
                .contains("data-interview=\"" + earlier + "\"")
                .contains("data-interview=\"" + later + "\"")
                .doesNotContain(open.toString());
        assertThat(timeline.svg().indexOf(earlier.toString()))
                .as("drawn left to right in completion order")
                .isLessThan(timeline.svg().indexOf(later.toString()));
    }

    @Test
    void an_interviewer_sees_the_points_of_their_own_interviews_only() {
        InterviewId frans = assign(v2, acme, "fran");
        complete(frans, "fran", BASIC);

        assertThat(as(a, "admin", () -> timelines.timeline(acme)).points())
                .extracting(Point::interview)
                .containsExactly(earlier, later, frans);
        assertThat(as(a, "ivan", () -> timelines.timeline(acme)).points())
                .extracting(Point::interview)
                .containsExactly(earlier, later);
    }

    @Test
    void a_prospect_without_a_completed_interview_has_an_empty_timeline_whose_chart_says_so() {
        ProspectId fresh = as(
                        a, "admin", () -> prospects.create(new ProspectDraft("Fresh", null, null, null, null, null)))
                .id();
        assign(v1, fresh, "ivan");

        Timeline timeline = as(a, "admin", () -> timelines.timeline(fresh));
        assertThat(timeline.points()).isEmpty();
        assertThat(timeline.levels()).isEmpty();
        assertThat(timeline.svg()).contains(TimelineChart.Words.ENGLISH.none());
    }

    @Test
    void another_tenants_prospect_is_not_found() {
        assertThatThrownBy(() -> as(b, "admin", () -> timelines.timeline(acme)))
                .isInstanceOf(ProspectNotFoundException.class);
        assertThat(as(b, "admin", () -> interviews.find(InterviewFilter.ofProspect(acme), 0, 50)))
                .isEmpty();
    }

    private InterviewId assign(TemplateId template, ProspectId prospect, String interviewer) {
        return as(
                        a,
                        "admin",
                        () -> assignments.assign(
                                new NewInterview(template, prospect, interviewer + "@example.test", Map.of(), null)))
                .id();
    }

    private void complete(InterviewId id, String interviewer, Map<String, String> answers) {
        as(a, interviewer, () -> {
            answers.forEach((question, answer) -> interviews.answer(id, question, JSON.readTree(answer)));
            return interviews.complete(id);
        });
    }

    private TemplateId publish(String key, String version) throws IOException {
        ObjectNode document;
        try (InputStream in = getClass().getResourceAsStream("/io/stackup/core/template/mini-io.json")) {
            document = (ObjectNode) JSON.readTree(in);
        }
        document.put("key", key);
        document.put("version", version);
        byte[] bytes = JSON.writeValueAsBytes(document);
        return as(a, "admin", () -> templates.importDocument(bytes, TemplateReader.Syntax.JSON, true, false))
                .id();
    }

    private void member(Tenant tenant, String name, String role) {
        TenantContext.callAs(
                tenant.id(),
                "test",
                () -> members.ensureMember(new MemberLogin(
                        "kc-" + name + "-" + tenant.slug(), name + "@example.test", name, Set.of(role))));
    }

    private <T> T as(Tenant tenant, String user, Supplier<T> work) {
        String role = user.equals("admin") ? Roles.TENANT_ADMIN : Roles.INTERVIEWER;
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext()
                .setAuthentication(new TestingAuthenticationToken(user, "n/a", Roles.authority(role)));
        try {
            return TenantContext.callAs(tenant.id(), "kc-" + user + "-" + tenant.slug(), work);
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    private Tenant register(String prefix) {
        String unique = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        return directory.register(unique, "Tenant " + unique, "org-" + unique);
    }
}
