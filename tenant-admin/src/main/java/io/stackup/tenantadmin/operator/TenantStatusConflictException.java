package io.stackup.tenantadmin.operator;

/** A suspension of a tenant that is suspended already, or a reactivation of one that is active; nothing changed. */
public final class TenantStatusConflictException extends RuntimeException {

    public TenantStatusConflictException(String message) {
        super(message);
    }
}
