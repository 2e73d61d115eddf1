package io.stackup.tenantadmin.operator;

/** No tenant has this id. */
public final class TenantNotFoundException extends RuntimeException {

    public TenantNotFoundException() {
        super("No such tenant");
    }
}
