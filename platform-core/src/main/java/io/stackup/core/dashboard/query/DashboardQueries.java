package io.stackup.core.dashboard.query;

import static io.stackup.core.jooq.Tables.INTERVIEW;
import static io.stackup.core.jooq.Tables.LEAD;
import static io.stackup.core.jooq.Tables.LEAD_EVENT;
import static io.stackup.core.jooq.Tables.MEMBER;
import static io.stackup.core.jooq.Tables.PROSPECT;
import static io.stackup.core.jooq.Tables.TEMPLATE;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.percentileCont;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.table;

import io.stackup.core.dashboard.ExpertActivity;
import io.stackup.core.dashboard.Funnel;
import io.stackup.core.dashboard.Heatmap;
import io.stackup.core.dashboard.HeatmapProspect;
import io.stackup.core.dashboard.InterviewerActivity;
import io.stackup.core.dashboard.Period;
import io.stackup.core.dashboard.SourceActivity;
import io.stackup.core.interview.InterviewStatus;
import io.stackup.core.lead.LeadEventKind;
import io.stackup.core.lead.LeadStatus;
import io.stackup.core.template.TemplateStatus;
import io.stackup.core.tenancy.TenantId;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.CommonTableExpression;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record3;
import org.jooq.Table;
import org.jooq.conf.Settings;
import org.jooq.conf.StatementType;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/**
 * The Overview's figures, each one aggregate statement that names the tenant (row-level security checks it again) and
 * the period, over the ranges of the indexes of changesets 0009 and 0019 ({@code 0009-dashboard-indexes.sql}): PostgreSQL
 * counts, Java receives a few rows per widget. Public so that the benchmark ({@code bench/DashboardBenchmark}) runs
 * exactly these statements; the application uses it through {@code DashboardService} only.
 */
@Repository
public class DashboardQueries {

    /** The most prospects a heatmap cell lists. */
    public static final int CELL_PROSPECTS = 200;

    /** Separates the area's key from the level's in {@code result_levels}; keys are slugs, which never hold it. */
    private static final char LEVEL_SEPARATOR = '=';

    private final DSLContext dsl;

    /**
     * Runs on {@code dsl} with its settings, but with the values written into the SQL (jOOQ escapes them) instead of
     * bound: each statement is then planned for its own tenant and period. A server-side prepared statement (which
     * the driver makes after five runs) gets PostgreSQL's generic plan, blind to how many rows a tenant has in a
     * period, and measured 5–50 times slower on a big tenant (bench/README.md, "The Overview's queries").
     */
    public DashboardQueries(DSLContext dsl) {
        Settings settings = (Settings) dsl.settings().clone();
        this.dsl = dsl.configuration()
                .derive(settings.withStatementType(StatementType.STATIC_STATEMENT))
                .dsl();
    }

    /**
     * The funnel of the interviews assigned in the period, with their leads. A lead is made when its interview
     * completes, never before the interview was assigned, so only leads made from the period's start are joined:
     * PostgreSQL may read them from one index range instead of looking each one up.
     */
    public Funnel funnel(TenantId tenant, Period period) {
        Field<Integer> assigned = count();
        Field<Integer> started = count().filterWhere(
                        INTERVIEW.STARTED_AT.isNotNull().or(INTERVIEW.STATUS.eq(InterviewStatus.COMPLETED)));
        Field<Integer> completed = count().filterWhere(INTERVIEW.STATUS.eq(InterviewStatus.COMPLETED));
        Field<Integer> qualified = count().filterWhere(LEAD.STATUS.ne(LeadStatus.DISQUALIFIED));
        Field<Integer> claimed = count(LEAD.HOLDER_ID);
        Field<Integer> won = count().filterWhere(LEAD.STATUS.eq(LeadStatus.WON));
        return dsl.select(assigned, started, completed, qualified, claimed, won)
                .from(INTERVIEW)
                .leftJoin(LEAD)
                .on(LEAD.TENANT_ID.eq(tenant))
                .and(LEAD.INTERVIEW_ID.eq(INTERVIEW.ID))
                .and(LEAD.CREATED_AT.ge(period.start()))
                .where(INTERVIEW.TENANT_ID.eq(tenant))
                .and(INTERVIEW.CREATED_AT.ge(period.start()))
                .and(INTERVIEW.CREATED_AT.lt(period.end()))
                .fetchSingle(r -> new Funnel(
                        r.get(assigned),
                        r.get(started),
                        r.get(completed),
                        r.get(qualified),
                        r.get(claimed),
                        r.get(won)));
    }

