package io.stackup.core.tenancy.repository;

import static io.stackup.core.jooq.Tables.TENANT;

import io.stackup.core.jooq.tables.records.TenantRecord;
import io.stackup.core.shared.SearchPatterns;
import io.stackup.core.tenancy.Tenant;
import io.stackup.core.tenancy.TenantActivity;
import io.stackup.core.tenancy.TenantId;
import io.stackup.core.tenancy.TenantStatus;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The tenant registry. Not tenant-owned: it is read at login, before a tenant is chosen. */
@Repository
public class TenantRepository {

    private final DSLContext dsl;

    TenantRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<Tenant> findByOrganizationIds(Collection<String> organizationIds) {
        if (organizationIds.isEmpty()) {
            return List.of();
        }
        return dsl.selectFrom(TENANT)
                .where(TENANT.KEYCLOAK_ORG_ID.in(organizationIds))
                .orderBy(TENANT.NAME)
                .fetch(TenantRepository::toTenant);
    }

    public Optional<Tenant> findById(TenantId id) {
        return dsl.selectFrom(TENANT).where(TENANT.ID.eq(id)).fetchOptional(TenantRepository::toTenant);
    }

    public Optional<Tenant> findBySlug(String slug) {
        return dsl.selectFrom(TENANT).where(TENANT.SLUG.eq(slug)).fetchOptional(TenantRepository::toTenant);
    }

    /** A page of all tenants by name; {@code search} matches name or slug, case-insensitively. Platform use only. */
    public List<Tenant> find(String search, int offset, int limit) {
        return dsl.selectFrom(TENANT)
                .where(matches(search))
                .orderBy(TENANT.NAME, TENANT.ID)
                .offset(offset)
                .limit(limit)
                .fetch(TenantRepository::toTenant);
    }

    public int count(String search) {
        return dsl.fetchCount(TENANT, matches(search));
    }

    private static Condition matches(String search) {
        if (search.isBlank()) {
            return DSL.noCondition();
        }
        String pattern = SearchPatterns.contains(search);
        return DSL.lower(TENANT.NAME).like(pattern).or(TENANT.SLUG.like(pattern));
    }

    /** Creates the tenant of an organization, or renames it when it exists. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Tenant upsert(String slug, String name, String organizationId) {
        return dsl.insertInto(TENANT)
                .set(TENANT.SLUG, slug)
                .set(TENANT.NAME, name)
                .set(TENANT.KEYCLOAK_ORG_ID, organizationId)
                .onConflict(TENANT.KEYCLOAK_ORG_ID)
                .doUpdate()
                .set(TENANT.NAME, name)
                .returning()
                .fetchSingle(TenantRepository::toTenant);
    }

    /**
     * Inserts a new tenant with this id and status; never renames or takes over an existing one.
     *
     * @throws org.springframework.dao.DuplicateKeyException when the slug, the organization or the id is taken
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Tenant insert(TenantId id, String slug, String name, String organizationId, TenantStatus status) {
        return dsl.insertInto(TENANT)
                .set(TENANT.ID, id)
                .set(TENANT.SLUG, slug)
                .set(TENANT.NAME, name)
                .set(TENANT.KEYCLOAK_ORG_ID, organizationId)
                .set(TENANT.STATUS, status)
                .returning()
                .fetchSingle(TenantRepository::toTenant);
    }

    /** Changes the status only from {@code from} to {@code to}; false when the tenant was not in {@code from}. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean updateStatus(TenantId id, TenantStatus from, TenantStatus to) {
        return dsl.update(TENANT)
                        .set(TENANT.STATUS, to)
                        .set(TENANT.VERSION, TENANT.VERSION.plus(1))
                        .where(TENANT.ID.eq(id))
                        .and(TENANT.STATUS.eq(from))
                        .execute()
                == 1;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public boolean updateStatus(TenantId id, TenantStatus status) {
        var update = dsl.update(TENANT).set(TENANT.STATUS, status);
        if (status == TenantStatus.ACTIVE) {
            update = update.set(TENANT.SUSPENSION_REASON, (String) null).set(TENANT.SUSPENDED_AT, (Instant) null);
        }
        return update.set(TENANT.VERSION, TENANT.VERSION.plus(1))
                        .where(TENANT.ID.eq(id))
                        .execute()
                == 1;
    }

    /** Suspends an active tenant with the reason its members are shown; false when it is not active. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean suspend(TenantId id, String reason, Instant at) {
        return dsl.update(TENANT)
                        .set(TENANT.STATUS, TenantStatus.SUSPENDED)
                        .set(TENANT.SUSPENSION_REASON, reason)
                        .set(TENANT.SUSPENDED_AT, at)
                        .set(TENANT.VERSION, TENANT.VERSION.plus(1))
                        .where(TENANT.ID.eq(id).and(TENANT.STATUS.eq(TenantStatus.ACTIVE)))
                        .execute()
                == 1;
    }

    /** Reactivates a suspended tenant and forgets the reason; false when it is not suspended. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean reactivate(TenantId id) {
        return dsl.update(TENANT)
                        .set(TENANT.STATUS, TenantStatus.ACTIVE)
                        .set(TENANT.SUSPENSION_REASON, (String) null)
                        .set(TENANT.SUSPENDED_AT, (Instant) null)
                        .set(TENANT.VERSION, TENANT.VERSION.plus(1))
                        .where(TENANT.ID.eq(id).and(TENANT.STATUS.eq(TenantStatus.SUSPENDED)))
                        .execute()
                == 1;
    }

    /** Why the tenant is suspended; empty when it is active or was suspended without a reason. */
    public Optional<String> suspensionReason(TenantId id) {
        return dsl.select(TENANT.SUSPENSION_REASON)
                .from(TENANT)
                .where(TENANT.ID.eq(id))
                .fetchOptional(TENANT.SUSPENSION_REASON)
                .filter(java.util.Objects::nonNull);
    }

