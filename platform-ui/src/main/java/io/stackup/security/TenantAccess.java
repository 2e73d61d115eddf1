package io.stackup.security;

import io.stackup.core.tenancy.Tenant;
import io.stackup.core.tenancy.TenantAndMember;
import io.stackup.core.tenancy.TenantDirectory;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Which tenants a token's organizations give access to. */
@Component
public class TenantAccess {

    private final TenantDirectory directory;

    TenantAccess(TenantDirectory directory) {
        this.directory = directory;
    }

    /**
     * The tenants of these organizations, by name. An organization named by id is matched by id; one named only by
     * alias is matched by slug. Organizations without a tenant are left out.
     */
    public List<Tenant> tenantsOf(List<OrganizationMembership> organizations) {
        List<String> ids = organizations.stream()
                .map(OrganizationMembership::id)
                .filter(id -> id != null)
                .toList();
        List<Tenant> tenants = new ArrayList<>(directory.findByOrganizationIds(ids));
        for (OrganizationMembership organization : organizations) {
            if (organization.id() == null) {
                directory.findBySlug(organization.alias()).ifPresent(tenants::add);
            }
        }
        tenants.sort(java.util.Comparator.comparing(Tenant::name));
        return List.copyOf(tenants);
    }

    /**
     * The tenant of one organization with the member row {@code keycloakUserId} has in it, in one read; empty when the
     * organization has no tenant.
     */
    public Optional<TenantAndMember> tenantAndMemberOf(OrganizationMembership organization, String keycloakUserId) {
        String id = organization.id();
        return id != null
                ? directory.findWithMemberByOrganizationId(id, keycloakUserId)
                : directory.findWithMemberBySlug(organization.alias(), keycloakUserId);
    }

    /** Why a suspended tenant is suspended, as the operator gave it; empty when active or given none. */
    public Optional<String> suspensionReason(Tenant tenant) {
        return tenant.isActive() ? Optional.empty() : directory.suspensionReason(tenant.id());
    }
}
