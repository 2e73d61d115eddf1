package io.stackup.offboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import io.stackup.core.offboarding.TenantExport;
import io.stackup.core.offboarding.TenantExportNotFoundException;
import io.stackup.core.tenancy.Roles;
import io.stackup.core.tenancy.TenantContext;
import io.stackup.offboarding.OffboardingFixture.TestTenant;
import io.stackup.support.StackupIntegrationTest;
import io.stackup.tenantadmin.offboarding.ExportNotReadyException;
import io.stackup.tenantadmin.offboarding.TenantArchive;
import io.stackup.tenantadmin.offboarding.TenantExportService;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
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
 * The background export (docs/spec/api.md, "Background exports") on the application's services, PostgreSQL and the
 * scheduler, on two tenants made for the test and filled with data in every feature: the archive the task stores is the
 * synchronous export's, entry for entry; its progress ends at all items; another tenant's export does not exist for a
 * tenant; the archive goes after the retention period; and a run cut short by a restart starts over, until the third.
 */
@StackupIntegrationTest
class TenantExportIT {

    @Autowired
    ApplicationContext context;

    @Autowired
    TenantExportService exports;

    @Autowired
    Scheduler scheduler;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    private OffboardingFixture fixture;
    private TestTenant mine;
    private TestTenant theirs;
    private String worker;

    @BeforeEach
    void tenants() {
        fixture = new OffboardingFixture(context);
        String unique = OffboardingFixture.unique();
        mine = fixture.tenant("exp-" + unique);
        theirs = fixture.tenant("exq-" + unique);
        String workerEmail = "worker-" + unique + "@exports.test";
        worker = fixture.worker(workerEmail, mine, theirs);
        fixture.fill(mine, worker, workerEmail);
    }

