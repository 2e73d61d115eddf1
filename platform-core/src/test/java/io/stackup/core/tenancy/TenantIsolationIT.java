package io.stackup.core.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stackup.core.support.CoreIntegrationTest;
import io.stackup.core.tenancy.repository.MemberRepository;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.PermissionDeniedDataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** Row-level security keeps tenants apart even when a query forgets to say which tenant it means. */
@CoreIntegrationTest
class TenantIsolationIT {

    @Autowired
    TenantDirectory directory;

    @Autowired
    MemberService memberService;

    @Autowired
    MemberRepository memberRepository;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate tx;

    Tenant a;
    Tenant b;

    @BeforeEach
    void two_tenants_with_a_member_each() {
        a = register("a");
        b = register("b");
        TenantContext.callAs(a.id(), "test", () -> memberService.ensureMember(login("alice")));
        TenantContext.callAs(b.id(), "test", () -> memberService.ensureMember(login("bob")));
    }

    @Test
    void a_query_without_where_sees_only_the_bound_tenants_rows() {
        List<UUID> seen = TenantContext.callAs(
                a.id(),
                "test",
                () -> tx.execute(status -> jdbc.queryForList("SELECT tenant_id FROM member", UUID.class)));
        assertThat(seen).isNotEmpty().containsOnly(a.id().value());
    }

    @Test
    void without_a_bound_tenant_no_tenant_row_is_visible() {
        Integer count = tx.execute(status -> jdbc.queryForObject("SELECT count(*) FROM member", Integer.class));
        assertThat(count).isZero();
    }

    @Test
    void a_write_into_another_tenants_rows_is_refused() {
        assertThatThrownBy(() -> TenantContext.callAs(
                        a.id(),
                        "test",
                        () -> tx.execute(status -> jdbc.update(
                                "INSERT INTO member (tenant_id, keycloak_user_id, email, display_name)"
                                        + " VALUES (?, 'intruder', 'x@example.test', 'X')",
                                b.id().value()))))
                .isInstanceOf(PermissionDeniedDataAccessException.class);

        assertThatThrownBy(() -> TenantContext.callAs(
                        a.id(), "test", () -> tx.execute(status -> memberRepository.ensure(b.id(), login("mallory")))))
                .isInstanceOf(PermissionDeniedDataAccessException.class);
    }

    @Test
    void an_update_of_another_tenants_rows_changes_nothing() {
        Integer updated = TenantContext.callAs(
                a.id(),
                "test",
                () -> tx.execute(status ->
                        jdbc.update("UPDATE member SET display_name = 'hacked' WHERE tenant_id = ?", b.id().value())));
        assertThat(updated).isZero();
        List<String> names = TenantContext.callAs(
                b.id(),
                "test",
                () -> tx.execute(status -> jdbc.queryForList("SELECT display_name FROM member", String.class)));
        assertThat(names).doesNotContain("hacked");
    }

    @Test
    void the_member_repository_of_one_tenant_does_not_return_another_tenants_members() {
        List<Member> asSeenByA = TenantContext.callAs(
                a.id(), "test", () -> tx.execute(status -> memberRepository.find(b.id(), "", 0, 50)));
        assertThat(asSeenByA).isEmpty();
        List<Member> asSeenByB = TenantContext.callAs(
                b.id(), "test", () -> tx.execute(status -> memberRepository.find(b.id(), "", 0, 50)));
        assertThat(asSeenByB).extracting(Member::email).containsExactly("bob@example.test");
    }

    @Test
    void a_login_keeps_name_and_email_in_step_but_never_changes_roles() {
        MemberLogin again =
                new MemberLogin("kc-alice", "alice@new.example.test", "Alice Renamed", Set.of(Roles.TENANT_ADMIN));
        Member member = TenantContext.callAs(a.id(), "test", () -> memberService.recordLogin(again))
                .orElseThrow();
        assertThat(member.displayName()).isEqualTo("Alice Renamed");
        assertThat(member.email()).isEqualTo("alice@new.example.test");
        assertThat(member.lastLoginAt()).isNotNull();
        assertThat(member.roles()).containsExactly(Roles.INTERVIEWER);
        Integer count = TenantContext.callAs(
                a.id(),
                "test",
                () -> tx.execute(status -> jdbc.queryForObject("SELECT count(*) FROM member", Integer.class)));
        assertThat(count).isEqualTo(1);
    }

    @Test
    void the_first_login_of_someone_without_a_member_row_creates_nothing() {
        MemberLogin stranger =
                new MemberLogin("kc-stranger", "stranger@example.test", "Stranger", Set.of(Roles.TENANT_ADMIN));
        assertThat(TenantContext.callAs(a.id(), "test", () -> memberService.recordLogin(stranger)))
                .isEmpty();
        Integer count = TenantContext.callAs(
                a.id(),
                "test",
                () -> tx.execute(status -> jdbc.queryForObject(
                        "SELECT count(*) FROM member WHERE keycloak_user_id = 'kc-stranger'", Integer.class)));
        assertThat(count).isZero();
    }

    private Tenant register(String prefix) {
        String unique = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        return directory.register(unique, "Tenant " + unique, "org-" + unique);
    }

    private static MemberLogin login(String name) {
        return new MemberLogin("kc-" + name, name + "@example.test", name, Set.of(Roles.INTERVIEWER));
    }
}
