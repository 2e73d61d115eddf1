package io.stackup.core.offboarding;

/**
 * No export with that id exists for the current tenant: another tenant's does not exist either, nor one deleted after
 * its retention period.
 */
public final class TenantExportNotFoundException extends RuntimeException {

    public TenantExportNotFoundException(String id) {
        super("No export " + id + ". Exports are kept for a limited time; start a new one.");
    }

    /** Reads an export id from a path; a text that is no id names no export. */
    public static java.util.UUID parse(String id) {
        try {
            return java.util.UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new TenantExportNotFoundException(id);
        }
    }
}
