package io.stackup.tenantadmin.offboarding;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import io.stackup.core.offboarding.TenantData;
import io.stackup.core.offboarding.TenantExport;
import io.stackup.core.offboarding.TenantExports;
import io.stackup.core.tenancy.Tenant;
import io.stackup.core.tenancy.TenantContext;
import io.stackup.core.tenancy.TenantDirectory;
import io.stackup.core.tenancy.TenantId;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.channels.ClosedByInterruptException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a background export with its tenant bound (the scheduler binds it): writes the archive ({@link TenantArchive},
 * one snapshot) to a temporary file while recording its progress at most every {@value #PROGRESS_EVERY_MILLIS} ms,
 * then stores it in chunks and marks the export done, in one transaction, and schedules its deletion at the end of the
 * retention period ({@code stackup.offboarding.export-retention}, 7 days). A run that fails marks the export failed
 * with a message saying what to do and a reference the log names; it is not retried.
 *
 * <p>The scheduler is taken lazily: it is built from the tasks, which are built from this runner.
 *
 * <p>An interrupted run (the application stopped or died while it ran) starts over when the scheduler picks the task
 * up again; after {@value #MAX_RUNS} runs started the export is marked failed instead, so that an export which brings
 * an instance down does not do so forever.
 */
@Component
class TenantExportRunner {

    static final int MAX_RUNS = 3;
    static final long PROGRESS_EVERY_MILLIS = 250;

    private static final Logger log = LoggerFactory.getLogger(TenantExportRunner.class);

    private final TenantDirectory directory;
    private final TenantExports exports;
    private final TenantData data;
    private final TransactionTemplate snapshot;
    private final TransactionTemplate writes;
    private final SchedulerClient scheduler;
    private final Duration retention;
    private final Clock clock = Clock.systemUTC();

    TenantExportRunner(
            TenantDirectory directory,
            TenantExports exports,
            TenantData data,
            PlatformTransactionManager transactions,
            @Lazy SchedulerClient scheduler,
            @Value("${stackup.offboarding.export-retention:P7D}") Duration retention) {
        this.directory = directory;
        this.exports = exports;
        this.data = data;
        this.snapshot = new TransactionTemplate(transactions);
        this.snapshot.setReadOnly(true);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.snapshot.setName("tenant-export");
        this.writes = new TransactionTemplate(transactions);
        this.scheduler = scheduler;
        this.retention = retention;
    }

    /** How long a finished export is kept. */
    Duration retention() {
        return retention;
    }

    /** Builds export {@code id} of the bound tenant; returns quietly when it is gone or finished already. */
    void run(UUID id) {
        TenantId tenant = TenantContext.requireTenant();
        Optional<TenantExport> found = exports.find(tenant, id);
        if (found.isEmpty() || !found.get().active()) {
            log.info("Export {} of tenant {} is gone or finished; nothing to do", id, tenant);
            return;
        }
        Optional<Integer> runs = writes.execute(s -> exports.start(tenant, id));
        if (runs == null || runs.isEmpty()) {
            return;
        }
        if (runs.get() > MAX_RUNS) {
            fail(
                    tenant,
                    id,
                    "The export was interrupted " + (runs.get() - 1)
                            + " times (Stackup restarted while it ran) and was given up. Start a new export; if this"
                            + " happens again, contact support.");
            return;
        }
        Path file = null;
        try {
            Tenant t = directory.findById(tenant).orElseThrow(() -> new IllegalStateException("No tenant " + tenant));
            TenantExport export = found.get();
            TenantArchive archive =
                    new TenantArchive(t, export.requestedBy(), clock.instant(), export.fileName(), data, snapshot);
            file = Files.createTempFile("stackup-export-", ".zip");
            Throttled progress = new Throttled(tenant, id);
            try (OutputStream out = Files.newOutputStream(file)) {
                archive.writeTo(out, progress);
            }
            exports.progress(tenant, id, "storing", progress.done, progress.total);
            store(tenant, id, file);
            log.info("Export {} of tenant {} done: {} bytes", id, t.slug(), Files.size(file));
        } catch (Exception e) {
            if (interrupted(e)) {
                // The scheduler is stopping: the run is tried again (see TenantExportTask), the export stays running.
                throw new IllegalStateException("Export " + id + " interrupted", e);
            }
            String reference = UUID.randomUUID().toString().substring(0, 8);
            log.error("Export {} of tenant {} failed (reference {})", id, tenant, reference, e);
            fail(
                    tenant,
                    id,
                    "The export could not be completed (reference " + reference + "). Start a new export; if it"
                            + " fails again, contact support and quote the reference.");
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    log.warn("Could not delete the temporary archive {}", file, e);
                }
            }
        }
    }

    /** Deletes export {@code id} of the bound tenant and its archive: its retention period ended. */
    void expire(UUID id) {
        TenantId tenant = TenantContext.requireTenant();
        Boolean deleted = writes.execute(s -> exports.delete(tenant, id));
        log.info("Export {} of tenant {} expired{}", id, tenant, Boolean.TRUE.equals(deleted) ? "" : " (gone already)");
    }

    private void store(TenantId tenant, UUID id, Path file) {
        writes.executeWithoutResult(s -> {
            try (InputStream in = Files.newInputStream(file)) {
                byte[] buffer = new byte[TenantExports.CHUNK_SIZE];
                long size = 0;
                int seq = 0;
                int read;
                while ((read = in.readNBytes(buffer, 0, buffer.length)) > 0) {
                    exports.addChunk(tenant, id, seq++, Arrays.copyOf(buffer, read));
                    size += read;
                }
                Instant expires = clock.instant().plus(retention);
                exports.finish(tenant, id, size, seq, expires);
                scheduleExpiry(tenant, id, expires);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    private void fail(TenantId tenant, UUID id, String error) {
        writes.executeWithoutResult(s -> {
            Instant expires = clock.instant().plus(retention);
            exports.fail(tenant, id, error, expires);
            scheduleExpiry(tenant, id, expires);
        });
    }

    private void scheduleExpiry(TenantId tenant, UUID id, Instant at) {
        // By the task's name: the task bean is built from this runner, so it cannot be handed to it.
        TaskInstance<TenantExportTask.Export> instance = new TaskInstance<>(
                TenantExportTask.EXPIRY, id.toString(), new TenantExportTask.Export(tenant.value(), id));
        if (scheduler.getScheduledExecution(instance).isPresent()) {
            scheduler.reschedule(instance, at);
        } else {
            scheduler.schedule(instance, at);
        }
    }

    private static boolean interrupted(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof InterruptedException
                    || t instanceof InterruptedIOException
                    || t instanceof ClosedByInterruptException) {
                return true;
            }
        }
        return Thread.currentThread().isInterrupted();
    }

    /** Records progress when the phase changes and otherwise at most every {@value #PROGRESS_EVERY_MILLIS} ms. */
    private final class Throttled implements TenantArchive.Progress {

        private final TenantId tenant;
        private final UUID id;
        private String phase = "";
        private long last;
        private long done;
        private long total;

        Throttled(TenantId tenant, UUID id) {
            this.tenant = tenant;
            this.id = id;
        }

        @Override
        public void update(String phase, long done, long total) {
            this.done = done;
            this.total = total;
            long now = System.nanoTime();
            if (!phase.equals(this.phase) || (now - last) / 1_000_000 >= PROGRESS_EVERY_MILLIS) {
                this.phase = phase;
                this.last = now;
                exports.progress(tenant, id, phase, done, total);
            }
        }
    }
}
