/**
 * Managing the members of a tenant, as its admins do: invitations (pending until the member's first login), roles,
 * deactivation and reactivation, an expert's areas; every change recorded in the audit log in its own transaction.
 * The rule that a tenant keeps an active admin holds under concurrent changes: each change that could take the last one
 * away locks the tenant's active admins first. This package keeps the database side; the identity provider's side
 * (Keycloak users, organization membership, its mails, sessions) is done by tenant-admin, which calls
 * {@link io.stackup.core.membership.MembershipService}.
 *
 * <p>This package's API: {@code MembershipService}, {@code MemberEntry}, {@code MemberStatus}, {@code NewMember},
 * {@code MemberInput} and its exceptions.
 */
@NullMarked
package io.stackup.core.membership;

import org.jspecify.annotations.NullMarked;
