package io.stackup.core.dashboard;

import static io.stackup.core.dashboard.DashboardFixture.PERIOD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.stackup.core.dashboard.Funnel.Stage;
import io.stackup.core.dashboard.Heatmap.Cell;
import io.stackup.core.dashboard.Heatmap.Label;
import io.stackup.core.dashboard.query.DashboardQueries;
import io.stackup.core.lead.LeadSource;
import io.stackup.core.support.CoreIntegrationTest;
import io.stackup.core.tenancy.Roles;
import io.stackup.core.tenancy.Tenant;
import io.stackup.core.tenancy.TenantContext;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The Overview's figures on a tenant whose every row is known ({@link DashboardFixture}), next to a second tenant with
 * the same rows, which must never be counted.
 */
@CoreIntegrationTest
class DashboardQueriesIT {

    @Autowired
    ApplicationContext context;

    @Autowired
    DashboardService dashboard;

    @Autowired
    DashboardQueries queries;

    DashboardFixture a;
    DashboardFixture b;

    @BeforeEach
    void two_tenants_with_the_same_history() {
        a = new DashboardFixture(context, "da");
        b = new DashboardFixture(context, "db");
    }

    @AfterEach
    void sign_out() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void funnel_counts_the_interviews_assigned_in_the_period_and_what_became_of_them() {
        Funnel funnel = asAdmin(a.tenant, () -> dashboard.funnel(PERIOD));

        assertThat(funnel).isEqualTo(new Funnel(8, 6, 5, 4, 2, 1));
        List<Funnel.Step> steps = funnel.steps();
        assertThat(steps).extracting(Funnel.Step::stage).containsExactly(Stage.values());
        assertThat(steps.get(0).conversion()).isNull();
        assertThat(steps.get(1).conversion()).isCloseTo(0.75, within(1e-9));
        assertThat(steps.get(2).conversion()).isCloseTo(5.0 / 6, within(1e-9));
        assertThat(steps.get(3).conversion()).isCloseTo(0.8, within(1e-9));
        assertThat(steps.get(4).conversion()).isCloseTo(0.5, within(1e-9));
        assertThat(steps.get(5).conversion()).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void funnel_of_a_period_ending_before_the_interviews_counts_only_the_earlier_one() {
        Period december = new Period(LocalDate.of(2025, 12, 1), LocalDate.of(2025, 12, 31));

        assertThat(asAdmin(a.tenant, () -> dashboard.funnel(december))).isEqualTo(new Funnel(1, 1, 1, 0, 0, 0));
    }

    @Test
    void heatmap_counts_each_prospect_once_at_its_latest_interview_of_the_period() {
        Heatmap heatmap = asAdmin(a.tenant, () -> dashboard.heatmap(PERIOD));

        assertThat(heatmap.areas())
                .containsExactly(new Label("iam", "Identity and Access"), new Label("net", "Networking"));
        assertThat(heatmap.levels())
                .containsExactly(
                        new Label("basic", "Basic"),
                        new Label("standard", "Standardized"),
                        new Label("advanced", "Advanced"));
        assertThat(heatmap.cells())
                .containsExactlyInAnyOrder(
                        new Cell("iam", "basic", 2),
                        new Cell("iam", "standard", 1),
                        new Cell("iam", "advanced", 1),
                        new Cell("net", "basic", 1),
                        new Cell("net", "standard", 2));
        assertThat(heatmap.count("net", "advanced")).isZero();
        assertThat(heatmap.max()).isEqualTo(2);
    }

    @Test
    void a_heatmap_cell_lists_its_prospects_by_name() {
        assertThat(asAdmin(a.tenant, () -> dashboard.prospectsAt(PERIOD, "iam", "basic")))
                .extracting(HeatmapProspect::name)
                .containsExactly("P3", "P4");
        assertThat(asAdmin(a.tenant, () -> dashboard.prospectsAt(PERIOD, "iam", "advanced")))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.name()).isEqualTo("P1");
                    assertThat(p.id().value()).isEqualTo(a.prospects.get("P1"));
                });
        assertThat(asAdmin(a.tenant, () -> dashboard.prospectsAt(PERIOD, "nope", "basic")))
                .isEmpty();
    }

    @Test
    void interviewer_activity_counts_completions_and_qualified_leads() {
        assertThat(asAdmin(a.tenant, () -> dashboard.overview(PERIOD)).interviewers())
                .containsExactly(
                        new InterviewerActivity(a.person("fran"), "fran", 2, 2),
                        new InterviewerActivity(a.person("ivan"), "ivan", 2, 1));
    }

    @Test
    void expert_activity_counts_claims_pick_up_time_and_decided_leads() {
        List<ExpertActivity> experts =
                asAdmin(a.tenant, () -> dashboard.overview(PERIOD)).experts();

        assertThat(experts)
                .containsExactly(
                        new ExpertActivity(a.person("eli"), "eli", 1, Duration.ofHours(2), 0, 1),
                        new ExpertActivity(a.person("erin"), "erin", 1, Duration.ofDays(1), 1, 0));
        assertThat(experts.get(0).winRate()).isZero();
        assertThat(experts.get(1).winRate()).isEqualTo(1.0);
    }

    @Test
    void leads_by_source_count_the_leads_made_in_the_period() {
        assertThat(asAdmin(a.tenant, () -> dashboard.overview(PERIOD)).sources())
                .containsExactly(
                        new SourceActivity(LeadSource.INTERVIEW, 4, 3, 2, 1),
                        new SourceActivity(LeadSource.SELF, 1, 1, 0, 0));
    }

    @Test
    void an_empty_tenant_has_an_empty_overview() {
        String unique = java.util.UUID.randomUUID().toString().substring(0, 8);
        Tenant empty = context.getBean(io.stackup.core.tenancy.TenantDirectory.class)
                .register("de-" + unique, "Empty " + unique, "org-de-" + unique);
        Overview overview = asAdmin(empty, () -> dashboard.overview(PERIOD));

        assertThat(overview.isEmpty()).isTrue();
        assertThat(overview.heatmap().areas()).isEmpty();
        assertThat(overview.funnel()).isEqualTo(new Funnel(0, 0, 0, 0, 0, 0));
        assertThat(overview.funnel().steps())
                .allSatisfy(s -> assertThat(s.conversion()).isNull());
    }

    @Test
    void row_level_security_hides_another_tenants_rows_even_when_asked_for_them_by_id() {
        Overview overview = TenantContext.callAs(
                b.tenant.id(),
                "test",
                () -> queriesIn(() -> new Overview(
                        PERIOD,
                        queries.funnel(a.tenant.id(), PERIOD),
                        queries.labels(a.tenant.id(), queries.heatmapCells(a.tenant.id(), PERIOD)),
                        queries.interviewers(a.tenant.id(), PERIOD),
                        queries.experts(a.tenant.id(), PERIOD),
                        queries.sources(a.tenant.id(), PERIOD))));

        assertThat(overview.isEmpty()).isTrue();
        assertThat(overview.interviewers()).isEmpty();
        assertThat(TenantContext.callAs(
                        b.tenant.id(),
                        "test",
                        () -> queriesIn(() -> queries.heatmapProspects(a.tenant.id(), PERIOD, "iam", "basic"))))
                .isEmpty();
    }

    @Test
    void only_tenant_admins_see_the_overview() {
        SecurityContextHolder.getContext()
                .setAuthentication(new TestingAuthenticationToken("ivan", "n/a", Roles.authority(Roles.INTERVIEWER)));

        assertThatThrownBy(() -> TenantContext.callAs(a.tenant.id(), "ivan", () -> dashboard.overview(PERIOD)))
                .isInstanceOf(AccessDeniedException.class);
    }

    private <T> T queriesIn(Supplier<T> work) {
        return context.getBean(org.springframework.transaction.support.TransactionTemplate.class)
                .execute(s -> work.get());
    }

    private static <T> T asAdmin(Tenant tenant, Supplier<T> work) {
        SecurityContextHolder.getContext()
                .setAuthentication(new TestingAuthenticationToken("admin", "n/a", Roles.authority(Roles.TENANT_ADMIN)));
        return TenantContext.callAs(tenant.id(), "admin", work);
    }
}
