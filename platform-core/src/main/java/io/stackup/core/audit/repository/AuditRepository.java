package io.stackup.core.audit.repository;

import static io.stackup.core.jooq.Tables.AUDIT_EVENT;

import io.stackup.core.audit.AuditEntry;
import io.stackup.core.tenancy.TenantId;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** Writes the audit log. There is no update and no delete: the database role could not run them anyway. */
@Repository
public class AuditRepository {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final DSLContext dsl;

    AuditRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void insert(TenantId tenant, String actorId, String actorLabel, AuditEntry entry) {
        dsl.insertInto(AUDIT_EVENT)
                .set(AUDIT_EVENT.TENANT_ID, tenant)
                .set(AUDIT_EVENT.ACTOR_ID, cut(actorId, 200))
                .set(AUDIT_EVENT.ACTOR_LABEL, cut(actorLabel, 400))
                .set(AUDIT_EVENT.ACTION, entry.action())
                .set(AUDIT_EVENT.SUBJECT_TYPE, entry.subjectType())
                .set(AUDIT_EVENT.SUBJECT_ID, entry.subjectId())
                .set(AUDIT_EVENT.SUMMARY, cut(entry.summary(), 2000))
                .set(AUDIT_EVENT.DETAILS, JSONB.valueOf(JSON.writeValueAsString(entry.details())))
                .execute();
    }

    /** The first {@code max} characters: a long name must not make a change fail for its log line. */
    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
