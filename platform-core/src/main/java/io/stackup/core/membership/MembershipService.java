package io.stackup.core.membership;

import io.stackup.core.audit.AuditEntry;
import io.stackup.core.audit.AuditLog;
import io.stackup.core.lead.LeadAreaService;
import io.stackup.core.membership.repository.MembershipRepository;
import io.stackup.core.template.Problem;
import io.stackup.core.tenancy.Roles;
import io.stackup.core.tenancy.TenantContext;
import io.stackup.core.tenancy.TenantId;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The current tenant's members as its admins manage them: the database side of inviting, resending and revoking an
 * invitation, changing roles, deactivating and reactivating, and an expert's areas. Every change is recorded in the
 * audit log in its own transaction, with the values before and after.
 *
 * <p>A tenant always keeps an active admin who has joined: demoting or deactivating the last one is refused with
 * {@link MemberConflictException} ({@link MemberConflictException.Reason#LAST_ADMIN}). Each such change first locks the
 * rows of the tenant's active admins, so two admins demoting each other at once cannot both succeed: the second waits
 * for the first and then sees it.
 *
 * <p>Members of another tenant are not found ({@link MemberNotFoundException}), as ids that are none.
 */
@Service
@Transactional
@RolesAllowed(Roles.TENANT_ADMIN)
public class MembershipService {

    private final MembershipRepository repository;
    private final AuditLog audit;
    private final LeadAreaService leadAreas;

    MembershipService(MembershipRepository repository, AuditLog audit, LeadAreaService leadAreas) {
        this.repository = repository;
        this.audit = audit;
        this.leadAreas = leadAreas;
    }

    /** A page of the tenant's members, by name; {@code search} matches name or e-mail. */
    @Transactional(readOnly = true)
    public List<MemberEntry> find(String search, int offset, int limit) {
        return repository.find(tenant(), search, offset, limit);
    }

    @Transactional(readOnly = true)
    public int count(String search) {
        return repository.count(tenant(), search);
    }

    /** @throws MemberNotFoundException when the tenant has no such member */
    @Transactional(readOnly = true)
    public MemberEntry get(UUID id) {
        return entry(id);
    }

    /** The member with this e-mail address (compared ignoring case), if the tenant has one. */
    @Transactional(readOnly = true)
    public Optional<MemberEntry> findByEmail(String email) {
        return repository.findByEmail(tenant(), MemberInput.normalEmail(email));
    }

    /**
     * Makes the person a member of the tenant, active with these roles, by a pending invitation.
     *
     * @throws MemberValidationException for an address, name or roles that do not fit, or a person who is a member of
     *     the tenant already ({@code $.email}); nothing changes
     */
    public MemberEntry invite(NewMember member) {
        List<Problem> problems =
                new ArrayList<>(MemberInput.checkInvitation(member.email(), member.displayName(), member.roles()));
        String email = MemberInput.normalEmail(member.email());
        repository
                .findByUserOrEmail(tenant(), member.keycloakUserId(), email)
                .ifPresent(existing -> problems.add(new Problem("$.email", MemberInput.alreadyMember(existing))));
        if (!problems.isEmpty()) {
            throw new MemberValidationException(problems);
        }
        NewMember stored = new NewMember(
                member.keycloakUserId(), email, member.displayName(), member.roles(), member.createdUser());
        UUID id = repository.insertInvited(
                tenant(), stored, TenantContext.currentUser().orElse(AuditLog.SYSTEM));
        audit.record(AuditEntry.of("member.invited", "member", id, "Invited " + email + " as " + roles(member.roles()))
                .with("email", email)
                .with("name", member.displayName())
                .with("roles", roles(member.roles()))
                .with("new_account", member.createdUser()));
        return entry(id);
    }

    /**
     * Records that the member's pending invitation is sent again.
     *
     * @throws MemberConflictException ({@code NOT_PENDING}) when the member has joined or was deactivated
     */
    public PendingInvitation resent(UUID id) {
        MemberEntry entry = pending(id, "resend");
        repository.markResent(tenant(), id);
        audit.record(AuditEntry.of(
                        "member.invitation_resent",
                        "member",
                        id,
                        "Sent the invitation to " + entry.member().email() + " again")
                .with("email", entry.member().email()));
        return new PendingInvitation(entry.member(), repository.invitationCreatedUser(tenant(), id));
    }

    /**
     * Takes back a pending invitation: the member is removed from the tenant. The caller then removes the person from
     * the tenant's organization in the identity provider (and deletes a user the invitation created, if they belong
     * to no other).
     *
     * @throws MemberConflictException {@code NOT_PENDING} when the member has joined or was deactivated;
     *     {@code HAS_WORK} when work refers to them already (an interview given to them)
     */
    public PendingInvitation revoke(UUID id) {
        MemberEntry entry = pending(id, "revoke");
        boolean createdUser = repository.invitationCreatedUser(tenant(), id);
        try {
            repository.delete(tenant(), id);
        } catch (DataIntegrityViolationException referenced) {
            throw new MemberConflictException(
                    MemberConflictException.Reason.HAS_WORK,
                    entry.member().email() + " has work in this workspace already (an interview or a lead), so the"
                            + " invitation cannot be taken back. Deactivate them instead.");
        }
        audit.record(AuditEntry.of(
                        "member.invitation_revoked",
                        "member",
                        id,
                        "Revoked the invitation of " + entry.member().email())
                .with("email", entry.member().email())
                .with("roles", roles(entry.member().roles())));
        return new PendingInvitation(entry.member(), createdUser);
    }

    /**
     * Gives the member exactly these roles. Giving the roles they hold changes nothing and records nothing.
     *
     * @throws MemberValidationException ({@code $.roles}) for no role or an unknown one
     * @throws MemberConflictException ({@code LAST_ADMIN}) when it would take the role away from the tenant's last
     *     active admin
     */
    public MemberEntry changeRoles(UUID id, Set<String> roles) {
        List<Problem> problems = MemberInput.checkRoles(roles);
        if (!problems.isEmpty()) {
            throw new MemberValidationException(problems);
        }
        List<UUID> admins = repository.lockActiveAdmins(tenant());
        MemberEntry entry = entry(id);
        Set<String> before = entry.member().roles();
        if (before.equals(Set.copyOf(roles))) {
            return entry;
        }
        if (!roles.contains(Roles.TENANT_ADMIN)) {
            refuseLastAdmin(admins, entry, "take the tenant-admin role from");
        }
        repository.setRoles(tenant(), id, roles);
        audit.record(AuditEntry.of(
                        "member.roles_changed",
                        "member",
                        id,
                        "Changed the roles of " + entry.member().email() + " to " + roles(roles))
                .with("email", entry.member().email())
                .with("before", roles(before))
                .with("after", roles(roles)));
        return entry(id);
    }

    /**
     * Takes the member's access to the tenant away; their work stays. The caller ends their sessions. A member who is
     * inactive already stays so, and nothing is recorded.
     *
     * @throws MemberConflictException ({@code LAST_ADMIN}) for the tenant's last active admin
     */
    public MemberEntry deactivate(UUID id) {
        List<UUID> admins = repository.lockActiveAdmins(tenant());
        MemberEntry entry = entry(id);
        if (!entry.member().active()) {
            return entry;
        }
        refuseLastAdmin(admins, entry, "deactivate");
        repository.setActive(tenant(), id, false);
        audit.record(AuditEntry.of(
                        "member.deactivated",
                        "member",
                        id,
                        "Deactivated " + entry.member().email())
                .with("email", entry.member().email())
                .with("before", MemberStatus.ACTIVE.apiName())
                .with("after", MemberStatus.DEACTIVATED.apiName()));
        return entry(id);
    }

    /** Gives a deactivated member their access back, with the roles they had. An active member stays as they are. */
    public MemberEntry reactivate(UUID id) {
        MemberEntry entry = entry(id);
        if (entry.member().active()) {
            return entry;
        }
        repository.setActive(tenant(), id, true);
        audit.record(AuditEntry.of(
                        "member.reactivated",
                        "member",
                        id,
                        "Reactivated " + entry.member().email())
                .with("email", entry.member().email())
                .with("before", MemberStatus.DEACTIVATED.apiName())
                .with("after", MemberStatus.ACTIVE.apiName()));
        return entry(id);
    }

    /** The areas the member covers, in key order. */
    @Transactional(readOnly = true)
    public List<String> areas(UUID id) {
        entry(id);
        return leadAreas.coveredAreasOf(id);
    }

    /**
     * Makes {@code keys} the areas the member covers, all of them and only them (the leads queue puts the leads with a
     * gap in them first, and mails them); recorded when they change.
     *
     * @throws MemberValidationException ({@code $}) when the member is no expert
     * @throws io.stackup.core.lead.LeadValidationException naming each entry that is no area key ({@code $[i]})
     */
    public List<String> changeAreas(UUID id, List<String> keys) {
        MemberEntry entry = entry(id);
        if (!entry.member().roles().contains(Roles.EXPERT)) {
            throw new MemberValidationException(List.of(new Problem(
                    "$",
                    entry.member().displayName() + " is no expert: give them the expert role first, then their"
                            + " areas")));
        }
        List<String> before = leadAreas.coveredAreasOf(id);
        List<String> after = leadAreas.changeCoveredAreasOf(id, keys);
        if (!before.equals(after)) {
            audit.record(AuditEntry.of(
                            "member.areas_changed",
                            "member",
                            id,
                            "Changed the areas of " + entry.member().email())
                    .with("email", entry.member().email())
                    .with("before", String.join(", ", before))
                    .with("after", String.join(", ", after)));
        }
        return after;
    }

    private void refuseLastAdmin(List<UUID> lockedAdmins, MemberEntry entry, String what) {
        UUID id = entry.member().id();
        if (lockedAdmins.contains(id) && lockedAdmins.size() == 1) {
            boolean self = TenantContext.currentUser()
                    .map(entry.member().keycloakUserId()::equals)
                    .orElse(false);
            throw new MemberConflictException(
                    MemberConflictException.Reason.LAST_ADMIN,
                    (self ? "You are" : entry.member().displayName() + " is")
                            + " the last active admin of this workspace, so you cannot " + what + " "
                            + (self ? "yourself" : "them") + ". Make someone else admin first.");
        }
    }

    private MemberEntry pending(UUID id, String what) {
        MemberEntry entry = entry(id);
        if (!entry.pending()) {
            throw new MemberConflictException(
                    MemberConflictException.Reason.NOT_PENDING,
                    "There is no pending invitation of " + entry.member().email() + " to " + what + ": "
                            + (entry.status() == MemberStatus.DEACTIVATED
                                    ? "they are deactivated. Reactivate them instead."
                                    : "they have joined already. Change their roles or deactivate them instead."));
        }
        return entry;
    }

    private MemberEntry entry(UUID id) {
        return repository.get(tenant(), id).orElseThrow(() -> new MemberNotFoundException(id.toString()));
    }

    private static String roles(Set<String> roles) {
        return String.join(", ", new TreeSet<>(roles));
    }

    private static TenantId tenant() {
        return TenantContext.requireTenant();
    }
}
