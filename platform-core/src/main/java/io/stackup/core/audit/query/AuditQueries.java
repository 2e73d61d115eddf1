package io.stackup.core.audit.query;

import static io.stackup.core.jooq.Tables.AUDIT_EVENT;

import io.stackup.core.audit.AuditFilter;
import io.stackup.core.audit.AuditRecord;
import io.stackup.core.jooq.tables.records.AuditEventRecord;
import io.stackup.core.shared.SearchPatterns;
import io.stackup.core.tenancy.TenantId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jooq.Condition;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.SelectSeekStep2;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the audit log of one tenant, newest first (then by id, so a page boundary between records of the same instant
 * is stable). Each filter of {@link AuditFilter} has an index that leads with the tenant (changesets 0010 and 0013).
 */
@Repository
public class AuditQueries {

    /** Rows an export fetches from PostgreSQL at a time: the cursor holds no more than this in memory. */
    static final int EXPORT_FETCH_SIZE = 500;

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<LinkedHashMap<String, String>> DETAILS = new TypeReference<>() {};

    private final DSLContext dsl;

    AuditQueries(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** A page of the records that match, newest first. */
    public List<AuditRecord> find(TenantId tenant, AuditFilter filter, int offset, int limit) {
        return listed(tenant, filter).offset(offset).limit(limit).fetch(AuditQueries::record);
    }

    /** How many records match. */
    public int count(TenantId tenant, AuditFilter filter) {
        return dsl.fetchCount(AUDIT_EVENT, condition(tenant, filter));
    }

    /**
     * Hands every record that matches to {@code sink}, newest first, through a server-side cursor of
     * {@value #EXPORT_FETCH_SIZE} rows: however long the log, only that many are in memory at once. Runs in the caller's
     * transaction, which must be open for as long as the rows are read.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void forEach(TenantId tenant, AuditFilter filter, Consumer<AuditRecord> sink) {
        try (Cursor<AuditEventRecord> cursor =
                listed(tenant, filter).fetchSize(EXPORT_FETCH_SIZE).fetchLazy()) {
            for (AuditEventRecord r : cursor) {
                sink.accept(record(r));
            }
        }
    }

    private SelectSeekStep2<AuditEventRecord, java.time.Instant, java.util.UUID> listed(
            TenantId tenant, AuditFilter filter) {
        return dsl.selectFrom(AUDIT_EVENT)
                .where(condition(tenant, filter))
                .orderBy(AUDIT_EVENT.AT.desc(), AUDIT_EVENT.ID.desc());
    }

    private static Condition condition(TenantId tenant, AuditFilter filter) {
        Condition condition = AUDIT_EVENT.TENANT_ID.eq(tenant);
        if (filter.from() != null) {
            condition = condition.and(AUDIT_EVENT.AT.ge(filter.from()));
        }
        if (filter.to() != null) {
            condition = condition.and(AUDIT_EVENT.AT.lt(filter.to()));
        }
        String feature = filter.feature();
        String action = filter.action();
        if (feature != null) {
            // Written as changeset 0013's index is, constants inlined, so the planner matches it.
            condition = condition.and(DSL.splitPart(AUDIT_EVENT.ACTION, DSL.inline("."), DSL.inline(1))
                    .eq(feature));
        } else if (action != null) {
            condition = condition.and(AUDIT_EVENT.ACTION.eq(action));
        }
        String actor = filter.actor();
        if (actor != null) {
            condition = condition.and(AUDIT_EVENT
                    .ACTOR_ID
                    .eq(actor)
                    .or(DSL.lower(AUDIT_EVENT.ACTOR_LABEL).like(SearchPatterns.contains(actor))));
        }
        String subjectType = filter.subjectType();
        if (subjectType != null) {
            condition = condition.and(AUDIT_EVENT.SUBJECT_TYPE.eq(subjectType));
        }
        String subjectId = filter.subjectId();
        if (subjectId != null) {
            condition = condition.and(AUDIT_EVENT.SUBJECT_ID.eq(subjectId));
        }
        if (!filter.search().isEmpty()) {
            condition = condition.and(DSL.lower(AUDIT_EVENT.SUMMARY).like(SearchPatterns.contains(filter.search())));
        }
        return condition;
    }

    private static AuditRecord record(AuditEventRecord r) {
        Map<String, String> details = JSON.readValue(r.getDetails().data(), DETAILS);
        return new AuditRecord(
                r.getId(),
                r.getAt(),
                r.getActorId(),
                r.getActorLabel(),
                r.getAction(),
                r.getSubjectType(),
                r.getSubjectId(),
                r.getSummary(),
                details);
    }
}
