package io.stackup.ui.admin;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import io.stackup.core.dashboard.DashboardService;
import io.stackup.core.dashboard.Funnel;
import io.stackup.core.dashboard.Overview;
import io.stackup.core.dashboard.Period;
import io.stackup.core.report.FunnelChart;
import io.stackup.core.template.TemplateService;
import io.stackup.core.tenancy.Roles;
import io.stackup.ui.shell.UserFormats;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The tenant admin's Overview of a period: the funnel (an SVG with its numbers as text), the maturity heatmap (a
 * table of numbers on shaded cells, each cell a link to the prospects in it), interviewer and expert activity, and
 * leads by source, all from {@link DashboardService} in one read. The period and the chosen cell live in the address
 * ({@code ?from=2026-01-01&to=2026-03-31&area=…&level=…}), so a view can be bookmarked and the back button works;
 * an address that cannot be read falls back to the last 90 days. A period without any interview or lead shows why
 * the page is empty and what fills it; a workspace without any template (a new sign-up) gets a guide to start
 * ({@link GetStartedPanel}).
 */
@Route("admin")
@Menu(order = 1, title = "menu.admin", icon = "DASHBOARD")
@RolesAllowed(Roles.TENANT_ADMIN)
class AdminHomeView extends Div implements HasDynamicTitle, BeforeEnterObserver {

    static final String FROM = "from";
    static final String TO = "to";
    static final String AREA = "area";
    static final String LEVEL = "level";

    private final DashboardService dashboard;
    private final TemplateService templates;

    AdminHomeView(DashboardService dashboard, TemplateService templates) {
        this.dashboard = dashboard;
        this.templates = templates;
        setId("admin-home");
        addClassName("stackup-page");
        addClassName("stackup-overview");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.title") + " · " + getTranslation("app.name");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> parameters =
                event.getLocation().getQueryParameters().getParameters();
        Period period = period(first(parameters, FROM), first(parameters, TO)).orElseGet(dashboard::defaultPeriod);
        String area = first(parameters, AREA);
        String level = first(parameters, LEVEL);
        show(period, area, level);
    }

    private void show(Period period, @Nullable String area, @Nullable String level) {
        removeAll();
        add(new H2(getTranslation("admin.title")));
        if (templates.count("", null) == 0) {
            add(new GetStartedPanel(templates));
        }
        add(periodBar(period));
        Overview overview = dashboard.overview(period);
        if (overview.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("admin.empty"));
            empty.setId("empty-state");
            empty.addClassName("stackup-empty-state");
            add(empty);
            return;
        }
        add(section("overview-funnel-section", "admin.funnel", funnel(overview.funnel())));
        HeatmapTable heatmap = new HeatmapTable(overview.heatmap(), (a, l) -> href(period, a, l));
        Div maturity = section("overview-heatmap-section", "admin.heatmap", heatmap);
        if (area != null && level != null) {
            maturity.add(new CellProspects(
                    dashboard.prospectsAt(period, area, level),
                    overview.heatmap().areaName(area),
                    overview.heatmap().levelName(level)));
        }
        add(maturity);
        add(section("overview-interviewers-section", "admin.interviewers", ActivityTables.interviewers(overview)));
        add(section("overview-experts-section", "admin.experts", ActivityTables.experts(overview)));
        add(section("overview-sources-section", "admin.sources", ActivityTables.sources(overview)));
    }

    private HorizontalLayout periodBar(Period period) {
        DatePicker from = new DatePicker(getTranslation("admin.period.from"), period.from());
        from.setId("overview-from");
        from.setLocale(UserFormats.locale());
        DatePicker to = new DatePicker(getTranslation("admin.period.to"), period.to());
        to.setId("overview-to");
        to.setLocale(UserFormats.locale());
        from.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null && to.getValue() != null) {
                go(e.getValue(), to.getValue());
            }
        });
        to.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null && from.getValue() != null) {
                go(from.getValue(), e.getValue());
            }
        });
        HorizontalLayout bar = new HorizontalLayout(from, to);
        bar.setId("overview-period");
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        Map<String, Integer> presets = new LinkedHashMap<>();
        presets.put("admin.period.30", 30);
        presets.put("admin.period.90", Period.DEFAULT_DAYS);
        presets.put("admin.period.365", 365);
        presets.put("admin.period.730", 730);
        presets.forEach((key, days) -> {
            Button preset = new Button(getTranslation(key), e -> {
                LocalDate today = dashboard.defaultPeriod().to();
                go(today.minusDays(days - 1L), today);
            });
            preset.setId("overview-last-" + days);
            preset.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            bar.add(preset);
        });
        return bar;
    }

    /** Shows the period, if it is one (from not after to, at most ten years); otherwise leaves the page as it is. */
    private void go(LocalDate from, LocalDate to) {
        period(from.toString(), to.toString())
                .ifPresent(p -> UI.getCurrent().navigate(AdminHomeView.class, parameters(p, null, null)));
    }

    private Div funnel(Funnel funnel) {
        Map<Funnel.Stage, String> stages = new EnumMap<>(Funnel.Stage.class);
        for (Funnel.Stage stage : Funnel.Stage.values()) {
            stages.put(stage, getTranslation("admin.funnel." + stage.name().toLowerCase(java.util.Locale.ROOT)));
        }
        Div chart = new Div();
        chart.setId("overview-funnel");
        chart.addClassName("stackup-funnel-chart");
        chart.getElement()
                .setProperty(
                        "innerHTML",
                        FunnelChart.svg(
                                funnel,
                                new FunnelChart.Words(
                                        getTranslation("admin.funnel"), stages, getTranslation("admin.funnel.rate"))));
        return chart;
    }

    private Div section(String id, String titleKey, com.vaadin.flow.component.Component content) {
        Div section = new Div(new H3(getTranslation(titleKey)), content);
        section.setId(id);
        section.addClassName("stackup-overview-section");
        return section;
    }

    /** The address of this view for the period with a heatmap cell chosen. */
    static String href(Period period, String area, String level) {
        return "admin?" + parameters(period, area, level).getQueryString();
    }

    private static QueryParameters parameters(Period period, @Nullable String area, @Nullable String level) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(FROM, period.from().toString());
        values.put(TO, period.to().toString());
        if (area != null && level != null) {
            values.put(AREA, area);
            values.put(LEVEL, level);
        }
        return QueryParameters.simple(values);
    }

    private static Optional<Period> period(@Nullable String from, @Nullable String to) {
        if (from == null || to == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Period(LocalDate.parse(from), LocalDate.parse(to)));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static @Nullable String first(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
