package io.stackup.core.offboarding.repository;

import static io.stackup.core.jooq.Tables.MEMBER;
import static io.stackup.core.jooq.Tables.TENANT;

import io.stackup.core.offboarding.PendingDeletion;
import io.stackup.core.tenancy.TenantId;
import io.stackup.core.tenancy.TenantStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** A tenant's pending deletion (columns of its {@code tenant} row) and the purge of all its rows. */
@Repository
public class TenantDeletionRepository {

    private final DSLContext dsl;

    TenantDeletionRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<PendingDeletion> pending(TenantId tenant) {
        return dsl.select(TENANT.DELETION_REQUESTED_AT, TENANT.DELETION_REQUESTED_BY, TENANT.DELETION_DUE_AT)
                .from(TENANT)
                .where(TENANT.ID.eq(tenant).and(TENANT.DELETION_DUE_AT.isNotNull()))
                .fetchOptional(r -> new PendingDeletion(r.value1(), r.value2() == null ? "" : r.value2(), r.value3()));
    }

    /** Records the request unless one is pending; true when this call recorded it. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean request(TenantId tenant, String requestedBy, Instant at, Instant due) {
        return dsl.update(TENANT)
                        .set(TENANT.DELETION_REQUESTED_AT, at)
                        .set(TENANT.DELETION_REQUESTED_BY, requestedBy)
                        .set(TENANT.DELETION_DUE_AT, due)
                        .set(TENANT.VERSION, TENANT.VERSION.plus(1))
                        .where(TENANT.ID.eq(tenant).and(TENANT.DELETION_DUE_AT.isNull()))
                        .execute()
                == 1;
    }

    /**
     * Makes a still pending tenant's deletion due at {@code at} (a sign-up never verified): sets the request unless one
     * is recorded; true when the tenant is pending and has a deletion due now (this call's or an earlier one's), false
     * when it is no longer pending (verified meanwhile) or gone.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean dueIfPending(TenantId tenant, String requestedBy, Instant at) {
        dsl.update(TENANT)
                .set(TENANT.DELETION_REQUESTED_AT, at)
                .set(TENANT.DELETION_REQUESTED_BY, requestedBy)
                .set(TENANT.DELETION_DUE_AT, at)
                .set(TENANT.VERSION, TENANT.VERSION.plus(1))
                .where(TENANT.ID
                        .eq(tenant)
                        .and(TENANT.STATUS.eq(TenantStatus.PENDING))
                        .and(TENANT.DELETION_DUE_AT.isNull()))
                .execute();
        return dsl.fetchExists(
                TENANT,
                TENANT.ID.eq(tenant).and(TENANT.STATUS.eq(TenantStatus.PENDING)).and(TENANT.DELETION_DUE_AT.le(at)));
    }

    /** Clears a pending request; true when there was one. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean cancel(TenantId tenant) {
        return dsl.update(TENANT)
                        .setNull(TENANT.DELETION_REQUESTED_AT)
                        .setNull(TENANT.DELETION_REQUESTED_BY)
                        .setNull(TENANT.DELETION_DUE_AT)
                        .set(TENANT.VERSION, TENANT.VERSION.plus(1))
                        .where(TENANT.ID.eq(tenant).and(TENANT.DELETION_DUE_AT.isNotNull()))
                        .execute()
                == 1;
    }

    /** The Keycloak user ids of the tenant's members (the tenant must be bound: row-level security). */
    public List<String> memberUserIds(TenantId tenant) {
        return dsl.select(MEMBER.KEYCLOAK_USER_ID)
                .from(MEMBER)
                .where(MEMBER.TENANT_ID.eq(tenant))
                .orderBy(MEMBER.KEYCLOAK_USER_ID)
                .fetch(MEMBER.KEYCLOAK_USER_ID);
    }

    /**
     * Deletes every row of the tenant and the tenant itself through {@code stackup_purge_tenant}, which refuses unless
     * the transaction is bound to this tenant and its deletion is due. Returns the number of tenant-owned rows deleted.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public long purge(TenantId tenant) {
        Long deleted = dsl.select(DSL.field("stackup_purge_tenant({0})", Long.class, DSL.val(tenant.value())))
                .fetchOne(0, Long.class);
        return deleted == null ? 0 : deleted;
    }
}