    /**
     * The heatmap's cells: each prospect's latest interview completed in the period, and in its result each area's
     * level; not-assessed areas are left out. Counts the stored {@code result_levels} ({@code 'area=level'} strings,
     * changeset 0019), which the period's index holds too: PostgreSQL answers from the index alone. The names come
     * from {@link #labels}.
     */
    public List<Heatmap.Cell> heatmapCells(TenantId tenant, Period period) {
        // Prospects on the same levels in every area are counted together first: a tenant's prospects fall into far
        // fewer such combinations (at most levels^areas, in practice a few hundred) than there are prospects, so only
        // those are taken apart into their pairs.
        Table<?> latest = latest(tenant, period);
        Field<String[]> levels = latest.field(INTERVIEW.RESULT_LEVELS);
        Field<Integer> alike = count().as("alike");
        Table<?> combinations =
                dsl.select(levels, alike).from(latest).groupBy(levels).asTable("combinations");
        Field<String> pair = field(name("pair"), String.class);
        Field<Integer> prospects = DSL.sum(combinations.field(alike)).cast(Integer.class);
        return dsl.select(pair, prospects)
                .from(combinations)
                .crossJoin(table("unnest({0}) as levels(pair)", combinations.field(levels)))
                .groupBy(pair)
                .fetch(r -> cell(r.value1(), r.value2()));
    }

    private static Heatmap.Cell cell(String pair, int prospects) {
        int separator = pair.indexOf(LEVEL_SEPARATOR);
        return new Heatmap.Cell(pair.substring(0, separator), pair.substring(separator + 1), prospects);
    }

    /** The prospects of one heatmap cell, by name, at most {@value #CELL_PROSPECTS}. */
    public List<HeatmapProspect> heatmapProspects(TenantId tenant, Period period, String area, String level) {
        Table<?> latest = latest(tenant, period);
        Field<String[]> levels = latest.field(INTERVIEW.RESULT_LEVELS);
        return dsl.select(PROSPECT.ID, PROSPECT.NAME, latest.field(INTERVIEW.COMPLETED_AT))
                .from(latest)
                .join(PROSPECT)
                .on(PROSPECT.TENANT_ID.eq(tenant))
                .and(PROSPECT.ID.eq(latest.field(INTERVIEW.PROSPECT_ID)))
                .where(DSL.condition("{0} @> array[{1}::text]", levels, DSL.val(area + LEVEL_SEPARATOR + level)))
                .orderBy(DSL.lower(PROSPECT.NAME), PROSPECT.ID)
                .limit(CELL_PROSPECTS)
                .fetch(r -> new HeatmapProspect(r.value1(), r.value2(), r.value3()));
    }

    /**
     * Each prospect's latest interview completed in the period (ties broken by id): its prospect, completion and
     * levels, all read from the index of the period's completed interviews.
     */
    private Table<?> latest(TenantId tenant, Period period) {
        return dsl.select(INTERVIEW.PROSPECT_ID, INTERVIEW.COMPLETED_AT, INTERVIEW.RESULT_LEVELS)
                .distinctOn(INTERVIEW.PROSPECT_ID)
                .from(INTERVIEW)
                .where(INTERVIEW.TENANT_ID.eq(tenant))
                .and(INTERVIEW.STATUS.eq(InterviewStatus.COMPLETED))
                .and(INTERVIEW.COMPLETED_AT.ge(period.start()))
                .and(INTERVIEW.COMPLETED_AT.lt(period.end()))
                .orderBy(INTERVIEW.PROSPECT_ID, INTERVIEW.COMPLETED_AT.desc(), INTERVIEW.ID.desc())
                .asTable("latest");
    }

