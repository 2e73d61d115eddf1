package io.stackup.core.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import io.stackup.core.support.CoreIntegrationTest;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one-statement read that binds every API request (the tenant of an organization with the caller's member row in
 * it) and the UI's per-request member read: each gives the member of the tenant asked for and no other, and the
 * database function behind them ({@code tenant_member}) leaves no tenant bound behind it.
 */
@CoreIntegrationTest
class TenantAndMemberIT {

    @Autowired
    TenantDirectory directory;

    @Autowired
    MemberService members;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate tx;

    final String unique = UUID.randomUUID().toString().substring(0, 8);
    final String user = "kc-both-" + unique;
    Tenant a;
    Tenant b;

    @BeforeEach
    void one_user_in_two_tenants_with_other_roles() {
        a = directory.register("tma-" + unique, "Member A " + unique, "org-tma-" + unique);
        b = directory.register("tmb-" + unique, "Member B " + unique, "org-tmb-" + unique);
        TenantContext.callAs(
                a.id(),
                "test",
                () -> members.ensureMember(new MemberLogin(user, "both@a.test", "Both", Set.of(Roles.INTERVIEWER))));
        TenantContext.callAs(
                b.id(),
                "test",
                () -> members.ensureMember(new MemberLogin(user, "both@b.test", "Both", Set.of(Roles.EXPERT))));
        TenantContext.callAs(
                b.id(),
                "test",
                () -> members.ensureMember(
                        new MemberLogin("kc-other-" + unique, "other@b.test", "Other", Set.of(Roles.EXPERT))));
    }

    @Test
    void gives_the_tenant_of_the_organization_and_the_users_member_row_there() {
        TenantAndMember inA = directory
                .findWithMemberByOrganizationId(a.keycloakOrganizationId(), user)
                .orElseThrow();
        assertThat(inA.tenant()).isEqualTo(a);
        assertThat(inA.member()).isNotNull();
        assertThat(inA.member().tenantId()).isEqualTo(a.id());
        assertThat(inA.member().email()).isEqualTo("both@a.test");
        assertThat(inA.member().roles()).containsExactly(Roles.INTERVIEWER);
        assertThat(inA.member().hasAccess()).isTrue();

        TenantAndMember inB = directory.findWithMemberBySlug(b.slug(), user).orElseThrow();
        assertThat(inB.tenant()).isEqualTo(b);
        assertThat(inB.member()).isNotNull();
        assertThat(inB.member().email()).isEqualTo("both@b.test");
        assertThat(inB.member().roles()).containsExactly(Roles.EXPERT);
    }

    @Test
    void a_user_of_another_tenant_only_is_no_member_and_an_unknown_organization_no_tenant() {
        TenantAndMember otherInA = directory
                .findWithMemberByOrganizationId(a.keycloakOrganizationId(), "kc-other-" + unique)
                .orElseThrow();
        assertThat(otherInA.tenant()).isEqualTo(a);
        assertThat(otherInA.member()).as("a member of B only").isNull();

        assertThat(directory.findWithMemberByOrganizationId("org-nobody-" + unique, user))
                .isEmpty();
        assertThat(directory.findWithMemberBySlug("nobody-" + unique, user)).isEmpty();
    }

    @Test
    void an_inactive_member_is_read_as_such() {
        TenantContext.callAs(
                b.id(),
                "test",
                () -> tx.execute(
                        status -> jdbc.update("UPDATE member SET active = false WHERE keycloak_user_id = ?", user)));

        Member inB = directory
                .findWithMemberByOrganizationId(b.keycloakOrganizationId(), user)
                .orElseThrow()
                .member();
        assertThat(inB).isNotNull();
        assertThat(inB.active()).isFalse();
        assertThat(inB.hasAccess()).isFalse();
        assertThat(TenantContext.callAs(b.id(), user, members::current))
                .hasValueSatisfying(member -> assertThat(member.active()).isFalse());
        assertThat(TenantContext.callAs(a.id(), user, members::current))
                .hasValueSatisfying(member -> assertThat(member.active()).isTrue());
    }

    @Test
    void the_current_member_is_the_one_of_the_bound_tenant() {
        assertThat(TenantContext.callAs(a.id(), user, members::current))
                .hasValueSatisfying(member -> assertThat(member.email()).isEqualTo("both@a.test"));
        assertThat(TenantContext.callAs(b.id(), user, members::current))
                .hasValueSatisfying(member -> assertThat(member.email()).isEqualTo("both@b.test"));
        assertThat(TenantContext.callAs(a.id(), "kc-other-" + unique, members::current))
                .isEmpty();
    }

    @Test
    void the_read_leaves_no_tenant_bound_in_a_transaction_or_out_of_one() {
        Integer visibleAfter = tx.execute(status -> {
            assertThat(directory.findWithMemberByOrganizationId(a.keycloakOrganizationId(), user))
                    .hasValueSatisfying(found -> assertThat(found.member()).isNotNull());
            assertThat(jdbc.queryForObject("SELECT stackup_current_tenant()", UUID.class))
                    .isNull();
            return jdbc.queryForObject("SELECT count(*) FROM member", Integer.class);
        });
        assertThat(visibleAfter).as("no tenant's rows readable after the call").isZero();

        Integer inB = TenantContext.callAs(
                b.id(),
                "test",
                () -> tx.execute(status -> {
                    assertThat(directory.findWithMemberByOrganizationId(a.keycloakOrganizationId(), user))
                            .hasValueSatisfying(
                                    found -> assertThat(found.member()).isNotNull());
                    assertThat(jdbc.queryForObject("SELECT stackup_current_tenant()", UUID.class))
                            .isEqualTo(b.id().value());
                    return jdbc.queryForObject("SELECT count(*) FROM member", Integer.class);
                }));
        assertThat(inB).as("the caller's own binding is restored, not A's").isEqualTo(2);

        assertThat(jdbc.queryForObject("SELECT count(*) FROM tenant_member(?, ?)", Integer.class, a.id().value(), user))
                .isOne();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM member", Integer.class))
                .as("autocommit: nothing bound after the statement")
                .isZero();
    }
}
