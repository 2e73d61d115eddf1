/**
 * A tenant's admins manage its members: invite by e-mail with roles (a person unknown to the identity provider gets a
 * user there and its mail to choose a password; a known one is added to the tenant's organization and gets Stackup's
 * mail), resend and revoke pending invitations, change roles, deactivate (their sessions end) and reactivate, set an
 * expert's areas. {@link io.stackup.tenantadmin.members.MemberAdministration} does the identity provider's side
 * through {@link io.stackup.tenantadmin.identity.IdentityAdmin} and the database's through
 * {@link io.stackup.core.membership.MembershipService}, which audits each change and keeps the last admin.
 */
@NullMarked
package io.stackup.tenantadmin.members;

import org.jspecify.annotations.NullMarked;