    @Test
    void the_stored_archive_holds_what_the_synchronous_export_writes_and_its_progress_ends_at_all_items()
            throws Exception {
        Map<String, byte[]> direct = TenantOffboardingIT.unzip(fixture.admin(mine, () -> {
            TenantArchive archive = exports.prepare();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                archive.writeTo(out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toByteArray();
        }));
        TenantExport started = fixture.admin(mine, exports::start);
        assertThat(started.status()).isEqualTo(TenantExport.Status.QUEUED);
        assertThat(fixture.admin(mine, exports::start).id())
                .as("a second start while it is queued or running answers the same export")
                .isEqualTo(started.id());
        TenantExport done = awaitFinished(mine, started.id());
        assertThat(done.status()).as(String.valueOf(done.error())).isEqualTo(TenantExport.Status.DONE);
        byte[] zip = download(mine, done.id());
        assertThat((long) zip.length).isEqualTo(done.sizeBytes());
        Map<String, byte[]> stored = TenantOffboardingIT.unzip(zip);

        assertThat(stored.keySet()).containsExactlyElementsOf(direct.keySet());
        for (String name : direct.keySet()) {
            if (name.equals("manifest.json")
                    || name.equals("tables/audit_event.jsonl")
                    || name.equals("tables/webhook_delivery.jsonl")) {
                continue;
            }
            assertThat(new String(stored.get(name), StandardCharsets.UTF_8))
                    .as(name)
                    .isEqualTo(new String(direct.get(name), StandardCharsets.UTF_8));
        }
        for (String table : List.of("template", "prospect", "interview", "interview_answer", "lead", "member")) {
            assertThat(stored.get("tables/" + table + ".jsonl")).as(table).isNotEmpty();
        }
        assertThat(stored.keySet()).anyMatch(name -> name.startsWith("results/"));
        // The log and the delivery attempts only grow: the background export started later, and is itself on record.
        List<String> directAudit = lines(direct.get("tables/audit_event.jsonl"));
        List<String> storedAudit = lines(stored.get("tables/audit_event.jsonl"));
        assertThat(storedAudit).containsAll(directAudit);
        List<String> added = new ArrayList<>(storedAudit);
        added.removeAll(directAudit);
        assertThat(added).hasSize(1);
        JsonNode row = OffboardingFixture.JSON.readTree(added.getFirst());
        assertThat(row.path("action").asString()).isEqualTo("tenant.export_requested");
        assertThat(row.path("subject_type").asString()).isEqualTo("export");
        assertThat(row.path("subject_id").asString()).isEqualTo(started.id().toString());
        assertThat(lines(stored.get("tables/webhook_delivery.jsonl")))
                .containsAll(lines(direct.get("tables/webhook_delivery.jsonl")));
        assertThat(stored.keySet()).noneMatch(name -> name.contains("tenant_export"));

        JsonNode directManifest = OffboardingFixture.JSON.readTree(direct.get("manifest.json"));
        JsonNode storedManifest = OffboardingFixture.JSON.readTree(stored.get("manifest.json"));
        assertThat(storedManifest.path("tenant")).isEqualTo(directManifest.path("tenant"));
        assertThat(storedManifest.path("templates")).isEqualTo(directManifest.path("templates"));
        assertThat(storedManifest.path("results")).isEqualTo(directManifest.path("results"));
        assertThat(storedManifest.path("exportedBy").asString()).isEqualTo(mine.adminId());
        long items = storedManifest.path("templates").asLong()
                + storedManifest.path("results").asLong();
        for (JsonNode rows : storedManifest.path("tables").values()) {
            items += rows.asLong();
        }
        assertThat(done.itemsTotal()).isEqualTo(items);
        assertThat(done.itemsDone()).isEqualTo(items);
        assertThat(done.percent()).isEqualTo(100);
        assertThat(done.attempts()).isEqualTo(1);
        assertThat(fixture.admin(mine, () -> exports.recent(0, 10)))
                .extracting(TenantExport::id)
                .containsExactly(started.id());
    }

    @Test
    void another_tenant_finds_no_export_of_this_one_and_only_admins_start_or_read_exports() {
        TenantExport started = fixture.admin(mine, exports::start);
        TenantExport done = awaitFinished(mine, started.id());
        assertThat(done.status()).isEqualTo(TenantExport.Status.DONE);

        assertThatThrownBy(() -> fixture.admin(theirs, () -> exports.find(done.id())))
                .isInstanceOf(TenantExportNotFoundException.class);
        assertThatThrownBy(() -> fixture.admin(theirs, () -> exports.archive(done.id())))
                .isInstanceOf(TenantExportNotFoundException.class);
        assertThat(fixture.admin(theirs, () -> exports.recent(0, 50))).isEmpty();
        assertThat(fixture.admin(theirs, exports::count)).isZero();
        assertThat(countExportRows(theirs, done.id())).isZero();

        for (String role : List.of(Roles.INTERVIEWER, Roles.EXPERT)) {
            assertThatThrownBy(() -> OffboardingFixture.as(mine, worker, role, exports::start))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> OffboardingFixture.as(mine, worker, role, () -> exports.find(done.id())))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> OffboardingFixture.as(mine, worker, role, () -> exports.recent(0, 10)))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void an_export_and_its_archive_are_deleted_after_the_retention_period_and_never_served_past_it() {
        TenantExport started = fixture.admin(mine, exports::start);
        TenantExport done = awaitFinished(mine, started.id());
        assertThat(done.status()).isEqualTo(TenantExport.Status.DONE);
        assertThat(done.expiresAt())
                .isNotNull()
                .isBetween(
                        done.finishedAt().plus(Duration.ofDays(7)).minusSeconds(5),
                        done.finishedAt().plus(Duration.ofDays(7)).plusSeconds(5));
        TaskInstanceId expiry =
                TaskInstanceId.of("tenant-export-expiry", done.id().toString());
        assertThat(scheduler.getScheduledExecution(expiry))
                .hasValueSatisfying(e -> assertThat(e.getExecutionTime())
                        .isBetween(
                                done.expiresAt().minusSeconds(1),
                                done.expiresAt().plusSeconds(1)));
        assertThat(countExportRows(mine, done.id())).isEqualTo(1);
        assertThat(countChunks(mine, done.id())).isPositive();

        // The retention period ends now: the row says so at once, and the task deletes it when it runs.
        inTenant(
                mine,
                () -> jdbc.update(
                        "UPDATE tenant_export SET expires_at = now() - interval '1 second' WHERE tenant_id = ? AND id = ?",
                        mine.tenant().id().value(),
                        done.id()));
        assertThatThrownBy(() -> fixture.admin(mine, () -> exports.find(done.id())))
                .isInstanceOf(TenantExportNotFoundException.class);
        assertThatThrownBy(() -> fixture.admin(mine, () -> exports.archive(done.id())))
                .isInstanceOf(TenantExportNotFoundException.class);
        assertThat(fixture.admin(mine, () -> exports.recent(0, 10))).isEmpty();

        scheduler.reschedule(expiry, Instant.now());
        await(() -> countExportRows(mine, done.id()) == 0
                && scheduler.getScheduledExecution(expiry).isEmpty());
        assertThat(countChunks(mine, done.id())).isZero();
    }

    @Test
    void a_run_cut_short_by_a_restart_starts_over_and_the_fourth_run_is_given_up_with_a_message() throws Exception {
        TenantExport started = fixture.admin(mine, exports::start);
        TenantExport done = awaitFinished(mine, started.id());
        assertThat(done.status()).isEqualTo(TenantExport.Status.DONE);

        // As a restart leaves it: the row running after one run, its chunks half written; the scheduler revives the
        // task.
        UUID resumed = interrupted(mine, 1, done.id());
        TenantExport again = awaitFinished(mine, resumed);
        assertThat(again.status()).as(String.valueOf(again.error())).isEqualTo(TenantExport.Status.DONE);
        assertThat(again.attempts()).isEqualTo(2);
        assertThat(TenantOffboardingIT.unzip(download(mine, resumed))).containsKey("manifest.json");

        UUID exhausted = interrupted(mine, 3, done.id());
        TenantExport failed = awaitFinished(mine, exhausted);
        assertThat(failed.status()).isEqualTo(TenantExport.Status.FAILED);
        assertThat(failed.error()).contains("interrupted 3 times").contains("Start a new export");
        assertThat(countChunks(mine, exhausted)).isZero();
        assertThatThrownBy(() -> fixture.admin(mine, () -> exports.archive(exhausted)))
                .isInstanceOf(ExportNotReadyException.class);
    }

    /**
     * A new export of {@code t} left running after {@code runs} runs, with a stale chunk (copied from {@code donor}),
     * and its task due now, as the scheduler revives it after a restart.
     */
    private UUID interrupted(TestTenant t, int runs, UUID donor) {
        UUID id = UUID.randomUUID();
        inTenant(t, () -> {
            jdbc.update("""
                    INSERT INTO tenant_export (tenant_id, id, status, phase, items_done, items_total, file_name,
                        requested_by, attempts, started_at)
                    VALUES (?, ?, 'running', 'tables', 3, 10, 'stackup-x.zip', ?, ?, now())""", t.tenant().id().value(), id, t.adminId(), runs);
            return jdbc.update("""
                    INSERT INTO tenant_export_chunk (tenant_id, export_id, seq, data)
                    SELECT tenant_id, ?, seq, data FROM tenant_export_chunk WHERE tenant_id = ? AND export_id = ?
                      AND seq = 0""", id, t.tenant().id().value(), donor);
        });
        scheduler.schedule(
                new TaskInstance<>(
                        "tenant-export",
                        id.toString(),
                        Map.of("tenant", t.tenant().id().toString(), "export", id.toString())),
                Instant.now());
        return id;
    }

    private TenantExport awaitFinished(TestTenant t, UUID id) {
        TenantExport[] last = {null};
        await(() -> {
            last[0] = fixture.admin(t, () -> exports.find(id));
            return !last[0].active();
        });
        return last[0];
    }

    private byte[] download(TestTenant t, UUID id) {
        return fixture.admin(t, () -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                exports.archive(id).writeTo(out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toByteArray();
        });
    }

    private long countExportRows(TestTenant t, UUID id) {
        return inTenant(
                t, () -> jdbc.queryForObject("SELECT count(*) FROM tenant_export WHERE id = ?", Long.class, id));
    }

    private long countChunks(TestTenant t, UUID id) {
        return inTenant(
                t,
                () -> jdbc.queryForObject(
                        "SELECT count(*) FROM tenant_export_chunk WHERE export_id = ?", Long.class, id));
    }

    private <T> T inTenant(TestTenant t, java.util.function.Supplier<T> work) {
        TransactionTemplate tx = new TransactionTemplate(transactions);
        return TenantContext.callAs(t.tenant().id(), "test", () -> tx.execute(s -> work.get()));
    }

    private static List<String> lines(byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8);
        return text.isEmpty() ? List.of() : List.of(text.split("\n"));
    }

    private static void await(BooleanSupplier condition) {
        Instant until = Instant.now().plus(Duration.ofSeconds(90));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("not reached within 90 s");
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
