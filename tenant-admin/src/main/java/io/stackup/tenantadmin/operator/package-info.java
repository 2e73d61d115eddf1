/**
 * The platform operators' features: every tenant with its status and use (members, interviews, last activity:
 * counts only, docs/adr/0015-operator-aggregates.md), suspending a tenant with a reason its members are shown, and
 * reactivating it. Each status change is recorded in that tenant's audit log, by the operator, in the transaction of
 * the change. Operators belong to no tenant, so nothing here reads a tenant's interviews, prospects or leads. This
 * package's API: {@link io.stackup.tenantadmin.operator.TenantOperations} and its records and exceptions.
 */
@NullMarked
package io.stackup.tenantadmin.operator;

import org.jspecify.annotations.NullMarked;
