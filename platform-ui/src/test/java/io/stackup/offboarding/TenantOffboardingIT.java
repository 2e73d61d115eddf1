package io.stackup.offboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import io.stackup.core.offboarding.PendingDeletion;
import io.stackup.core.offboarding.TenantExport;
import io.stackup.core.offboarding.query.TenantRows;
import io.stackup.core.tenancy.Roles;
import io.stackup.core.tenancy.TenantContext;
import io.stackup.core.tenancy.TenantDirectory;
import io.stackup.core.tenancy.TenantId;
import io.stackup.offboarding.OffboardingFixture.TestTenant;
import io.stackup.support.SharedStack;
import io.stackup.support.StackupIntegrationTest;
import io.stackup.tenantadmin.identity.KeycloakIdentityAdmin;
import io.stackup.tenantadmin.offboarding.DeletionConfirmationException;
import io.stackup.tenantadmin.offboarding.TenantArchive;
import io.stackup.tenantadmin.offboarding.TenantDeletionService;
import io.stackup.tenantadmin.offboarding.TenantExportService;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Offboarding end to end on the application's own services, PostgreSQL, Keycloak and the scheduler: two tenants made
 * for the test, filled with data in every feature, sharing one worker. The export archive holds every tenant-owned
 * table (found in the catalog) with exactly the tenant's rows; a deletion, requested with the short name, cancelled,
 * requested again and run by the scheduler, leaves nothing of the tenant in any table of the schema, removes its
 * Keycloak organization and the user of no other organization, and leaves the other tenant and the shared worker as
 * they were.
 */
@StackupIntegrationTest
class TenantOffboardingIT {

    /** The tables every tenant of this fixture fills: a feature that stops writing its table fails here. */
    private static final List<String> FILLED = List.of(
            "audit_event",
            "interview",
            "interview_answer",
            "interview_event",
            "lead",
            "lead_event",
            "member",
            "member_lead_area",
            "member_notification",
            "prospect",
            "public_link",
            "self_assessment",
            "template",
            "webhook_delivery",
            "webhook_endpoint");

    @Autowired
    ApplicationContext context;

    @Autowired
    TenantDirectory directory;

    @Autowired
    TenantExportService exports;

    @Autowired
    TenantDeletionService deletions;

    @Autowired
    Scheduler scheduler;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    private OffboardingFixture fixture;
    private TestTenant gone;
    private TestTenant kept;
    private String worker;
    private String unique;

    @BeforeEach
    void tenants() {
        fixture = new OffboardingFixture(context);
        unique = OffboardingFixture.unique();
        gone = fixture.tenant("gone-" + unique);
        kept = fixture.tenant("kept-" + unique);
        String workerEmail = "worker-" + unique + "@both.test";
        worker = fixture.worker(workerEmail, gone, kept);
        fixture.fill(gone, worker, workerEmail);
        fixture.fill(kept, worker, workerEmail);
        awaitDeliveryLogged(gone);
        awaitDeliveryLogged(kept);
    }

    @Test
    void the_archive_holds_every_tenant_table_with_exactly_the_tenants_rows_and_a_manifest_counting_them()
            throws Exception {
        Map<String, Long> before = counts(gone);
        Map<String, byte[]> entries = unzip(archiveOf(gone));
        Map<String, Long> after = counts(gone);

        List<String> tables = new ArrayList<>(tenantTables());
        assertThat(tables).containsAll(TenantRows.NOT_EXPORTED);
        tables.removeAll(TenantRows.NOT_EXPORTED); // the exports themselves are not in an archive
        assertThat(entries.keySet()).noneMatch(name -> name.startsWith("tables/tenant_export"));
        assertThat(entries.keySet())
                .contains("manifest.json")
                .containsAll(tables.stream().map(t -> "tables/" + t + ".jsonl").toList());
        JsonNode manifest = OffboardingFixture.JSON.readTree(entries.get("manifest.json"));
        assertThat(manifest.path("format").asString()).isEqualTo("stackup-tenant-export");
        assertThat(manifest.path("formatVersion").asInt()).isEqualTo(1);
        assertThat(manifest.path("tenant").path("slug").asString())
                .isEqualTo(gone.tenant().slug());
        for (String table : tables) {
            List<String> lines = lines(entries.get("tables/" + table + ".jsonl"));
            // Deliveries retried meanwhile may add rows: the archive is one snapshot between the two counts.
            assertThat((long) lines.size()).as(table).isBetween(before.get(table), after.get(table));
            assertThat(manifest.path("tables").path(table).asLong()).as(table).isEqualTo(lines.size());
            for (String line : lines) {
                assertThat(OffboardingFixture.JSON
                                .readTree(line)
                                .path("tenant_id")
                                .asString())
                        .as(table)
                        .isEqualTo(gone.tenant().id().toString());
            }
        }
        assertThat(after).allSatisfy((table, count) -> {
            if (FILLED.contains(table)) {
                assertThat(count).as(table).isPositive();
            }
        });
        JsonNode selfAssessment = OffboardingFixture.JSON.readTree(
                lines(entries.get("tables/self_assessment.jsonl")).getFirst());
        assertThat(Base64.getDecoder()
                        .decode(selfAssessment.path("receipt_sha256").asString()))
                .hasSize(32);
        JsonNode interview = OffboardingFixture.JSON.readTree(
                lines(entries.get("tables/interview.jsonl")).getFirst());
        assertThat(interview.path("targets").isObject()).isTrue();
        assertThat(entries.keySet())
                .anyMatch(
                        name -> name.startsWith("templates/off-" + gone.tenant().slug() + "/1.0.0-published"))
                .filteredOn(name -> name.startsWith("results/"))
                .hasSize(2);
        assertThat(new String(entries.get("tables/audit_event.jsonl"), StandardCharsets.UTF_8))
                .contains("tenant.export_requested");
        assertThat(entries.values().stream().map(b -> new String(b, StandardCharsets.UTF_8)))
                .noneMatch(text -> text.contains(kept.tenant().id().toString()));
    }