    /**
     * The names of the areas and levels of the tenant's published templates: for each key, the newest template's
     * name, and its position there (areas in document order, levels lowest first).
     */
    public Heatmap labels(TenantId tenant, List<Heatmap.Cell> cells) {
        Field<String> kind = field(name("kind"), String.class);
        Field<String> key = field(name("key"), String.class);
        Field<String> label = field(name("name"), String.class);
        Field<Long> position = field(name("position"), Long.class);
        Field<Instant> published = field(name("published"), Instant.class);
        Table<?> areas = dsl.select(
                        inline("area").as(kind),
                        field("x.e ->> 'key'", String.class).as(key),
                        field("x.e ->> 'name'", String.class).as(label),
                        field("x.o", Long.class).as(position),
                        TEMPLATE.PUBLISHED_AT.as(published))
                .from(TEMPLATE)
                .crossJoin(table(
                        "lateral jsonb_array_elements({0}::jsonb -> 'areas') with ordinality as x(e, o)",
                        TEMPLATE.DOCUMENT))
                .where(TEMPLATE.TENANT_ID.eq(tenant))
                .and(TEMPLATE.STATUS.eq(TemplateStatus.PUBLISHED))
                .unionAll(select(
                                inline("level").as(kind),
                                field("y.e ->> 'key'", String.class).as(key),
                                field("y.e ->> 'name'", String.class).as(label),
                                field("y.o", Long.class).as(position),
                                TEMPLATE.PUBLISHED_AT.as(published))
                        .from(TEMPLATE)
                        .crossJoin(table(
                                "lateral jsonb_array_elements({0}::jsonb -> 'scale' -> 'levels') with ordinality as y(e, o)",
                                TEMPLATE.DOCUMENT))
                        .where(TEMPLATE.TENANT_ID.eq(tenant))
                        .and(TEMPLATE.STATUS.eq(TemplateStatus.PUBLISHED)))
                .asTable("labels");
        Map<String, Named> areaNames = new LinkedHashMap<>();
        Map<String, Named> levelNames = new LinkedHashMap<>();
        dsl.select(kind, key, label, position)
                .distinctOn(kind, key)
                .from(areas)
                .orderBy(kind, key, published.desc())
                .forEach(r -> ("area".equals(r.value1()) ? areaNames : levelNames)
                        .put(r.value2(), new Named(r.value3(), r.value4())));
        return new Heatmap(
                ordered(cells.stream().map(Heatmap.Cell::area).distinct().toList(), areaNames),
                ordered(cells.stream().map(Heatmap.Cell::level).distinct().toList(), levelNames),
                cells);
    }

    private record Named(@Nullable String name, @Nullable Long position) {}

    private static List<Heatmap.Label> ordered(List<String> keys, Map<String, Named> names) {
        List<String> sorted = new ArrayList<>(keys);
        sorted.sort((a, b) -> {
            Named x = names.get(a);
            Named y = names.get(b);
            long px = x == null || x.position() == null ? Long.MAX_VALUE : x.position();
            long py = y == null || y.position() == null ? Long.MAX_VALUE : y.position();
            return px != py ? Long.compare(px, py) : a.compareTo(b);
        });
        return sorted.stream()
                .map(k -> {
                    Named n = names.get(k);
                    return new Heatmap.Label(k, n == null || n.name() == null ? k : n.name());
                })
                .toList();
    }

