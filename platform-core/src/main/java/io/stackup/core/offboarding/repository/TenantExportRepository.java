package io.stackup.core.offboarding.repository;

import io.stackup.core.offboarding.TenantExport;
import io.stackup.core.tenancy.TenantId;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rows of {@code tenant_export} and {@code tenant_export_chunk}. Written in plain SQL like the rest of offboarding's
 * reads; every statement names the tenant, and row-level security holds it to the bound one. An export past its
 * {@code expires_at} is never read.
 */
@Repository
public class TenantExportRepository {

    private static final String COLUMNS = """
            id, status, phase, items_done, items_total, file_name, size_bytes, error, requested_by, attempts,
            created_at, started_at, finished_at, expires_at""";

    private static final String LIVE = "(expires_at IS NULL OR expires_at > now())";

    private final DSLContext dsl;

    TenantExportRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void insert(TenantId tenant, UUID id, String fileName, String requestedBy) {
        dsl.execute(
                "INSERT INTO tenant_export (tenant_id, id, status, file_name, requested_by) VALUES ({0}, {1}, 'queued',"
                        + " {2}, {3})",
                DSL.val(tenant.value()), DSL.val(id), DSL.val(fileName), DSL.val(requestedBy));
    }

    public Optional<TenantExport> find(TenantId tenant, UUID id) {
        return dsl.resultQuery(
                        "SELECT " + COLUMNS + " FROM tenant_export WHERE tenant_id = {0} AND id = {1} AND " + LIVE,
                        DSL.val(tenant.value()),
                        DSL.val(id))
                .fetchOptional(TenantExportRepository::export);
    }

    public List<TenantExport> list(TenantId tenant, int offset, int limit) {
        return dsl.resultQuery(
                        "SELECT " + COLUMNS + " FROM tenant_export WHERE tenant_id = {0} AND " + LIVE
                                + " ORDER BY created_at DESC, id OFFSET {1} LIMIT {2}",
                        DSL.val(tenant.value()),
                        DSL.val(offset),
                        DSL.val(limit))
                .fetch(TenantExportRepository::export);
    }

    public int count(TenantId tenant) {
        Integer count = dsl.resultQuery(
                        "SELECT count(*)::int FROM tenant_export WHERE tenant_id = {0} AND " + LIVE,
                        DSL.val(tenant.value()))
                .fetchOne(0, Integer.class);
        return count == null ? 0 : count;
    }

