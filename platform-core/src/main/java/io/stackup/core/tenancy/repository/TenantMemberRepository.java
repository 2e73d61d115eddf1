package io.stackup.core.tenancy.repository;

import static io.stackup.core.jdbc.JdbcColumns.get;
import static io.stackup.core.jdbc.JdbcColumns.require;
import static io.stackup.core.jooq.Tables.MEMBER;
import static io.stackup.core.jooq.Tables.TENANT;

import io.stackup.core.tenancy.Member;
import io.stackup.core.tenancy.Tenant;
import io.stackup.core.tenancy.TenantAndMember;
import io.stackup.core.tenancy.TenantId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The tenant of a Keycloak organization and a user's member row in it, in one statement: what binds every API request.
 *
 * <p>The member row is read under the tenant's row-level security by the database function {@code tenant_member}
 * (changeset 0020), which hands the tenant over for its own query only; the tenant table is the platform's and has no
 * tenant to hand over. So one round trip in autocommit does what took a statement and a transaction of three round
 * trips. The SQL is fixed text over JDBC ({@link io.stackup.core.jdbc.JdbcColumns}), not rendered by jOOQ on
 * each call (bench/README.md, "An answer against pgbench").
 */
@Repository
public class TenantMemberRepository {

    private static final String MEMBER_COLUMNS =
            "m.id, m.keycloak_user_id, m.email, m.display_name, m.roles, m.active, m.last_login_at";
    private static final String SELECT =
            "SELECT t.id, t.slug, t.name, t.status, t.keycloak_org_id, t.created_at, t.deletion_due_at, "
                    + MEMBER_COLUMNS + " FROM tenant t LEFT JOIN LATERAL tenant_member(t.id, ?) m ON true ";
    private static final String MEMBER_ONLY = "SELECT " + MEMBER_COLUMNS + " FROM tenant_member(?, ?) m";
    private static final String BY_ORGANIZATION = SELECT + "WHERE t.keycloak_org_id = ?";
    private static final String BY_SLUG = SELECT + "WHERE t.slug = ?";

    private final JdbcTemplate jdbc;

    TenantMemberRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The tenant of the Keycloak organization with this id, and {@code keycloakUserId}'s member row in it. */
    public Optional<TenantAndMember> findByOrganizationId(String organizationId, String keycloakUserId) {
        return single(jdbc.query(BY_ORGANIZATION, TenantMemberRepository::read, keycloakUserId, organizationId));
    }

    /** Like {@link #findByOrganizationId}, for an organization a token names by alias only (the tenant's slug). */
    public Optional<TenantAndMember> findBySlug(String slug, String keycloakUserId) {
        return single(jdbc.query(BY_SLUG, TenantMemberRepository::read, keycloakUserId, slug));
    }

    /** {@code keycloakUserId}'s member row in {@code tenant}, in one statement that needs no transaction. */
    public Optional<Member> findMember(TenantId tenant, String keycloakUserId) {
        List<Member> rows =
                jdbc.query(MEMBER_ONLY, (row, number) -> member(row, 1, tenant), tenant.value(), keycloakUserId);
        return rows.stream().findFirst();
    }

    private static Optional<TenantAndMember> single(List<TenantAndMember> rows) {
        // keycloak_org_id and slug are unique, and tenant_member gives one row at most ((tenant_id, keycloak_user_id)
        // is unique).
        return rows.stream().findFirst();
    }

    private static TenantAndMember read(ResultSet row, int rowNumber) throws SQLException {
        Tenant tenant = new Tenant(
                require(row, 1, TENANT.ID),
                require(row, 2, TENANT.SLUG),
                require(row, 3, TENANT.NAME),
                require(row, 4, TENANT.STATUS),
                require(row, 5, TENANT.KEYCLOAK_ORG_ID),
                require(row, 6, TENANT.CREATED_AT),
                get(row, 7, TENANT.DELETION_DUE_AT));
        if (row.getObject(8) == null) {
            return new TenantAndMember(tenant, null);
        }
        return new TenantAndMember(tenant, member(row, 8, tenant.id()));
    }

    /** The member of {@link #MEMBER_COLUMNS}, from column {@code first} on. */
    private static Member member(ResultSet row, int first, TenantId tenant) throws SQLException {
        return new Member(
                require(row, first, MEMBER.ID),
                tenant,
                require(row, first + 1, MEMBER.KEYCLOAK_USER_ID),
                require(row, first + 2, MEMBER.EMAIL),
                require(row, first + 3, MEMBER.DISPLAY_NAME),
                Set.of(require(row, first + 4, MEMBER.ROLES)),
                require(row, first + 5, MEMBER.ACTIVE),
                get(row, first + 6, MEMBER.LAST_LOGIN_AT));
    }
}
