package io.stackup.tenantadmin.offboarding;

import io.stackup.core.offboarding.TenantExport;
import io.stackup.core.offboarding.TenantExports;
import io.stackup.core.tenancy.TenantContext;
import io.stackup.core.tenancy.TenantId;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;
import java.util.Optional;

/**
 * A done background export's archive as stored: written to a stream one chunk (at most 1 MiB) at a time, each read in
 * a short transaction of its own, so neither the server nor a transaction holds it whole while the client downloads.
 * Must be written where its tenant is bound.
 */
public final class StoredArchive {

    private final TenantId tenant;
    private final TenantExport export;
    private final TenantExports exports;

    StoredArchive(TenantId tenant, TenantExport export, TenantExports exports) {
        this.tenant = tenant;
        this.export = export;
        this.exports = exports;
    }

    /** {@code stackup-<slug>-<yyyyMMdd-HHmmss>.zip}, stamped when the export was started. */
    public String fileName() {
        return export.fileName();
    }

    /** The archive's size in bytes. */
    public long size() {
        return Objects.requireNonNull(export.sizeBytes(), "a done export has a size");
    }

    /**
     * Writes the archive to {@code out}; {@code out} stays open.
     *
     * @throws IOException also when the export expired while it was written (its chunks are gone)
     */
    public void writeTo(OutputStream out) throws IOException {
        if (!TenantContext.currentTenant().filter(tenant::equals).isPresent()) {
            throw new IllegalStateException("An export's archive is written where its tenant is bound");
        }
        long written = 0;
        for (int seq = 0; written < size(); seq++) {
            Optional<byte[]> chunk = exports.chunk(tenant, export.id(), seq);
            if (chunk.isEmpty()) {
                throw new IOException("The archive of export " + export.id() + " is gone (expired)");
            }
            out.write(chunk.get());
            written += chunk.get().length;
        }
        out.flush();
    }
}
