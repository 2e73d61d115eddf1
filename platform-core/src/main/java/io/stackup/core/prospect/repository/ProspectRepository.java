package io.stackup.core.prospect.repository;

import static io.stackup.core.jooq.Tables.PROSPECT;

import io.stackup.core.jooq.tables.records.ProspectRecord;
import io.stackup.core.prospect.Prospect;
import io.stackup.core.prospect.ProspectDraft;
import io.stackup.core.prospect.ProspectId;
import io.stackup.core.shared.SearchPatterns;
import io.stackup.core.tenancy.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Prospects of a tenant. Every statement names the tenant; row-level security checks it again. */
@Repository
public class ProspectRepository {

    private final DSLContext dsl;

    ProspectRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public ProspectId insert(TenantId tenant, ProspectDraft draft, String user) {
        return dsl.insertInto(PROSPECT)
                .set(PROSPECT.TENANT_ID, tenant)
                .set(PROSPECT.NAME, draft.name())
                .set(PROSPECT.INDUSTRY, draft.industry())
                .set(PROSPECT.EMPLOYEES, draft.employees())
                .set(PROSPECT.CONTACT_NAME, draft.contactName())
                .set(PROSPECT.CONTACT_EMAIL, draft.contactEmail())
                .set(PROSPECT.NOTES, draft.notes())
                .set(PROSPECT.CREATED_BY, user)
                .set(PROSPECT.UPDATED_BY, user)
                .returning(PROSPECT.ID)
                .fetchOptional(PROSPECT.ID)
                .orElseThrow();
    }

    /** Replaces the fields if nobody saved them since {@code expectedLockVersion}; {@code false} otherwise. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean update(TenantId tenant, ProspectId id, int expectedLockVersion, ProspectDraft draft, String user) {
        return dsl.update(PROSPECT)
                        .set(PROSPECT.NAME, draft.name())
                        .set(PROSPECT.INDUSTRY, draft.industry())
                        .set(PROSPECT.EMPLOYEES, draft.employees())
                        .set(PROSPECT.CONTACT_NAME, draft.contactName())
                        .set(PROSPECT.CONTACT_EMAIL, draft.contactEmail())
                        .set(PROSPECT.NOTES, draft.notes())
                        .set(PROSPECT.UPDATED_AT, Instant.now())
                        .set(PROSPECT.UPDATED_BY, user)
                        .set(PROSPECT.LOCK_VERSION, PROSPECT.LOCK_VERSION.plus(1))
                        .where(PROSPECT.TENANT_ID.eq(tenant))
                        .and(PROSPECT.ID.eq(id))
                        .and(PROSPECT.LOCK_VERSION.eq(expectedLockVersion))
                        .execute()
                == 1;
    }

    public Optional<Prospect> find(TenantId tenant, ProspectId id) {
        return dsl.selectFrom(PROSPECT)
                .where(PROSPECT.TENANT_ID.eq(tenant))
                .and(PROSPECT.ID.eq(id))
                .fetchOptional(ProspectRepository::toProspect);
    }

    /**
     * A page of the tenant's prospects by name; {@code search} matches name, industry, contact name or e-mail,
     * case-insensitively.
     */
    public List<Prospect> find(TenantId tenant, String search, int offset, int limit) {
        return dsl.selectFrom(PROSPECT)
                .where(filter(tenant, search))
                .orderBy(DSL.lower(PROSPECT.NAME), PROSPECT.ID)
                .offset(offset)
                .limit(limit)
                .fetch(ProspectRepository::toProspect);
    }

    public int count(TenantId tenant, String search) {
        return dsl.fetchCount(PROSPECT, filter(tenant, search));
    }

    private static Condition filter(TenantId tenant, String search) {
        Condition condition = PROSPECT.TENANT_ID.eq(tenant);
        if (search.isBlank()) {
            return condition;
        }
        String pattern = SearchPatterns.contains(search);
        return condition.and(DSL.lower(PROSPECT.NAME)
                .like(pattern)
                .or(DSL.lower(PROSPECT.INDUSTRY).like(pattern))
                .or(DSL.lower(PROSPECT.CONTACT_NAME).like(pattern))
                .or(DSL.lower(PROSPECT.CONTACT_EMAIL).like(pattern)));
    }

    private static Prospect toProspect(ProspectRecord r) {
        return new Prospect(
                r.getId(),
                r.getName(),
                r.getIndustry(),
                r.getEmployees(),
                r.getContactName(),
                r.getContactEmail(),
                r.getNotes(),
                r.getLockVersion(),
                r.getCreatedAt(),
                r.getUpdatedAt(),
                r.getUpdatedBy());
    }
}
