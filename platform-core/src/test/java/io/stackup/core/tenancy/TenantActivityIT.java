package io.stackup.core.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stackup.core.support.CoreIntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The operators' one path across tenants, {@code stackup_tenant_activity}: it counts each tenant's members and
 * interviews rightly, gives nothing but counts and a time, leaves no tenant bound behind it, and is for operators only
 * in the service. Suspension keeps its reason until reactivation.
 */
@CoreIntegrationTest
class TenantActivityIT {

    @Autowired
    TenantDirectory directory;

    @Autowired
    MemberService members;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate tx;

    final String unique = UUID.randomUUID().toString().substring(0, 8);
    Tenant a;
    Tenant b;

    @BeforeEach
    void two_tenants_with_three_and_one_members() {
        a = directory.register("ta-" + unique, "Activity A " + unique, "org-ta-" + unique);
        b = directory.register("tb-" + unique, "Activity B " + unique, "org-tb-" + unique);
        for (String user : List.of("ann", "bob", "cid")) {
            TenantContext.callAs(
                    a.id(),
                    "test",
                    () -> members.ensureMember(
                            new MemberLogin("kc-" + user + unique, user + "@a.test", user, Set.of(Roles.INTERVIEWER))));
        }
        MemberLogin dan = new MemberLogin("kc-dan" + unique, "dan@b.test", "dan", Set.of(Roles.TENANT_ADMIN));
        // A login creates no member (docs/adr/0014-roles-per-tenant.md): dan is made one, then logs in.
        TenantContext.callAs(b.id(), "test", () -> members.ensureMember(dan));
        TenantContext.callAs(b.id(), "test", () -> members.recordLogin(dan));
    }

    @AfterEach
    void sign_out() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void counts_members_and_last_activity_of_each_tenant_asked() {
        List<TenantActivity> activity = asOperator(() -> directory.activity(List.of(a.id(), b.id())));

        assertThat(activity).hasSize(2);
        TenantActivity ofA = activity.stream()
                .filter(x -> x.tenant().equals(a.id()))
                .findFirst()
                .orElseThrow();
        TenantActivity ofB = activity.stream()
                .filter(x -> x.tenant().equals(b.id()))
                .findFirst()
                .orElseThrow();
        assertThat(ofA.members()).isEqualTo(3);
        assertThat(ofA.interviews()).isZero();
        assertThat(ofA.lastActivity()).as("nobody of A logged in").isNull();
        assertThat(ofB.members()).isEqualTo(1);
        assertThat(ofB.lastActivity()).as("dan logged in").isNotNull();
    }

    @Test
    void the_function_returns_only_counts_and_leaves_no_tenant_bound() {
        List<Map<String, Object>> rows = tx.execute(status -> {
            List<Map<String, Object>> result = jdbc.queryForList(
                    "SELECT * FROM stackup_tenant_activity(ARRAY[?::uuid])",
                    a.id().value().toString());
            assertThat(jdbc.queryForObject("SELECT count(*) FROM member", Integer.class))
                    .as("no tenant's rows readable after the call")
                    .isZero();
            assertThat(jdbc.queryForObject("SELECT stackup_current_tenant()", UUID.class))
                    .isNull();
            return result;
        });
        assertThat(rows)
                .singleElement()
                .satisfies(row -> assertThat(row.keySet())
                        .containsExactly("tenant_id", "members", "interviews", "last_activity"));

        Integer inB = TenantContext.callAs(
                b.id(),
                "test",
                () -> tx.execute(status -> {
                    jdbc.queryForList(
                            "SELECT * FROM stackup_tenant_activity(ARRAY[?::uuid])",
                            a.id().value().toString());
                    return jdbc.queryForObject("SELECT count(*) FROM member", Integer.class);
                }));
        assertThat(inB).as("the caller's own binding is restored, not A's").isOne();
    }

    @Test
    void only_operators_ask_for_activity() {
        SecurityContextHolder.getContext()
                .setAuthentication(new TestingAuthenticationToken("admin", "n/a", Roles.authority(Roles.TENANT_ADMIN)));
        assertThatThrownBy(() -> directory.activity(List.of(a.id()))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_suspension_keeps_its_reason_until_reactivation() {
        asOperator(() -> tx.execute(status -> directory.suspend(a.id(), "Unpaid invoice")));

        assertThat(directory.findById(a.id()).orElseThrow().status()).isEqualTo(TenantStatus.SUSPENDED);
        assertThat(directory.suspensionReason(a.id())).contains("Unpaid invoice");
        assertThat((Boolean) asOperator(() -> tx.execute(status -> directory.suspend(a.id(), "again"))))
                .isFalse();

        assertThat((Boolean) asOperator(() -> tx.execute(status -> directory.reactivate(a.id()))))
                .isTrue();
        assertThat(directory.findById(a.id()).orElseThrow().isActive()).isTrue();
        assertThat(directory.suspensionReason(a.id())).isEmpty();
    }

    private <T> T asOperator(java.util.function.Supplier<T> work) {
        SecurityContextHolder.getContext()
                .setAuthentication(
                        new TestingAuthenticationToken("op", "n/a", Roles.authority(Roles.PLATFORM_OPERATOR)));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
