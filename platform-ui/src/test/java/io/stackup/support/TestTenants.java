package io.stackup.support;

import io.stackup.core.tenancy.MemberLogin;
import io.stackup.core.tenancy.MemberService;
import io.stackup.core.tenancy.Roles;
import io.stackup.core.tenancy.Tenant;
import io.stackup.core.tenancy.TenantContext;
import io.stackup.core.tenancy.TenantDirectory;
import io.stackup.core.tenancy.TenantStatus;
import io.stackup.tenantadmin.identity.KeycloakIdentityAdmin;
import java.util.Set;

/**
 * Tenants of a test's own, made the way tenant-admin's demo data makes them: a Keycloak organization (alias = slug),
 * its users ({@code admin@<slug>.test} tenant-admin, {@code interviewer@<slug>.test} interviewer, password
 * {@link Tokens#PASSWORD}), the tenant row and their member rows with their roles. For tests that change a tenant
 * (its settings, its status) and so must leave the shared demo tenants alone. Idempotent; the tenant is active when
 * this returns.
 */
public final class TestTenants {

    /** A test tenant and its people's e-mail addresses. */
    public record Made(Tenant tenant, String admin, String interviewer) {}

    private TestTenants() {}

    public static synchronized Made ensure(String slug, String name, TenantDirectory directory, MemberService members) {
        String admin = "admin@" + slug + ".test";
        String interviewer = "interviewer@" + slug + ".test";
        String adminId;
        String interviewerId;
        String organization;
        try (KeycloakIdentityAdmin identities = SharedStack.keycloakAdmin()) {
            organization = identities.ensureOrganization(slug, name, slug + ".test");
            adminId = identities.ensureUser(admin, "Ada", "Admin", Tokens.PASSWORD);
            identities.addOrganizationMember(organization, adminId);
            interviewerId = identities.ensureUser(interviewer, "Ivo", "Interviewer", Tokens.PASSWORD);
            identities.addOrganizationMember(organization, interviewerId);
        }
        Tenant tenant = directory.register(slug, name, organization);
        if (!tenant.isActive()) {
            directory.changeStatus(tenant.id(), TenantStatus.ACTIVE);
            tenant = directory.findById(tenant.id()).orElseThrow();
        }
        TenantContext.callAs(tenant.id(), "system:test", () -> {
            members.ensureMember(new MemberLogin(adminId, admin, "Ada Admin", Set.of(Roles.TENANT_ADMIN)));
            return members.ensureMember(
                    new MemberLogin(interviewerId, interviewer, "Ivo Interviewer", Set.of(Roles.INTERVIEWER)));
        });
        return new Made(tenant, admin, interviewer);
    }
}
