/**
 * Offboarding: a tenant admin exports all of the tenant's data as one ZIP archive ({@link
 * io.stackup.tenantadmin.offboarding.TenantExportService}), in the background as durable scheduled work that records
 * its progress and stores the archive for a retention period (or, for the synchronous API call, at once), and requests the tenant's deletion, which runs as durable
 * scheduled work after a grace period during which the admin may cancel it ({@link
 * io.stackup.tenantadmin.offboarding.TenantDeletionService}). The deletion removes every row of the tenant (through the
 * database's {@code stackup_purge_tenant}), its Keycloak organization and the users who belong to no other
 * organization. The archive's format and the deletion's steps are in docs/spec/api.md, "Offboarding".
 */
@NullMarked
package io.stackup.tenantadmin.offboarding;

import org.jspecify.annotations.NullMarked;