    @Test
    void only_the_tenants_admins_export_and_request_deletion() {
        assertThatThrownBy(() -> OffboardingFixture.as(gone, worker, Roles.INTERVIEWER, exports::prepare))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> OffboardingFixture.as(gone, worker, Roles.EXPERT, () -> deletions.request("x")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> OffboardingFixture.as(gone, worker, Roles.EXPERT, deletions::cancel))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_deletion_needs_the_short_name_runs_after_the_grace_period_unless_cancelled_and_leaves_nothing_of_the_tenant()
            throws Exception {
        TenantId id = gone.tenant().id();
        TaskInstanceId task = TaskInstanceId.of("tenant-deletion", id.toString());
        assertThatThrownBy(() -> fixture.admin(
                        gone, () -> deletions.request(kept.tenant().slug())))
                .isInstanceOfSatisfying(
                        DeletionConfirmationException.class,
                        e -> assertThat(e.problems().getFirst().path()).isEqualTo("confirmation"));
        assertThat(fixture.admin(gone, deletions::pending)).isEmpty();

        PendingDeletion first =
                fixture.admin(gone, () -> deletions.request(" " + gone.tenant().slug() + " "));
        assertThat(first.dueAt()).isAfter(Instant.now().plus(Duration.ofDays(6)));
        assertThat(scheduler.getScheduledExecution(task)).isPresent();
        assertThat(fixture.admin(gone, deletions::cancel)).isTrue();
        assertThat(fixture.admin(gone, deletions::pending)).isEmpty();
        assertThat(scheduler.getScheduledExecution(task)).isEmpty();

        // A background export, done: its row, its archive and the task that would delete them go with the tenant.
        UUID export = fixture.admin(gone, exports::start).id();
        await(() -> fixture.admin(gone, () -> exports.find(export)).status() == TenantExport.Status.DONE);
        assertThat(scheduler.getScheduledExecution(TaskInstanceId.of("tenant-export-expiry", export.toString())))
                .isPresent();

        fixture.admin(gone, () -> deletions.request(gone.tenant().slug()));
        assertThat(auditActions(gone))
                .contains("tenant.deletion_requested", "tenant.deletion_cancelled", "tenant.deletion_requested");
        Map<String, Long> keptBefore = counts(kept);
        Map<String, Long> goneBefore = counts(gone);
        assertThat(goneBefore).allSatisfy((table, count) -> {
            if (FILLED.contains(table) || TenantRows.NOT_EXPORTED.contains(table)) {
                assertThat(count).as(table).isPositive();
            }
        });

        // The grace period ends now: the row says so, and the scheduler's execution is moved to now.
        jdbc.update("UPDATE tenant SET deletion_due_at = now() - interval '1 second' WHERE id = ?", id.value());
        scheduler.reschedule(task, Instant.now());
        await(() -> directory.findById(id).isEmpty()
                && scheduler.getScheduledExecution(task).isEmpty());

        assertThat(counts(gone))
                .as("rows of the deleted tenant")
                .allSatisfy((table, count) -> assertThat(count).as(table).isZero());
        assertThat(platformMentions(id.toString()))
                .as("platform rows naming the tenant's id")
                .isEmpty();
        assertThat(platformMentions(gone.tenant().slug()))
                .as("platform rows naming its slug")
                .isEmpty();
        Map<String, Long> keptAfter = counts(kept);
        // Webhook deliveries of the other tenant are retried meanwhile and may log attempts: that table only grows.
        assertThat(keptAfter.get("webhook_delivery")).isGreaterThanOrEqualTo(keptBefore.get("webhook_delivery"));
        keptAfter.remove("webhook_delivery");
        keptBefore.remove("webhook_delivery");
        assertThat(keptAfter).as("the other tenant").isEqualTo(keptBefore);
        try (KeycloakIdentityAdmin keycloak = SharedStack.keycloakAdmin()) {
            assertThat(keycloak.findOrganizationId(gone.tenant().slug())).isEmpty();
            assertThat(keycloak.findUserId(gone.adminEmail())).isEmpty();
            assertThat(keycloak.findUserId(kept.adminEmail())).contains(kept.adminId());
            assertThat(keycloak.organizationsOf(worker)).containsExactly(kept.organization());
        }
    }

    private byte[] archiveOf(TestTenant t) {
        return fixture.admin(t, () -> {
            try {
                TenantArchive archive = exports.prepare();
                assertThat(archive.fileName())
                        .startsWith("stackup-" + t.tenant().slug() + "-")
                        .endsWith(".zip");
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                archive.writeTo(out);
                return out.toByteArray();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    static Map<String, byte[]> unzip(byte[] zip) throws java.io.IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    private static List<String> lines(byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8);
        return text.isEmpty() ? List.of() : List.of(text.split("\n"));
    }

    /** Every base table of the schema with a tenant_id column, from information_schema. */
    private List<String> tenantTables() {
        return jdbc.queryForList("""
                SELECT c.table_name FROM information_schema.columns c
                JOIN information_schema.tables t USING (table_schema, table_name)
                WHERE c.table_schema = 'public' AND c.column_name = 'tenant_id' AND t.table_type = 'BASE TABLE'
                ORDER BY 1""", String.class);
    }

    /** The tenant's rows in each tenant-owned table, read with the tenant bound (as row-level security shows them). */
    private Map<String, Long> counts(TestTenant t) {
        TransactionTemplate tx = new TransactionTemplate(transactions);
        Map<String, Long> counts = new LinkedHashMap<>();
        TenantContext.callAs(
                t.tenant().id(),
                "test",
                () -> tx.execute(s -> {
                    for (String table : tenantTables()) {
                        counts.put(
                                table,
                                jdbc.queryForObject(
                                        "SELECT count(*) FROM public.\"" + table + "\" WHERE tenant_id = ?",
                                        Long.class,
                                        t.tenant().id().value()));
                    }
                    return null;
                }));
        return counts;
    }

    private List<String> auditActions(TestTenant t) {
        TransactionTemplate tx = new TransactionTemplate(transactions);
        return TenantContext.callAs(
                t.tenant().id(),
                "test",
                () -> tx.execute(s -> jdbc.queryForList(
                        "SELECT action FROM audit_event WHERE tenant_id = ? ORDER BY at",
                        String.class,
                        t.tenant().id().value())));
    }

    /**
     * Every text, jsonb, uuid, array or bytea column of the tables without a tenant_id column that the application may
     * read (the tenant registry, the scheduler's table, …) whose value contains {@code needle}: "table.column".
     */
    private List<String> platformMentions(String needle) {
        List<Map<String, Object>> columns = jdbc.queryForList("""
                SELECT c.table_name, c.column_name, c.data_type FROM information_schema.columns c
                JOIN information_schema.tables t USING (table_schema, table_name)
                WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE'
                  AND c.data_type IN ('text', 'character varying', 'jsonb', 'json', 'uuid', 'ARRAY', 'bytea')
                  AND NOT EXISTS (SELECT 1 FROM information_schema.columns k
                                  WHERE k.table_schema = 'public' AND k.table_name = c.table_name
                                    AND k.column_name = 'tenant_id')
                  AND has_table_privilege(format('%I.%I', c.table_schema, c.table_name), 'SELECT')
                ORDER BY 1, 2""");
        assertThat(columns).extracting(c -> c.get("table_name")).contains("tenant", "scheduled_tasks");
        List<String> found = new ArrayList<>();
        for (Map<String, Object> column : columns) {
            String table = "public.\"" + column.get("table_name") + "\"";
            String name = "\"" + column.get("column_name") + "\"";
            String condition = "bytea".equals(column.get("data_type"))
                    ? "position(convert_to(?, 'UTF8') IN " + name + ") > 0"
                    : "strpos(" + name + "::text, ?) > 0";
            Long count =
                    jdbc.queryForObject("SELECT count(*) FROM " + table + " WHERE " + condition, Long.class, needle);
            if (count != null && count > 0) {
                found.add(column.get("table_name") + "." + column.get("column_name"));
            }
        }
        return found;
    }

    /** Waits until the webhook's test delivery was attempted (logged), so the tenant has a delivery row. */
    private void awaitDeliveryLogged(TestTenant t) {
        await(() -> counts(t).getOrDefault("webhook_delivery", 0L) > 0);
    }

    private static void await(java.util.function.BooleanSupplier condition) {
        Instant until = Instant.now().plus(Duration.ofSeconds(60));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("not reached within 60 s");
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
