/**
 * Tenant administration: what happens to tenants and people outside a tenant's own work. No UI; the application module
 * shows it.
 *
 * <p>Features, one package each:
 *
 * <ul>
 *   <li>{@code identity}: the identity provider's realm (organizations, users, realm roles, memberships) behind
 *       {@link io.stackup.tenantadmin.identity.IdentityAdmin}, done on Keycloak.
 *   <li>{@code members}: a tenant's admins manage its members (invitations, roles, deactivation, an expert's areas),
 *       on the identity provider and in the database together
 *       ({@link io.stackup.tenantadmin.members.MemberAdministration}).
 *   <li>{@code demo}: the local stack's demo tenants and users (profile {@code demo} only).
 *   <li>{@code offboarding}: a tenant's export archive and its deletion (after a grace period, as scheduled work).
 *   <li>{@code operator}: the platform operators' features: every tenant with its use (counts only), suspending and
 *       reactivating a tenant.
 * </ul>
 *
 * <p>Still to come here, each as its own feature package when it is built: sign-up (a partner creates a tenant and
 * its first admin), provisioning (the tenant row, its organization and its admin, together or not at all). They will reach the identity provider only
 * through {@code IdentityAdmin}.
 */
@NullMarked
package io.stackup.tenantadmin;

import org.jspecify.annotations.NullMarked;
