package io.stackup.core.lead.query;

import static io.stackup.core.jooq.Tables.INTERVIEW;
import static io.stackup.core.jooq.Tables.LEAD;
import static io.stackup.core.jooq.Tables.LEAD_EVENT;
import static io.stackup.core.jooq.Tables.MEMBER;
import static io.stackup.core.jooq.Tables.MEMBER_LEAD_AREA;
import static io.stackup.core.jooq.Tables.PROSPECT;

import io.stackup.core.jooq.tables.Member;
import io.stackup.core.lead.Lead;
import io.stackup.core.lead.LeadDetail;
import io.stackup.core.lead.LeadEvent;
import io.stackup.core.lead.LeadFilter;
import io.stackup.core.lead.LeadId;
import io.stackup.core.lead.LeadSort;
import io.stackup.core.lead.LeadSource;
import io.stackup.core.lead.LeadStatus;
import io.stackup.core.lead.LeadSummary;
import io.stackup.core.lead.repository.LeadJson;
import io.stackup.core.shared.SearchPatterns;
import io.stackup.core.tenancy.TenantId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.jooq.Condition;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Records;
import org.jooq.SelectFieldOrAsterisk;
import org.jooq.SelectJoinStep;
import org.jooq.SelectLimitStep;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lead lists and one lead with its history. Every statement names the tenant; row-level security checks it again.
 * A list is one statement (the prospect, the interview's interviewer and the holder joined in); its count is one more;
 * an export streams the same statement through a cursor.
 */
@Repository
public class LeadQueries {

    /** Rows an export fetches from PostgreSQL at a time: the cursor holds no more than this in memory. */
    static final int EXPORT_FETCH_SIZE = 500;

    private static final Member HOLDER = MEMBER.as("holder");
    private static final Member INTERVIEWER = MEMBER.as("interviewer");

    private final DSLContext dsl;

    LeadQueries(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * A page of the leads that match, those in the viewer's areas first, then in {@code sort}'s order.
     *
     * @param viewer the calling member, whose covered areas come first; {@code null} for none
     * @param overdueBefore an open lead whose status last changed before this instant is overdue
     */
    public List<LeadSummary> find(
            TenantId tenant,
            LeadFilter filter,
            LeadSort sort,
            @Nullable UUID viewer,
            Instant overdueBefore,
            int offset,
            int limit) {
        Field<Boolean> inYourAreas = inAreasOf(viewer);
        return listed(tenant, filter, sort, inYourAreas)
                .offset(offset)
                .limit(limit)
                .fetch(r -> new LeadSummary(lead(r, overdueBefore), r.get(inYourAreas)));
    }

    public int count(TenantId tenant, LeadFilter filter) {
        return dsl.fetchCount(joined(dsl.select(LEAD.ID).from(LEAD)).where(filter(tenant, filter)));
    }

    /**
     * Hands every lead that matches to {@code sink}, in {@link #find}'s order, through a server-side cursor of
     * {@value #EXPORT_FETCH_SIZE} rows: however many there are, only that many are in memory at once. Runs in the
     * caller's transaction, which must be open for as long as the rows are read.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void forEach(
            TenantId tenant,
            LeadFilter filter,
            LeadSort sort,
            @Nullable UUID viewer,
            Instant overdueBefore,
            Consumer<LeadSummary> sink) {
        Field<Boolean> inYourAreas = inAreasOf(viewer);
        try (Cursor<Record> cursor = listed(tenant, filter, sort, inYourAreas)
                .fetchSize(EXPORT_FETCH_SIZE)
                .fetchLazy()) {
            for (Record r : cursor) {
                sink.accept(new LeadSummary(lead(r, overdueBefore), r.get(inYourAreas)));
            }
        }
    }

    /** The lead as it stands. */
    public Optional<Lead> find(TenantId tenant, LeadId id, Instant overdueBefore) {
        return joined(dsl.select(columns()).from(LEAD))
                .where(LEAD.TENANT_ID.eq(tenant))
                .and(LEAD.ID.eq(id))
                .fetchOptional(r -> lead(r, overdueBefore));
    }

    /** The lead with its history, in one statement. */
    public Optional<LeadDetail> detail(TenantId tenant, LeadId id, Instant overdueBefore) {
        Field<List<LeadEvent>> history = history();
        List<SelectFieldOrAsterisk> columns = new ArrayList<>(columns());
        columns.add(history);
        return joined(dsl.select(columns).from(LEAD))
                .where(LEAD.TENANT_ID.eq(tenant))
                .and(LEAD.ID.eq(id))
                .fetchOptional(r -> new LeadDetail(lead(r, overdueBefore), r.get(history)));
    }

    private SelectLimitStep<Record> listed(
            TenantId tenant, LeadFilter filter, LeadSort sort, Field<Boolean> inYourAreas) {
        List<SelectFieldOrAsterisk> columns = new ArrayList<>(columns());
        columns.add(inYourAreas);
        List<SortField<?>> order = new ArrayList<>();
        order.add(inYourAreas.desc());
        switch (sort) {
            case SCORE -> {
                order.add(LEAD.SCORE.desc());
                order.add(LEAD.CREATED_AT.asc());
            }
            case OLDEST -> order.add(LEAD.CREATED_AT.asc());
            case NEWEST -> order.add(LEAD.CREATED_AT.desc());
        }
        order.add(LEAD.ID.asc());
        return joined(dsl.select(columns).from(LEAD))
                .where(filter(tenant, filter))
                .orderBy(order);
    }

    /** Whether the lead has a gap in an area the viewer covers; always false without a viewer. */
    private static Field<Boolean> inAreasOf(@Nullable UUID viewer) {
        if (viewer == null) {
            return DSL.inline(false).as("in_your_areas");
        }
        return DSL.field(DSL.exists(DSL.selectOne()
                        .from(MEMBER_LEAD_AREA)
                        .where(MEMBER_LEAD_AREA.TENANT_ID.eq(LEAD.TENANT_ID))
                        .and(MEMBER_LEAD_AREA.MEMBER_ID.eq(viewer))
                        .and(hasGapIn(MEMBER_LEAD_AREA.AREA_KEY))))
                .as("in_your_areas");
    }

    /** The lead lists {@code area} among its areas with a gap. */
    private static Condition hasGapIn(Field<String> area) {
        return DSL.condition("{0} @> jsonb_build_array(jsonb_build_object('area', {1}))", LEAD.AREA_GAPS, area);
    }

    private static List<SelectFieldOrAsterisk> columns() {
        return List.of(
                LEAD.ID,
                LEAD.INTERVIEW_ID,
                LEAD.PROSPECT_ID,
                PROSPECT.NAME,
                LEAD.SOURCE,
                LEAD.STATUS,
                LEAD.SCORE,
                LEAD.QUALIFIED,
                LEAD.RULES,
                LEAD.AREA_GAPS,
                LEAD.OFFERINGS,
                HOLDER.EMAIL,
                HOLDER.DISPLAY_NAME,
                INTERVIEWER.EMAIL,
                LEAD.OVERRIDE_REASON,
                LEAD.LOST_REASON,
                LEAD.CREATED_AT,
                LEAD.STATUS_CHANGED_AT,
                LEAD.UPDATED_AT,
                LEAD.LOCK_VERSION);
    }

    private static Lead lead(Record r, Instant overdueBefore) {
        LeadStatus status = r.get(LEAD.STATUS);
        Instant statusChangedAt = r.get(LEAD.STATUS_CHANGED_AT);
        return new Lead(
                r.get(LEAD.ID),
                r.get(LEAD.INTERVIEW_ID),
                r.get(LEAD.PROSPECT_ID),
                r.get(PROSPECT.NAME),
                r.get(LEAD.SOURCE),
                status,
                r.get(LEAD.SCORE),
                r.get(LEAD.QUALIFIED),
                LeadJson.rules(r.get(LEAD.RULES)),
                LeadJson.areaGaps(r.get(LEAD.AREA_GAPS)),
                List.of(r.get(LEAD.OFFERINGS)),
                r.get(HOLDER.EMAIL),
                r.get(HOLDER.DISPLAY_NAME),
                r.get(INTERVIEWER.EMAIL),
                r.get(LEAD.OVERRIDE_REASON),
                r.get(LEAD.LOST_REASON),
                r.get(LEAD.CREATED_AT),
                statusChangedAt,
                r.get(LEAD.UPDATED_AT),
                status.isOpen() && statusChangedAt.isBefore(overdueBefore),
                r.get(LEAD.LOCK_VERSION));
    }

    /** The lead's history, oldest first; the actor as "Display Name (email)" where they are a member. */
    private static Field<List<LeadEvent>> history() {
        Member holder = MEMBER.as("event_holder");
        Member actor = MEMBER.as("actor");
        return DSL.multiset(DSL.select(
                                LEAD_EVENT.KIND,
                                LEAD_EVENT.FROM_STATUS,
                                LEAD_EVENT.TO_STATUS,
                                holder.EMAIL,
                                LEAD_EVENT.NOTE,
                                DSL.coalesce(
                                        DSL.concat(actor.DISPLAY_NAME, DSL.inline(" ("), actor.EMAIL, DSL.inline(")")),
                                        LEAD_EVENT.ACTOR),
                                LEAD_EVENT.AT)
                        .from(LEAD_EVENT)
                        .leftJoin(holder)
                        .on(holder.TENANT_ID.eq(LEAD_EVENT.TENANT_ID))
                        .and(holder.ID.eq(LEAD_EVENT.HOLDER_ID))
                        .leftJoin(actor)
                        .on(actor.TENANT_ID.eq(LEAD_EVENT.TENANT_ID))
                        .and(actor.KEYCLOAK_USER_ID.eq(LEAD_EVENT.ACTOR))
                        .where(LEAD_EVENT.TENANT_ID.eq(LEAD.TENANT_ID))
                        .and(LEAD_EVENT.LEAD_ID.eq(LEAD.ID))
                        .orderBy(LEAD_EVENT.AT, LEAD_EVENT.ID))
                .convertFrom(r -> r.map(Records.mapping(LeadEvent::new)));
    }

    private static <R extends Record> SelectJoinStep<R> joined(SelectJoinStep<R> select) {
        select.join(PROSPECT)
                .on(PROSPECT.TENANT_ID.eq(LEAD.TENANT_ID).and(PROSPECT.ID.eq(LEAD.PROSPECT_ID)))
                .join(INTERVIEW)
                .on(INTERVIEW.TENANT_ID.eq(LEAD.TENANT_ID).and(INTERVIEW.ID.eq(LEAD.INTERVIEW_ID)))
                .leftJoin(INTERVIEWER)
                .on(INTERVIEWER.TENANT_ID.eq(INTERVIEW.TENANT_ID).and(INTERVIEWER.ID.eq(INTERVIEW.INTERVIEWER_ID)))
                .leftJoin(HOLDER)
                .on(HOLDER.TENANT_ID.eq(LEAD.TENANT_ID).and(HOLDER.ID.eq(LEAD.HOLDER_ID)));
        return select;
    }

    private static Condition filter(TenantId tenant, LeadFilter filter) {
        Condition condition = LEAD.TENANT_ID.eq(tenant);
        if (!filter.statuses().isEmpty()) {
            condition = condition.and(LEAD.STATUS.in(filter.statuses()));
        }
        String area = filter.area();
        if (area != null && !area.isBlank()) {
            condition = condition.and(hasGapIn(DSL.val(area.strip())));
        }
        String offering = filter.offering();
        if (offering != null && !offering.isBlank()) {
            condition = condition.and(DSL.val(offering.strip()).eq(DSL.any(LEAD.OFFERINGS)));
        }
        String interviewer = filter.interviewerEmail();
        if (interviewer != null && !interviewer.isBlank()) {
            condition = condition.and(DSL.lower(INTERVIEWER.EMAIL).eq(lower(interviewer)));
        }
        String holder = filter.holderEmail();
        if (holder != null && !holder.isBlank()) {
            condition = condition.and(DSL.lower(HOLDER.EMAIL).eq(lower(holder)));
        }
        LeadSource source = filter.source();
        if (source != null) {
            condition = condition.and(LEAD.SOURCE.eq(source));
        }
        Instant after = filter.createdAfter();
        if (after != null) {
            condition = condition.and(LEAD.CREATED_AT.gt(after));
        }
        Instant before = filter.createdBefore();
        if (before != null) {
            condition = condition.and(LEAD.CREATED_AT.lt(before));
        }
        if (!filter.search().isBlank()) {
            condition = condition.and(DSL.lower(PROSPECT.NAME).like(SearchPatterns.contains(filter.search())));
        }
        return condition;
    }

    private static String lower(String value) {
        return value.strip().toLowerCase(Locale.ROOT);
    }
}