    /** The interviewers with interviews completed in the period, the busiest first. */
    public List<InterviewerActivity> interviewers(TenantId tenant, Period period) {
        Field<Integer> done = count();
        Field<Integer> qualified = count().filterWhere(LEAD.QUALIFIED.isTrue());
        return dsl.select(MEMBER.ID, MEMBER.DISPLAY_NAME, done, qualified)
                .from(INTERVIEW)
                .join(MEMBER)
                .on(MEMBER.TENANT_ID.eq(tenant))
                .and(MEMBER.ID.eq(INTERVIEW.INTERVIEWER_ID))
                .leftJoin(LEAD)
                .on(LEAD.TENANT_ID.eq(tenant))
                .and(LEAD.INTERVIEW_ID.eq(INTERVIEW.ID))
                // The lead is made in the completing transaction; a day's margin covers any clock between the two.
                .and(LEAD.CREATED_AT.ge(period.start().minus(Duration.ofDays(1))))
                .where(INTERVIEW.TENANT_ID.eq(tenant))
                .and(INTERVIEW.STATUS.eq(InterviewStatus.COMPLETED))
                .and(INTERVIEW.COMPLETED_AT.ge(period.start()))
                .and(INTERVIEW.COMPLETED_AT.lt(period.end()))
                .groupBy(MEMBER.ID, MEMBER.DISPLAY_NAME)
                .orderBy(done.desc(), MEMBER.DISPLAY_NAME, MEMBER.ID)
                .fetch(r -> new InterviewerActivity(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    /**
     * The experts with claims in the period or leads won or lost in it: claims and the median time from a lead's
     * making to its claim (from the claim events), won and lost (from the leads they hold, by when their status last
     * changed).
     */
    public List<ExpertActivity> experts(TenantId tenant, Period period) {
        Field<UUID> claimHolder = LEAD_EVENT.HOLDER_ID.as("holder");
        Field<Integer> claims = count().as("claims");
        Field<BigDecimal> pickUp = percentileCont(0.5)
                .withinGroupOrderBy(
                        field("extract(epoch from {0} - {1})", SQLDataType.NUMERIC, LEAD_EVENT.AT, LEAD.CREATED_AT))
                .as("pick_up");
        CommonTableExpression<Record3<UUID, Integer, BigDecimal>> claimed = name("claimed")
                .as(select(claimHolder, claims, pickUp)
                        .from(LEAD_EVENT)
                        .join(LEAD)
                        .on(LEAD.TENANT_ID.eq(tenant))
                        .and(LEAD.ID.eq(LEAD_EVENT.LEAD_ID))
                        .where(LEAD_EVENT.TENANT_ID.eq(tenant))
                        .and(LEAD_EVENT.KIND.eq(LeadEventKind.CLAIMED))
                        .and(LEAD_EVENT.AT.ge(period.start()))
                        .and(LEAD_EVENT.AT.lt(period.end()))
                        .and(LEAD_EVENT.HOLDER_ID.isNotNull())
                        .groupBy(LEAD_EVENT.HOLDER_ID));
        Field<UUID> closedHolder = LEAD.HOLDER_ID.as("holder");
        Field<Integer> wonCount =
                count().filterWhere(LEAD.STATUS.eq(LeadStatus.WON)).as("won");
        Field<Integer> lostCount =
                count().filterWhere(LEAD.STATUS.eq(LeadStatus.LOST)).as("lost");
        CommonTableExpression<Record3<UUID, Integer, Integer>> closed = name("closed")
                .as(select(closedHolder, wonCount, lostCount)
                        .from(LEAD)
                        .where(LEAD.TENANT_ID.eq(tenant))
                        .and(LEAD.STATUS.in(LeadStatus.WON, LeadStatus.LOST))
                        .and(LEAD.STATUS_CHANGED_AT.ge(period.start()))
                        .and(LEAD.STATUS_CHANGED_AT.lt(period.end()))
                        .groupBy(LEAD.HOLDER_ID));
        Field<UUID> cHolder = field(name("claimed", "holder"), UUID.class);
        Field<UUID> dHolder = field(name("closed", "holder"), UUID.class);
        Field<Integer> c = DSL.coalesce(field(name("claimed", "claims"), Integer.class), 0);
        Field<BigDecimal> p = field(name("claimed", "pick_up"), BigDecimal.class);
        Field<Integer> w = DSL.coalesce(field(name("closed", "won"), Integer.class), 0);
        Field<Integer> l = DSL.coalesce(field(name("closed", "lost"), Integer.class), 0);
        return dsl.with(claimed, closed)
                .select(MEMBER.ID, MEMBER.DISPLAY_NAME, c, p, w, l)
                .from(claimed)
                .fullJoin(closed)
                .on(dHolder.eq(cHolder))
                .join(MEMBER)
                .on(MEMBER.TENANT_ID.eq(tenant))
                .and(MEMBER.ID.eq(DSL.coalesce(cHolder, dHolder)))
                .orderBy(c.desc(), MEMBER.DISPLAY_NAME, MEMBER.ID)
                .fetch(r -> new ExpertActivity(
                        r.value1(), r.value2(), r.value3(), duration(r.value4()), r.value5(), r.value6()));
    }

    private static @Nullable Duration duration(@Nullable BigDecimal seconds) {
        return seconds == null
                ? null
                : Duration.ofMillis(seconds.movePointRight(3).longValue());
    }

    /** The leads made in the period, by source. */
    public List<SourceActivity> sources(TenantId tenant, Period period) {
        Field<Integer> leads = count();
        Field<Integer> qualified = count().filterWhere(LEAD.STATUS.ne(LeadStatus.DISQUALIFIED));
        Field<Integer> claimed = count(LEAD.HOLDER_ID);
        Field<Integer> won = count().filterWhere(LEAD.STATUS.eq(LeadStatus.WON));
        return dsl.select(LEAD.SOURCE, leads, qualified, claimed, won)
                .from(LEAD)
                .where(LEAD.TENANT_ID.eq(tenant))
                .and(LEAD.CREATED_AT.ge(period.start()))
                .and(LEAD.CREATED_AT.lt(period.end()))
                .groupBy(LEAD.SOURCE)
                .orderBy(LEAD.SOURCE)
                .fetch(r -> new SourceActivity(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }
}
