/**
 * Offboarding's data: a tenant's rows read out for its export archive ({@link io.stackup.core.offboarding.TenantData}),
 * background exports with their progress and stored archives ({@link io.stackup.core.offboarding.TenantExports}), and
 * its deletion, requested, cancelled and finally purged ({@link io.stackup.core.offboarding.TenantDeletions}).
 * Both work generically over the schema: the tenant-owned tables are the ones with a {@code tenant_id} column, found in
 * PostgreSQL's catalog at each run, so a table added later is exported and purged without a change here. The services
 * that decide who may do this, and Keycloak's side, live in tenant-admin ({@code io.stackup.tenantadmin.offboarding}).
 */
@NullMarked
package io.stackup.core.offboarding;

import org.jspecify.annotations.NullMarked;
