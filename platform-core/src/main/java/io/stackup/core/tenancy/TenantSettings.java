package io.stackup.core.tenancy;

import io.stackup.core.tenancy.repository.TenantRepository;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A tenant's settings, as far as they exist: for now its time to pick up a qualified lead (after which the lead is
 * overdue and the tenant's admins are told), kept on the tenant row until a settings feature exists; a tenant that set
 * none has the platform's default, {@code stackup.leads.overdue-after} (3 days).
 */
@Service
@Transactional(readOnly = true)
public class TenantSettings {

    /** The longest time to pick up, in hours (a year); the database refuses more. */
    public static final int MAX_PICKUP_HOURS = 8760;

    private final TenantRepository tenants;
    private final Duration defaultPickup;

    TenantSettings(TenantRepository tenants, @Value("${stackup.leads.overdue-after:P3D}") Duration defaultPickup) {
        this.tenants = tenants;
        this.defaultPickup = defaultPickup;
    }

    /** The tenant's time to pick up a qualified lead; the platform's default when it set none. Any caller. */
    public Duration leadPickupTime(TenantId tenant) {
        return tenants.leadPickupHours(tenant).map(Duration::ofHours).orElse(defaultPickup);
    }

    /** The current tenant's own setting, in hours; {@code null} when it keeps the default. */
    @RolesAllowed(Roles.TENANT_ADMIN)
    public @Nullable Integer leadPickupHours() {
        return tenants.leadPickupHours(TenantContext.requireTenant()).orElse(null);
    }

    /**
     * Changes the current tenant's time to pick up.
     *
     * @param hours 1 to {@value #MAX_PICKUP_HOURS}; {@code null} returns to the platform's default
     * @throws IllegalArgumentException for hours out of range
     */
    @RolesAllowed(Roles.TENANT_ADMIN)
    @Transactional
    public void changeLeadPickupHours(@Nullable Integer hours) {
        if (hours != null && (hours < 1 || hours > MAX_PICKUP_HOURS)) {
            throw new IllegalArgumentException("The time to pick up is 1 to " + MAX_PICKUP_HOURS + " hours");
        }
        tenants.updateLeadPickupHours(TenantContext.requireTenant(), hours);
    }

    /** The active tenants, for background work that visits each. */
    public java.util.List<TenantId> activeTenants() {
        return tenants.activeIds();
    }
}
