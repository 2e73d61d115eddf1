package io.stackup.core.membership;

import io.stackup.core.tenancy.Member;

/**
 * An invitation still pending, as resending or revoking it found it.
 *
 * @param member the invited member, as it was before the change
 * @param createdUser whether the invitation created the person's user in the identity provider
 */
public record PendingInvitation(Member member, boolean createdUser) {}
