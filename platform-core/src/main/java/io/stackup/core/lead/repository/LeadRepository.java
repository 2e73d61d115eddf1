package io.stackup.core.lead.repository;

import static io.stackup.core.jooq.Tables.LEAD;
import static io.stackup.core.jooq.Tables.LEAD_EVENT;
import static io.stackup.core.jooq.Tables.MEMBER;

import io.stackup.core.interview.InterviewId;
import io.stackup.core.lead.AreaGap;
import io.stackup.core.lead.LeadEventKind;
import io.stackup.core.lead.LeadId;
import io.stackup.core.lead.LeadSource;
import io.stackup.core.lead.LeadStatus;
import io.stackup.core.prospect.ProspectId;
import io.stackup.core.tenancy.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes of leads and their history. Every statement names the tenant; row-level security checks it again. Each change
 * of a lead is one conditional UPDATE (on its status, and on its version where the caller read one), so two changes at
 * once never both apply: the second finds the row changed and changes nothing.
 */
@Repository
public class LeadRepository {

    private final DSLContext dsl;

    LeadRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** What a new lead holds: its interview and what completion gave it. */
    public record NewLead(
            InterviewId interview,
            ProspectId prospect,
            LeadSource source,
            LeadStatus status,
            double score,
            boolean qualified,
            List<Object> rules,
            List<AreaGap> areaGaps,
            List<String> offerings) {}

    /**
     * A lead's state as a change needs it.
     *
     * @param holderId the member who holds it; {@code null} while nobody does
     * @param holderEmail likewise, their e-mail address
     * @param holderName likewise, their display name
     */
    public record State(
            LeadStatus status,
            @Nullable UUID holderId,
            @Nullable String holderEmail,
            @Nullable String holderName,
            int version) {}

    /**
     * Inserts the lead of an interview unless it has one: {@code ON CONFLICT (tenant_id, interview_id) DO NOTHING}, so a
     * second insert for the same interview, however it comes, changes nothing.
     *
     * @return the new lead's id; empty when the interview had its lead already
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<LeadId> insert(TenantId tenant, NewLead lead, String actor) {
        Instant now = Instant.now();
        return dsl.insertInto(LEAD)
                .set(LEAD.TENANT_ID, tenant)
                .set(LEAD.INTERVIEW_ID, lead.interview())
                .set(LEAD.PROSPECT_ID, lead.prospect())
                .set(LEAD.SOURCE, lead.source())
                .set(LEAD.STATUS, lead.status())
                .set(LEAD.SCORE, lead.score())
                .set(LEAD.QUALIFIED, lead.qualified())
                .set(LEAD.RULES, LeadJson.rules(lead.rules()))
                .set(LEAD.AREA_GAPS, LeadJson.areaGaps(lead.areaGaps()))
                .set(LEAD.OFFERINGS, lead.offerings().toArray(String[]::new))
                .set(LEAD.STATUS_CHANGED_AT, now)
                .set(LEAD.CREATED_AT, now)
                .set(LEAD.CREATED_BY, actor)
                .set(LEAD.UPDATED_AT, now)
                .onConflict(LEAD.TENANT_ID, LEAD.INTERVIEW_ID)
                .doNothing()
                .returning(LEAD.ID)
                .fetchOptional(LEAD.ID);
    }

    /** The lead's status, holder and version as they are now (no lock: every change re-checks them as it writes). */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<State> state(TenantId tenant, LeadId id) {
        return dsl.select(LEAD.STATUS, LEAD.HOLDER_ID, MEMBER.EMAIL, MEMBER.DISPLAY_NAME, LEAD.LOCK_VERSION)
                .from(LEAD)
                .leftJoin(MEMBER)
                .on(MEMBER.TENANT_ID.eq(LEAD.TENANT_ID).and(MEMBER.ID.eq(LEAD.HOLDER_ID)))
                .where(LEAD.TENANT_ID.eq(tenant))
                .and(LEAD.ID.eq(id))
                .fetchOptional(Records.mapping(State::new));
    }

