package io.stackup.tenantadmin.offboarding;

import io.stackup.core.offboarding.TenantData;
import io.stackup.core.tenancy.Tenant;
import io.stackup.core.tenancy.TenantContext;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * One tenant's export archive, written as a ZIP to a stream:
 *
 * <ul>
 *   <li>{@code tables/<table>.jsonl}: every row of the tenant in every tenant-owned table (every table with a
 *       {@code tenant_id} column, found in the catalog), one JSON object per line; jsonb as JSON, bytea as base64;
 *   <li>{@code templates/<key>/<version>-<status>.json}: each template version as its document (the template format's
 *       JSON export);
 *   <li>{@code results/<interview>.json}: each completed interview's result;
 *   <li>{@code manifest.json}, last: the format and its version, the tenant, when and by whom it was exported, and
 *       the row count of each table.
 * </ul>
 *
 * <p>All of it is read in one read-only REPEATABLE READ transaction (one snapshot), table by table with a cursor, and
 * written as it is read: the archive never sits in memory. Must be written where the tenant is bound.
 */
public final class TenantArchive {

    static final String FORMAT = "stackup-tenant-export";
    static final int FORMAT_VERSION = 1;

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final byte[] NEWLINE = {'\n'};

    private final Tenant tenant;
    private final String exportedBy;
    private final Instant exportedAt;
    private final String fileName;
    private final TenantData data;
    private final TransactionTemplate snapshot;

    TenantArchive(
            Tenant tenant,
            String exportedBy,
            Instant exportedAt,
            String fileName,
            TenantData data,
            TransactionTemplate snapshot) {
        this.tenant = tenant;
        this.exportedBy = exportedBy;
        this.exportedAt = exportedAt;
        this.fileName = fileName;
        this.data = data;
        this.snapshot = snapshot;
    }

    /** {@code stackup-<slug>-<yyyyMMdd-HHmmss>.zip}. */
    public String fileName() {
        return fileName;
    }

    /** Writes the archive to {@code out} and finishes the ZIP; {@code out} stays open. */
    public void writeTo(OutputStream out) throws IOException {
        writeTo(out, Progress.NONE);
    }

    /**
     * Writes the archive to {@code out} as {@link #writeTo(OutputStream)} does, telling {@code progress} how far it is:
     * first the items in all (each row, template and result is one item, counted in the same snapshot), then after each
     * item. The archive is the same as without progress.
     */
    public void writeTo(OutputStream out, Progress progress) throws IOException {
        if (!TenantContext.currentTenant().filter(tenant.id()::equals).isPresent()) {
            throw new IllegalStateException("The archive of " + tenant.slug() + " is written where it is bound");
        }
        ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(out, 64 * 1024), StandardCharsets.UTF_8);
        try {
            snapshot.executeWithoutResult(status -> write(zip, progress));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        zip.finish();
        zip.flush();
    }

    private void write(ZipOutputStream zip, Progress progress) {
        try {
            List<String> tables = data.tables();
            long[] done = {0};
            long total = 0;
            if (progress != Progress.NONE) {
                progress.update(Progress.COUNTING, 0, 0);
                for (String table : tables) {
                    total += data.count(table);
                }
                total += data.documents();
            }
            long all = total;
            Map<String, Long> counts = new LinkedHashMap<>();
            progress.update(Progress.TABLES, 0, all);
            for (String table : tables) {
                zip.putNextEntry(new ZipEntry("tables/" + table + ".jsonl"));
                long rows = data.rows(table, line -> {
                    try {
                        zip.write(line.getBytes(StandardCharsets.UTF_8));
                        zip.write(NEWLINE);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    progress.update(Progress.TABLES, ++done[0], all);
                });
                zip.closeEntry();
                counts.put(table, rows);
            }
            long[] templates = {0};
            progress.update(Progress.TEMPLATES, done[0], all);
            data.templates((name, json) -> {
                entry(zip, "templates/" + name + ".json", json);
                templates[0]++;
                progress.update(Progress.TEMPLATES, ++done[0], all);
            });
            long[] results = {0};
            progress.update(Progress.RESULTS, done[0], all);
            data.results((interview, json) -> {
                entry(zip, "results/" + interview + ".json", json);
                results[0]++;
                progress.update(Progress.RESULTS, ++done[0], all);
            });
            entry(zip, "manifest.json", manifest(counts, templates[0], results[0]));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Told how far the writing is: the phase ({@link #COUNTING}, {@link #TABLES}, {@link #TEMPLATES},
     * {@link #RESULTS}), the items written and the items in all (0 while counting). Called on the writing thread, inside
     * the snapshot's transaction, after every item: an implementation keeps it cheap.
     */
    @FunctionalInterface
    public interface Progress {

        String COUNTING = "counting";
        String TABLES = "tables";
        String TEMPLATES = "templates";
        String RESULTS = "results";

        /** No one listens; the archive is written without counting first. */
        Progress NONE = (phase, done, total) -> {};

        void update(String phase, long done, long total);
    }

    private String manifest(Map<String, Long> counts, long templates, long results) {
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("format", FORMAT);
        manifest.put("formatVersion", FORMAT_VERSION);
        manifest.put("tenant", Map.of("id", tenant.id().toString(), "slug", tenant.slug(), "name", tenant.name()));
        manifest.put("exportedAt", exportedAt.toString());
        manifest.put("exportedBy", exportedBy);
        manifest.put("tables", counts);
        manifest.put("templates", templates);
        manifest.put("results", results);
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(manifest);
    }

    private static void entry(ZipOutputStream zip, String name, String content) {
        try {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
