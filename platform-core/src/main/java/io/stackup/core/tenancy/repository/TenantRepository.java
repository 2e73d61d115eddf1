package io.stackup.core.tenancy.repository;

import static io.stackup.core.jooq.Tables.TENANT;

import io.stackup.core.jooq.tables.records.TenantRecord;
import io.stackup.core.shared.SearchPatterns;
import io.stackup.core.tenancy.Tenant;
import io.stackup.core.tenancy.TenantId;
import io.stackup.core.tenancy.TenantStatus;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
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
        return dsl.update(TENANT)
                        .set(TENANT.STATUS, status)
                        .set(TENANT.VERSION, TENANT.VERSION.plus(1))
                        .where(TENANT.ID.eq(id))
                        .execute()
                == 1;
    }

    private static Tenant toTenant(TenantRecord r) {
        return new Tenant(r.getId(), r.getSlug(), r.getName(), r.getStatus(), r.getKeycloakOrgId(), r.getCreatedAt());
    }

    /** The ids of the active tenants, for background work that visits each (the overdue check). */
    public List<TenantId> activeIds() {
        return dsl.select(TENANT.ID)
                .from(TENANT)
                .where(TENANT.STATUS.eq(TenantStatus.ACTIVE))
                .orderBy(TENANT.ID)
                .fetch(TENANT.ID);
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
