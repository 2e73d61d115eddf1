package io.stackup.core.membership;

import io.stackup.core.tenancy.Member;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A member as the admins' list shows it: the member, where they stand, and when they were invited (null for members
 * who came without an invitation, e.g. provisioned ones).
 */
public record MemberEntry(
        Member member, MemberStatus status, @Nullable Instant invitedAt) {

    public boolean pending() {
        return status == MemberStatus.INVITED;
    }
}
