/**
 * Tenants and their members. A tenant is a partner organisation; it maps one-to-one to a Keycloak organization.
 *
 * <p>{@link io.stackup.core.tenancy.TenantContext} carries the tenant of the running work; every transaction hands it
 * to PostgreSQL, whose row-level security then shows only that tenant's rows (docs/adr/0001-tenancy.md).
 */
@NullMarked
package io.stackup.core.tenancy;

import org.jspecify.annotations.NullMarked;
