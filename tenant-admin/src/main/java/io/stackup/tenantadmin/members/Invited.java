package io.stackup.tenantadmin.members;

import io.stackup.core.membership.MemberEntry;

/**
 * The outcome of an invitation.
 *
 * @param member the new member, pending until their first login
 * @param newAccount whether they had no account yet: the identity provider mailed them the link to choose a password;
 *     otherwise Stackup mailed them that they were added
 * @param mailSent false when the identity provider could not send its mail now: the invitation stands, resend it
 */
public record Invited(MemberEntry member, boolean newAccount, boolean mailSent) {}
