package io.stackup.core.membership;

import io.stackup.core.audit.AuditEntry;
import io.stackup.core.audit.AuditLog;
import io.stackup.core.membership.repository.MembershipRepository;
import io.stackup.core.tenancy.Member;
import io.stackup.core.tenancy.MemberJoined;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * An invited member's first sign-in accepts the invitation: recorded as {@code member.joined} in the tenant's audit
 * log, in the transaction of the login (the event's), by the member themselves. A member who did not come by an
 * invitation (the admin who signed the tenant up, provisioned demo people) joins without a record.
 */
@Component
class InvitationAcceptance {

    private final MembershipRepository repository;
    private final AuditLog audit;

    InvitationAcceptance(MembershipRepository repository, AuditLog audit) {
        this.repository = repository;
        this.audit = audit;
    }

    @EventListener
    void joined(MemberJoined event) {
        Member member = event.member();
        if (!repository.wasInvited(member.tenantId(), member.id())) {
            return;
        }
        audit.record(AuditEntry.of(
                        "member.joined",
                        "member",
                        member.id(),
                        member.email() + " accepted the invitation and joined as " + roles(member.roles()))
                .with("email", member.email())
                .with("roles", roles(member.roles())));
    }

    private static String roles(Set<String> roles) {
        return String.join(", ", new TreeSet<>(roles));
    }
}
