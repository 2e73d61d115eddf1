package io.stackup.core.tenancy;

/** Whether a tenant's members may work. A suspended tenant's members see a page saying so, and nothing else. */
public enum TenantStatus {
    ACTIVE,
    SUSPENDED;

    public String dbValue() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static TenantStatus fromDb(String value) {
        return valueOf(value.toUpperCase(java.util.Locale.ROOT));
    }
}
