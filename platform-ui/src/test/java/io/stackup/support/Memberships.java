package io.stackup.support;

import io.stackup.core.tenancy.MemberLogin;
import io.stackup.core.tenancy.MemberService;
import io.stackup.core.tenancy.Tenant;
import io.stackup.core.tenancy.TenantContext;
import io.stackup.core.tenancy.TenantDirectory;
import io.stackup.tenantadmin.identity.KeycloakIdentityAdmin;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * People made for one test, so that changing their membership leaves the demo users as they are: a Keycloak user in a
 * tenant's organization with a member row there, whose roles and status the test then changes directly in the member
 * table (as the members' administration will), inside the tenant as row-level security requires.
 */
public final class Memberships {

    private final TenantDirectory directory;
    private final MemberService members;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;

    public Memberships(TenantDirectory directory, MemberService members, JdbcTemplate jdbc, TransactionTemplate tx) {
        this.directory = directory;
        this.members = members;
        this.jdbc = jdbc;
        this.tx = tx;
    }

    /** A new person (password {@link Tokens#PASSWORD}) in the organization of each of these tenants, no member yet. */
    public String newPerson(String name, String... slugs) {
        String email = name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@people.test";
        try (KeycloakIdentityAdmin admin = SharedStack.keycloakAdmin()) {
            String userId = admin.ensureUser(email, name, "Tester", Tokens.PASSWORD);
            for (String slug : slugs) {
                admin.addOrganizationMember(tenant(slug).keycloakOrganizationId(), userId);
            }
        }
        return email;
    }

    /** Makes the person a member of the tenant with these roles. */
    public void addMember(String slug, String email, String... roles) {
        String userId;
        try (KeycloakIdentityAdmin admin = SharedStack.keycloakAdmin()) {
            userId = admin.findUserId(email).orElseThrow();
        }
        TenantContext.callAs(
                tenant(slug).id(),
                "test",
                () -> members.ensureMember(new MemberLogin(userId, email, email, Set.of(roles))));
    }

    public void setRoles(String slug, String email, String... roles) {
        update(
                slug,
                "UPDATE member SET roles = string_to_array(?, ',') WHERE email = ?",
                String.join(",", roles),
                email);
    }

    public void setActive(String slug, String email, boolean active) {
        update(slug, "UPDATE member SET active = ? WHERE email = ?", active, email);
    }

    private void update(String slug, String sql, Object... args) {
        int updated =
                TenantContext.callAs(tenant(slug).id(), "test", () -> tx.execute(status -> jdbc.update(sql, args)));
        if (updated != 1) {
            throw new IllegalStateException(sql + " changed " + updated + " rows");
        }
    }

    public Tenant tenant(String slug) {
        return directory.findBySlug(slug).orElseThrow();
    }
}
