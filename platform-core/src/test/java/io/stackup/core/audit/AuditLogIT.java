package io.stackup.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stackup.core.support.CoreIntegrationTest;
import io.stackup.core.tenancy.Tenant;
import io.stackup.core.tenancy.TenantContext;
import io.stackup.core.tenancy.TenantDirectory;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit log keeps a record only with its change (same transaction), never lets the application's role rewrite or
 * delete one, and shows a tenant only its own records.
 */
@CoreIntegrationTest
class AuditLogIT {

    @Autowired
    AuditLog log;

    @Autowired
    TenantDirectory directory;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcTemplate jdbc;

    final String unique = UUID.randomUUID().toString().substring(0, 8);
    Tenant a;
    Tenant b;

    @BeforeEach
    void two_tenants() {
        a = directory.register("aa-" + unique, "Audit A " + unique, "org-aa-" + unique);
        b = directory.register("ab-" + unique, "Audit B " + unique, "org-ab-" + unique);
    }

    @Test
    void a_record_is_kept_with_its_actor_subject_and_details() {
        run(
                a,
                () -> log.record(AuditEntry.of("lead.claimed", "lead", "L1", "Claimed lead of Acme")
                        .with("holder", "erin")
                        .with("absent", null)));

        List<Map<String, Object>> rows = in(
                a,
                () -> jdbc.queryForList(
                        "SELECT actor_id, actor_label, action, subject_type, subject_id, summary, details::text AS d"
                                + " FROM audit_event"));
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.get("actor_id")).isEqualTo("tester");
            assertThat(row.get("actor_label"))
                    .as("no member of that id: the id itself")
                    .isEqualTo("tester");
            assertThat(row.get("action")).isEqualTo("lead.claimed");
            assertThat(row.get("subject_type")).isEqualTo("lead");
            assertThat(row.get("subject_id")).isEqualTo("L1");
            assertThat(row.get("summary")).isEqualTo("Claimed lead of Acme");
            assertThat(row.get("d")).isEqualTo("{\"holder\": \"erin\"}");
        });
    }

    @Test
    void a_record_outside_a_transaction_is_refused_and_a_rolled_back_change_leaves_no_record() {
        assertThatThrownBy(() -> TenantContext.callAs(a.id(), "tester", () -> {
                    log.record(AuditEntry.ofTenant("tenant.settings_changed", "Changed settings"));
                    return null;
                }))
                .isInstanceOf(IllegalTransactionStateException.class);

        assertThatThrownBy(() -> in(a, () -> {
                    log.record(AuditEntry.ofTenant("tenant.settings_changed", "Changed settings"));
                    throw new IllegalStateException("the change failed");
                }))
                .isInstanceOf(IllegalStateException.class);

        assertThat(count(a)).isZero();
    }

    @Test
    void the_application_role_cannot_update_or_delete_a_record() {
        run(a, () -> log.record(AuditEntry.ofTenant("tenant.settings_changed", "Changed the name")));

        assertThatThrownBy(() -> in(a, () -> jdbc.update("UPDATE audit_event SET summary = 'nothing happened'")))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("permission denied");
        assertThatThrownBy(() -> in(a, () -> jdbc.update("DELETE FROM audit_event")))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("permission denied");
        assertThat(in(a, () -> jdbc.queryForObject("SELECT summary FROM audit_event", String.class)))
                .isEqualTo("Changed the name");
    }

    @Test
    void another_tenant_neither_reads_nor_writes_a_tenants_records() {
        run(a, () -> log.record(AuditEntry.ofTenant("tenant.settings_changed", "Changed the name")));

        assertThat(count(b)).isZero();
        assertThatThrownBy(() -> in(
                        b,
                        () -> jdbc.update(
                                "INSERT INTO audit_event (tenant_id, actor_id, actor_label, action, summary)"
                                        + " VALUES (?, 'm', 'm', 'tenant.suspended', 'forged')",
                                a.id().value())))
                .isInstanceOf(DataAccessException.class);
        assertThat(count(a)).isOne();
    }

    private int count(Tenant tenant) {
        return in(tenant, () -> jdbc.queryForObject("SELECT count(*) FROM audit_event", Integer.class));
    }

    private void run(Tenant tenant, Runnable work) {
        in(tenant, () -> {
            work.run();
            return null;
        });
    }

    private <T> T in(Tenant tenant, Supplier<T> work) {
        return TenantContext.callAs(tenant.id(), "tester", () -> tx.execute(status -> work.get()));
    }
}
