package io.stackup.core.offboarding;

import io.stackup.core.offboarding.repository.TenantExportRepository;
import io.stackup.core.tenancy.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Background exports in the database: their rows (state and progress) and their archives, stored in chunks. For
 * tenant-admin's export service and its task, which check who asks and run the work; the tenant passed must be the
 * one bound (row-level security refuses any other). An export past its {@code expires_at} is not found, even before
 * the expiry task deleted it.
 */
@Service
@Transactional
public class TenantExports {

    /** The largest chunk of an archive kept in one row. */
    public static final int CHUNK_SIZE = 1024 * 1024;

    private final TenantExportRepository repository;

    TenantExports(TenantExportRepository repository) {
        this.repository = repository;
    }

    /** Records a queued export. */
    public TenantExport create(TenantId tenant, UUID id, String fileName, String requestedBy) {
        repository.insert(tenant, id, fileName, requestedBy);
        return repository.find(tenant, id).orElseThrow();
    }

    @Transactional(readOnly = true)
    public Optional<TenantExport> find(TenantId tenant, UUID id) {
        return repository.find(tenant, id);
    }

    /** The tenant's exports, newest first. */
    @Transactional(readOnly = true)
    public List<TenantExport> list(TenantId tenant, int offset, int limit) {
        return repository.list(tenant, offset, limit);
    }

    @Transactional(readOnly = true)
    public int count(TenantId tenant) {
        return repository.count(tenant);
    }

    /** The tenant's newest export still queued or running, if any. */
    @Transactional(readOnly = true)
    public Optional<TenantExport> active(TenantId tenant) {
        return repository.active(tenant);
    }

    /**
     * Starts a run: running from now, progress and any chunks of an earlier, interrupted run cleared, one more attempt
     * counted. Returns the attempts so far (1 for the first run); empty when the export is gone or finished.
     */
    public Optional<Integer> start(TenantId tenant, UUID id) {
        return repository.start(tenant, id);
    }

    /** The progress of a run, committed on its own (the run reads in a transaction of its own meanwhile). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void progress(TenantId tenant, UUID id, String phase, long done, long total) {
        repository.progress(tenant, id, phase, done, total);
    }

    /** Stores chunk {@code seq} of the archive (at most {@value #CHUNK_SIZE} bytes). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void addChunk(TenantId tenant, UUID id, int seq, byte[] data) {
        repository.addChunk(tenant, id, seq, data);
    }

    /** Marks the export done, its archive stored in {@code chunks} chunks of {@code size} bytes in all. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void finish(TenantId tenant, UUID id, long size, int chunks, Instant expiresAt) {
        repository.finish(tenant, id, size, chunks, expiresAt);
    }

    /** Marks the export failed with {@code error} (what happened and what to do); any stored chunks go. */
    public void fail(TenantId tenant, UUID id, String error, Instant expiresAt) {
        repository.fail(tenant, id, error, expiresAt);
    }

    /** Chunk {@code seq} of a done export's archive; empty past its end or for an export not found. */
    @Transactional(readOnly = true)
    public Optional<byte[]> chunk(TenantId tenant, UUID id, int seq) {
        return repository.chunk(tenant, id, seq);
    }

    /** Deletes the export and its archive (its retention period ended); false when it was gone already. */
    public boolean delete(TenantId tenant, UUID id) {
        return repository.delete(tenant, id);
    }
}