    public Optional<TenantExport> active(TenantId tenant) {
        return dsl.resultQuery(
                        "SELECT " + COLUMNS + " FROM tenant_export WHERE tenant_id = {0} AND status IN ('queued',"
                                + " 'running') ORDER BY created_at DESC, id LIMIT 1",
                        DSL.val(tenant.value()))
                .fetchOptional(TenantExportRepository::export);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Integer> start(TenantId tenant, UUID id) {
        dsl.execute(
                "DELETE FROM tenant_export_chunk WHERE tenant_id = {0} AND export_id = {1}",
                DSL.val(tenant.value()), DSL.val(id));
        return dsl.resultQuery("""
                        UPDATE tenant_export SET status = 'running', phase = 'counting', items_done = 0,
                            items_total = 0, attempts = attempts + 1, started_at = clock_timestamp()
                        WHERE tenant_id = {0} AND id = {1} AND status IN ('queued', 'running')
                        RETURNING attempts""", DSL.val(tenant.value()), DSL.val(id)).fetchOptional(r -> r.get(0, Integer.class));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void progress(TenantId tenant, UUID id, String phase, long done, long total) {
        dsl.execute(
                "UPDATE tenant_export SET phase = {2}, items_done = {3}, items_total = {4} WHERE tenant_id = {0} AND"
                        + " id = {1} AND status = 'running'",
                DSL.val(tenant.value()),
                DSL.val(id),
                DSL.val(phase),
                DSL.val(Math.max(0, done)),
                DSL.val(Math.max(0, total)));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void addChunk(TenantId tenant, UUID id, int seq, byte[] data) {
        dsl.execute(
                "INSERT INTO tenant_export_chunk (tenant_id, export_id, seq, data) VALUES ({0}, {1}, {2}, {3})",
                DSL.val(tenant.value()), DSL.val(id), DSL.val(seq), DSL.val(data));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void finish(TenantId tenant, UUID id, long size, int chunks, Instant expiresAt) {
        dsl.execute(
                """
                UPDATE tenant_export SET status = 'done', phase = NULL, items_done = items_total, size_bytes = {2},
                    chunks = {3}, finished_at = clock_timestamp(), expires_at = {4}
                WHERE tenant_id = {0} AND id = {1}""",
                DSL.val(tenant.value()),
                DSL.val(id),
                DSL.val(size),
                DSL.val(chunks),
                DSL.val(expiresAt.atOffset(ZoneOffset.UTC)));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void fail(TenantId tenant, UUID id, String error, Instant expiresAt) {
        dsl.execute(
                "DELETE FROM tenant_export_chunk WHERE tenant_id = {0} AND export_id = {1}",
                DSL.val(tenant.value()), DSL.val(id));
        dsl.execute(
                """
                UPDATE tenant_export SET status = 'failed', size_bytes = NULL, chunks = NULL, error = {2},
                    finished_at = clock_timestamp(), expires_at = {3}
                WHERE tenant_id = {0} AND id = {1}""",
                DSL.val(tenant.value()),
                DSL.val(id),
                DSL.val(error.length() > 2000 ? error.substring(0, 2000) : error),
                DSL.val(expiresAt.atOffset(ZoneOffset.UTC)));
    }

    public Optional<byte[]> chunk(TenantId tenant, UUID id, int seq) {
        return dsl.resultQuery("""
                        SELECT c.data FROM tenant_export_chunk c
                        JOIN tenant_export e ON e.tenant_id = c.tenant_id AND e.id = c.export_id
                        WHERE c.tenant_id = {0} AND c.export_id = {1} AND c.seq = {2} AND e.status = 'done'
                          AND (e.expires_at IS NULL OR e.expires_at > now())""", DSL.val(tenant.value()), DSL.val(id), DSL.val(seq))
                .fetchOptional(r -> r.get(0, byte[].class));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public boolean delete(TenantId tenant, UUID id) {
        dsl.execute(
                "DELETE FROM tenant_export_chunk WHERE tenant_id = {0} AND export_id = {1}",
                DSL.val(tenant.value()), DSL.val(id));
        return dsl.execute(
                        "DELETE FROM tenant_export WHERE tenant_id = {0} AND id = {1}",
                        DSL.val(tenant.value()), DSL.val(id))
                == 1;
    }

    private static TenantExport export(Record r) {
        return new TenantExport(
                r.get("id", UUID.class),
                statusOf(r.get("status", String.class)),
                r.get("phase", String.class),
                r.get("items_done", Long.class),
                r.get("items_total", Long.class),
                r.get("file_name", String.class),
                r.get("size_bytes", Long.class),
                r.get("error", String.class),
                r.get("requested_by", String.class),
                r.get("attempts", Integer.class),
                instant(r.get("created_at", OffsetDateTime.class)),
                nullableInstant(r.get("started_at", OffsetDateTime.class)),
                nullableInstant(r.get("finished_at", OffsetDateTime.class)),
                nullableInstant(r.get("expires_at", OffsetDateTime.class)));
    }

    private static TenantExport.Status statusOf(String wire) {
        return TenantExport.Status.valueOf(wire.toUpperCase(java.util.Locale.ROOT));
    }

    private static Instant instant(@Nullable OffsetDateTime at) {
        if (at == null) {
            throw new IllegalStateException("created_at is NOT NULL");
        }
        return at.toInstant();
    }

    private static @Nullable Instant nullableInstant(@Nullable OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }
}
