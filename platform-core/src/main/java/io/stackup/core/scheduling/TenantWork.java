package io.stackup.core.scheduling;

import io.stackup.core.tenancy.TenantId;
import java.util.UUID;

/** A task's data that works for one tenant: {@link TenantTasks} binds {@link #tenant()} before it runs the work. */
public interface TenantWork {

    /** The tenant the work is for; never null. */
    UUID tenant();

    default TenantId tenantId() {
        return new TenantId(tenant());
    }
}
