package io.stackup.core.tenancy;

import io.stackup.core.tenancy.repository.TenantMemberRepository;
import io.stackup.core.tenancy.repository.TenantRepository;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registry of tenants, by Keycloak organization. Read at login to learn which tenants a user may work in; never
 * returns null.
 */
@Service
@Transactional(readOnly = true)
public class TenantDirectory {

    private final TenantRepository tenants;
    private final TenantMemberRepository tenantMembers;

    TenantDirectory(TenantRepository tenants, TenantMemberRepository tenantMembers) {
        this.tenants = tenants;
        this.tenantMembers = tenantMembers;
    }

    /**
     * The tenants of these Keycloak organizations, by name; organizations without a tenant are left out. Read on every
     * API request and every UI request to bind its tenant: one statement on the platform's own {@code tenant} table
     * (no row-level security, no tenant to hand over), so it opens no transaction of its own, which would cost BEGIN,
     * the settings and COMMIT around it (bench/README.md, "An answer against pgbench"); it joins a running one.
     */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public List<Tenant> findByOrganizationIds(Collection<String> organizationIds) {
        return tenants.findByOrganizationIds(organizationIds);
    }

    /**
     * The tenant of the Keycloak organization with this id and the member row {@code keycloakUserId} has in it (none
     * when the user is no member): what binds every API request. One statement, no transaction of its own (the member
     * row is read under the tenant's row-level security all the same); it joins a running one and leaves it as it was.
     */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public Optional<TenantAndMember> findWithMemberByOrganizationId(String organizationId, String keycloakUserId) {
        return tenantMembers.findByOrganizationId(organizationId, keycloakUserId);
    }

    /** Like {@link #findWithMemberByOrganizationId}, for an organization named only by its alias, the tenant's slug. */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public Optional<TenantAndMember> findWithMemberBySlug(String slug, String keycloakUserId) {
        return tenantMembers.findBySlug(slug, keycloakUserId);
    }

    /**
     * The tenant with this id. Read on every round trip of an open screen (is its tenant still active?): one statement
     * on the platform's own table, so like {@link #findByOrganizationIds} it opens no transaction of its own.
     */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public Optional<Tenant> findById(TenantId id) {
        return tenants.findById(id);
    }

    /** Like {@link #findByOrganizationIds}: one statement, no transaction of its own. */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public Optional<Tenant> findBySlug(String slug) {
        return tenants.findBySlug(slug);
    }

    /** A page of all tenants, by name, for the platform's operators. */
    @RolesAllowed(Roles.PLATFORM_OPERATOR)
    public List<Tenant> find(String search, int offset, int limit) {
        return tenants.find(search, offset, limit);
    }

    @RolesAllowed(Roles.PLATFORM_OPERATOR)
    public int count(String search) {
        return tenants.count(search);
    }

    /**
     * Registers the tenant of a Keycloak organization (provisioning and demo data), or renames it when it exists.
     * Idempotent.
     */
    @Transactional
    public Tenant register(String slug, String name, String organizationId) {
        return tenants.upsert(slug, name, organizationId);
    }

    /**
     * Sets a tenant's status without a reason: for tests and provisioning. Operators suspend through
     * {@link #suspend}, which keeps the reason.
     */
    @Transactional
    public void changeStatus(TenantId id, TenantStatus status) {
        if (!tenants.updateStatus(id, status)) {
            throw new IllegalArgumentException("No tenant " + id);
        }
    }

    // signup

    /**
     * Registers the tenant of a stranger's sign-up, pending until its admin's e-mail address is verified. Joins the
     * caller's transaction, so that the tenant, its first member and the audit record commit together.
     *
     * @throws org.springframework.dao.DuplicateKeyException when the slug or the organization already has a tenant
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Tenant registerPending(TenantId id, String slug, String name, String organizationId) {
        return tenants.insert(id, slug, name, organizationId, TenantStatus.PENDING);
    }

    /**
     * Makes a pending tenant active; false (and nothing changed) when it was not pending. Joins the caller's
     * transaction, so that the change and its audit record commit together.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean activatePending(TenantId id) {
        return tenants.updateStatus(id, TenantStatus.PENDING, TenantStatus.ACTIVE);
    }

    /**
     * The sign-ups whose admin has not verified their e-mail address: tenants still {@code pending} that were created
     * before {@code createdBefore}, oldest first. For the platform's clean-up of expired sign-ups; any caller.
     */
    public List<Tenant> pendingCreatedBefore(Instant createdBefore) {
        return tenants.pendingCreatedBefore(createdBefore);
    }

    /**
     * Suspends an active tenant; its members are shown {@code reason}. Joins the caller's transaction, in which the
     * caller records it in the tenant's audit log.
     *
     * @return false when the tenant is not active (suspended already, or no such tenant)
     */
    @RolesAllowed(Roles.PLATFORM_OPERATOR)
    @Transactional
    public boolean suspend(TenantId id, String reason) {
        return tenants.suspend(id, reason, Instant.now());
    }

    /** Reactivates a suspended tenant; false when it is not suspended. Joins the caller's transaction. */
    @RolesAllowed(Roles.PLATFORM_OPERATOR)
    @Transactional
    public boolean reactivate(TenantId id) {
        return tenants.reactivate(id);
    }

    /** Why the tenant is suspended, for its members' page and the API's refusal; empty when it gave none. */
    public Optional<String> suspensionReason(TenantId id) {
        return tenants.suspensionReason(id);
    }

    /** Counts and last activity of these tenants (at most 200), for the platform's operators; nothing else. */
    @RolesAllowed(Roles.PLATFORM_OPERATOR)
    public List<TenantActivity> activity(List<TenantId> ids) {
        return tenants.activity(ids);
    }
}
