package io.stackup.core.tenancy;

/**
 * Whether a tenant's members may work. A suspended tenant's members see a page saying so, and nothing else. A pending
 * tenant was signed up by a stranger whose e-mail address is not verified yet: nobody works in it until it is.
 */
public enum TenantStatus {
    PENDING,
    ACTIVE,
    SUSPENDED;

    public String dbValue() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static TenantStatus fromDb(String value) {
        return valueOf(value.toUpperCase(java.util.Locale.ROOT));
    }
}
