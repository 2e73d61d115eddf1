package io.stackup.core.dashboard;

import io.stackup.core.dashboard.query.DashboardQueries;
import io.stackup.core.settings.SettingsService;
import io.stackup.core.tenancy.Roles;
import io.stackup.core.tenancy.TenantContext;
import io.stackup.core.tenancy.TenantId;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The current tenant's Overview, for its tenant admins only (the role check refuses anyone else with Spring's
 * {@code AccessDeniedException}). Each figure is one aggregate statement of {@link DashboardQueries}; the whole
 * Overview is read in one read-only transaction, so its widgets agree with each other. Never returns null.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed(Roles.TENANT_ADMIN)
public class DashboardService {

    /** The most prospects {@link #prospectsAt} lists. */
    public static final int CELL_PROSPECTS = DashboardQueries.CELL_PROSPECTS;

    private final DashboardQueries queries;
    private final SettingsService settings;

    DashboardService(DashboardQueries queries, SettingsService settings) {
        this.queries = queries;
        this.settings = settings;
    }

    /**
     * The period the Overview opens with: the last {@value Period#DEFAULT_DAYS} days, today (in the tenant's time
     * zone) included.
     */
    public Period defaultPeriod() {
        ZoneId zone = zone();
        return Period.lastDays(Period.DEFAULT_DAYS, LocalDate.now(zone)).in(zone);
    }

    /** Every widget of the Overview for the period. */
    public Overview overview(Period days) {
        Period period = days.in(zone());
        TenantId tenant = TenantContext.requireTenant();
        return new Overview(
                period,
                queries.funnel(tenant, period),
                heatmap(tenant, period),
                queries.interviewers(tenant, period),
                queries.experts(tenant, period),
                queries.sources(tenant, period));
    }

    /** The funnel of the interviews assigned in the period. */
    public Funnel funnel(Period period) {
        return queries.funnel(TenantContext.requireTenant(), period.in(zone()));
    }

    /** The maturity heatmap of the prospects assessed in the period. */
    public Heatmap heatmap(Period period) {
        return heatmap(TenantContext.requireTenant(), period.in(zone()));
    }

    /**
     * The prospects behind one heatmap cell: those whose latest interview completed in the period puts {@code area}
     * at {@code level}, by name, at most {@value #CELL_PROSPECTS}. Unknown keys give an empty list.
     */
    public List<HeatmapProspect> prospectsAt(Period period, String area, String level) {
        return queries.heatmapProspects(TenantContext.requireTenant(), period.in(zone()), area, level);
    }

    /** The tenant's time zone: a period's days are the tenant's days (Settings). */
    private ZoneId zone() {
        return settings.region().timeZone();
    }

    private Heatmap heatmap(TenantId tenant, Period period) {
        return queries.labels(tenant, queries.heatmapCells(tenant, period));
    }
}
