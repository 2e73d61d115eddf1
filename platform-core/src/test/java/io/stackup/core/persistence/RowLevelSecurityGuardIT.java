package io.stackup.core.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.stackup.core.support.CoreIntegrationTest;
import io.stackup.deploy.EmbeddedDatabase;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Breaks the build when a tenant-owned table could leak across tenants. */
@CoreIntegrationTest
class RowLevelSecurityGuardIT {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void every_table_with_a_tenant_id_has_forced_row_level_security_and_a_policy() {
        List<String> tenantOwned = jdbc.queryForList("""
                SELECT c.table_name FROM information_schema.columns c
                JOIN information_schema.tables t USING (table_schema, table_name)
                WHERE c.table_schema = 'public' AND c.column_name = 'tenant_id' AND t.table_type = 'BASE TABLE'
                ORDER BY 1""", String.class);
        assertThat(tenantOwned)
                .contains(
                        "member",
                        "template",
                        "prospect",
                        "interview",
                        "interview_answer",
                        "interview_event",
                        "public_link",
                        "self_assessment",
                        "lead",
                        "lead_event",
                        "member_lead_area",
                        "member_notification",
                        "webhook_endpoint",
                        "webhook_delivery");

        List<String> unguarded = jdbc.queryForList("""
                SELECT cls.relname FROM pg_class cls
                JOIN pg_namespace ns ON ns.oid = cls.relnamespace AND ns.nspname = 'public'
                WHERE cls.relname = ANY (?::text[])
                  AND NOT (cls.relrowsecurity AND cls.relforcerowsecurity
                           AND EXISTS (SELECT 1 FROM pg_policy p WHERE p.polrelid = cls.oid))""", String.class, (Object) tenantOwned.toArray(String[]::new));
        assertThat(unguarded)
                .as("tenant-owned tables without ENABLE + FORCE ROW LEVEL SECURITY and a policy")
                .isEmpty();
    }

    /**
     * db-scheduler's table is platform infrastructure (docs/adr/0013-scheduled-work.md): no tenant column, so no
     * policy; a task's tenant is in its data and bound before the task touches tenant data.
     */
    @Test
    void the_scheduled_tasks_table_holds_no_tenant_column_and_the_application_role_may_work_it() {
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM information_schema.columns WHERE table_schema = 'public'"
                                + " AND table_name = 'scheduled_tasks' AND column_name = 'tenant_id'",
                        Integer.class))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "SELECT has_table_privilege(current_user, 'scheduled_tasks', 'SELECT, INSERT, UPDATE, DELETE')",
                        Boolean.class))
                .isTrue();
    }

    @Test
    void the_application_role_owns_nothing_and_cannot_bypass_row_level_security() {
        assertThat(jdbc.queryForObject("SELECT current_user", String.class)).isEqualTo(EmbeddedDatabase.APP_ROLE);
        assertThat(jdbc.queryForObject(
                        "SELECT rolsuper OR rolbypassrls FROM pg_roles WHERE rolname = current_user", Boolean.class))
                .isFalse();
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM pg_class c JOIN pg_roles r ON r.oid = c.relowner"
                                + " WHERE r.rolname = current_user",
                        Integer.class))
                .isZero();
    }
}
