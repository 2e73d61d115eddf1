package io.stackup.tenantadmin.identity;

import org.jspecify.annotations.Nullable;

/** A call to the identity provider that failed; the message says what was asked and what the provider answered. */
public final class IdentityAdminException extends RuntimeException {

    private final int status;

    public IdentityAdminException(String message, int status, @Nullable Throwable cause) {
        super(message, cause);
        this.status = status;
    }

    /** The HTTP status the provider answered, or -1 if there was no answer (or none over HTTP). */
    public int status() {
        return status;
    }
}