    /**
     * Claims a qualified lead for {@code holder}, in one statement: {@code UPDATE … WHERE status = 'qualified'
     * RETURNING}. Of two claims at once, PostgreSQL lets the second re-check the row after the first committed, so it
     * finds the lead claimed and changes nothing.
     *
     * @return whether this call claimed it; {@code false} when the lead is gone or not qualified
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean claim(TenantId tenant, LeadId id, UUID holder) {
        Instant now = Instant.now();
        return dsl.update(LEAD)
                .set(LEAD.STATUS, LeadStatus.CLAIMED)
                .set(LEAD.HOLDER_ID, holder)
                .set(LEAD.STATUS_CHANGED_AT, now)
                .set(LEAD.UPDATED_AT, now)
                .set(LEAD.LOCK_VERSION, LEAD.LOCK_VERSION.plus(1))
                .where(LEAD.TENANT_ID.eq(tenant))
                .and(LEAD.ID.eq(id))
                .and(LEAD.STATUS.eq(LeadStatus.QUALIFIED))
                .returning(LEAD.ID)
                .fetchOptional()
                .isPresent();
    }

    /**
     * Moves a lead from {@code from} to {@code to} with {@code holder}, only while it is still in {@code from} at
     * {@code version}. {@code statusChangedAt} moves only when the status does (a reassignment keeps it).
     *
     * @param lostReason kept with a lost lead; must be given exactly when {@code to} is lost
     * @param overrideReason why a disqualification was overridden; {@code null} keeps any earlier one
     * @return whether it moved; {@code false} when someone changed the lead since {@code version} was read
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean move(
            TenantId tenant,
            LeadId id,
            LeadStatus from,
            int version,
            LeadStatus to,
            @Nullable UUID holder,
            @Nullable String lostReason,
            @Nullable String overrideReason) {
        Instant now = Instant.now();
        return dsl.update(LEAD)
                        .set(LEAD.STATUS, to)
                        .set(LEAD.HOLDER_ID, holder)
                        .set(LEAD.LOST_REASON, lostReason)
                        .set(
                                LEAD.OVERRIDE_REASON,
                                overrideReason == null
                                        ? LEAD.OVERRIDE_REASON
                                        : DSL.val(overrideReason, LEAD.OVERRIDE_REASON))
                        .set(LEAD.STATUS_CHANGED_AT, from == to ? LEAD.STATUS_CHANGED_AT : DSL.val(now))
                        .set(LEAD.OVERDUE_AT, from == to ? LEAD.OVERDUE_AT : DSL.val((Instant) null, LEAD.OVERDUE_AT))
                        .set(LEAD.UPDATED_AT, now)
                        .set(LEAD.LOCK_VERSION, LEAD.LOCK_VERSION.plus(1))
                        .where(LEAD.TENANT_ID.eq(tenant))
                        .and(LEAD.ID.eq(id))
                        .and(LEAD.STATUS.eq(from))
                        .and(LEAD.LOCK_VERSION.eq(version))
                        .execute()
                == 1;
    }

    /** Marks the lead as updated now (a note was added), without counting a change of its state. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean touch(TenantId tenant, LeadId id) {
        return dsl.update(LEAD)
                        .set(LEAD.UPDATED_AT, Instant.now())
                        .where(LEAD.TENANT_ID.eq(tenant))
                        .and(LEAD.ID.eq(id))
                        .execute()
                == 1;
    }

    /** Appends to the lead's history. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void addEvent(
            TenantId tenant,
            LeadId id,
            LeadEventKind kind,
            @Nullable LeadStatus from,
            @Nullable LeadStatus to,
            @Nullable UUID holder,
            @Nullable String note,
            String actor) {
        dsl.insertInto(LEAD_EVENT)
                .set(LEAD_EVENT.TENANT_ID, tenant)
                .set(LEAD_EVENT.LEAD_ID, id)
                .set(LEAD_EVENT.KIND, kind)
                .set(LEAD_EVENT.FROM_STATUS, from)
                .set(LEAD_EVENT.TO_STATUS, to)
                .set(LEAD_EVENT.HOLDER_ID, holder)
                .set(LEAD_EVENT.NOTE, note)
                .set(LEAD_EVENT.ACTOR, actor)
                .execute();
    }

    /** A lead the overdue check marked: when it became qualified. */
    public record Marked(LeadId id, Instant waitingSince) {}

    /**
     * Marks the qualified leads nobody holds whose status has not changed since before {@code before} as overdue, at
     * most {@code limit} of them, oldest first, each once: {@code UPDATE … WHERE overdue_at IS NULL … RETURNING}, so
     * of two checks running at once (or one running twice) each lead is marked by exactly one. A lead's mark is cleared
     * when its status changes ({@link #move}), so a released lead may become overdue again.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Marked> markOverdue(TenantId tenant, Instant before, int limit) {
        var due = dsl.select(LEAD.ID)
                .from(LEAD)
                .where(LEAD.TENANT_ID.eq(tenant))
                .and(LEAD.STATUS.eq(LeadStatus.QUALIFIED))
                .and(LEAD.OVERDUE_AT.isNull())
                .and(LEAD.STATUS_CHANGED_AT.lt(before))
                .orderBy(LEAD.STATUS_CHANGED_AT)
                .limit(limit)
                .forUpdate()
                .skipLocked();
        return dsl.update(LEAD)
                .set(LEAD.OVERDUE_AT, Instant.now())
                .where(LEAD.TENANT_ID.eq(tenant))
                .and(LEAD.ID.in(due))
                .and(LEAD.OVERDUE_AT.isNull())
                .returning(LEAD.ID, LEAD.STATUS_CHANGED_AT)
                .fetch(r -> new Marked(r.get(LEAD.ID), r.get(LEAD.STATUS_CHANGED_AT)));
    }
}
