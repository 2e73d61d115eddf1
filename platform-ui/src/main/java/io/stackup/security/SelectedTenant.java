package io.stackup.security;

import io.stackup.core.tenancy.Tenant;
import io.stackup.core.tenancy.TenantId;
import java.io.Serializable;

/** The tenant a UI user chose to work in, bound to their HTTP session. */
public record SelectedTenant(TenantId id, String slug, String name) implements Serializable {

    static SelectedTenant of(Tenant tenant) {
        return new SelectedTenant(tenant.id(), tenant.slug(), tenant.name());
    }
}