    /**
     * Members, interviews and last activity of each of these tenants, through the database function
     * {@code stackup_tenant_activity} (docs/adr/0015-operator-aggregates.md): counts only, the one way across tenants.
     */
    public List<TenantActivity> activity(List<TenantId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        java.util.UUID[] uuids = ids.stream().map(TenantId::value).toArray(java.util.UUID[]::new);
        return dsl.resultQuery(
                        "SELECT tenant_id, members, interviews, last_activity FROM stackup_tenant_activity({0})",
                        DSL.val(uuids, SQLDataType.UUID.array()))
                .fetch(r -> new TenantActivity(
                        new TenantId(r.get(0, java.util.UUID.class)),
                        r.get(1, Long.class),
                        r.get(2, Long.class),
                        r.get(3, java.time.OffsetDateTime.class) == null
                                ? null
                                : r.get(3, java.time.OffsetDateTime.class).toInstant()));
    }

    private static Tenant toTenant(TenantRecord r) {
        return new Tenant(
                r.getId(),
                r.getSlug(),
                r.getName(),
                r.getStatus(),
                r.getKeycloakOrgId(),
                r.getCreatedAt(),
                r.getDeletionDueAt());
    }

    /** The ids of the active tenants, for background work that visits each (the overdue check). */
    public List<TenantId> activeIds() {
        return dsl.select(TENANT.ID)
                .from(TENANT)
                .where(TENANT.STATUS.eq(TenantStatus.ACTIVE))
                .orderBy(TENANT.ID)
                .fetch(TENANT.ID);
    }

    /** The tenants still {@code pending} that were created before {@code createdBefore}, oldest first. */
    public List<Tenant> pendingCreatedBefore(Instant createdBefore) {
        return dsl.selectFrom(TENANT)
                .where(TENANT.STATUS.eq(TenantStatus.PENDING).and(TENANT.CREATED_AT.lt(createdBefore)))
                .orderBy(TENANT.CREATED_AT, TENANT.ID)
                .fetch(TenantRepository::toTenant);
    }

    /** The tenant's time to pick up a lead, in hours; empty when it keeps the platform's default. */
    public Optional<Integer> leadPickupHours(TenantId id) {
        return dsl.select(TENANT.LEAD_PICKUP_HOURS)
                .from(TENANT)
                .where(TENANT.ID.eq(id))
                .fetchOptional(TENANT.LEAD_PICKUP_HOURS)
                .filter(java.util.Objects::nonNull);
    }

    /** Sets the tenant's time to pick up, in hours; {@code null} returns to the platform's default. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean updateLeadPickupHours(TenantId id, @org.jspecify.annotations.Nullable Integer hours) {
        return dsl.update(TENANT)
                        .set(TENANT.LEAD_PICKUP_HOURS, hours)
                        .where(TENANT.ID.eq(id))
                        .execute()
                == 1;
    }
}
