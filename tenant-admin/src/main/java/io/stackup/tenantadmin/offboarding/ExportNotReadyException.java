package io.stackup.tenantadmin.offboarding;

import io.stackup.core.offboarding.TenantExport;

/** The archive of an export that is not done (still queued or running, or failed) was asked for. */
public final class ExportNotReadyException extends RuntimeException {

    ExportNotReadyException(TenantExport export) {
        super(
                export.status() == TenantExport.Status.FAILED
                        ? "The export failed, so it has no archive: " + export.error()
                        : "The export is " + export.status().wire() + " (" + export.percent()
                                + " %); its archive can be downloaded once it is done.");
    }
}
