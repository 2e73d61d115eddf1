package io.stackup.tenantadmin.members;

import io.stackup.core.membership.MemberEntry;
import io.stackup.core.membership.MemberInput;
import io.stackup.core.membership.MemberValidationException;
import io.stackup.core.membership.MembershipService;
import io.stackup.core.membership.NewMember;
import io.stackup.core.membership.PendingInvitation;
import io.stackup.core.notification.MailOutbox;
import io.stackup.core.template.Problem;
import io.stackup.core.tenancy.Member;
import io.stackup.core.tenancy.Roles;
import io.stackup.core.tenancy.Tenant;
import io.stackup.core.tenancy.TenantContext;
import io.stackup.core.tenancy.TenantDirectory;
import io.stackup.tenantadmin.identity.IdentityAdmin;
import io.stackup.tenantadmin.identity.IdentityAdminException;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The current tenant's admins manage its members here, on both sides: the identity provider (through
 * {@link IdentityAdmin}: users, the tenant's organization, its mails, sessions) and Stackup's database (through
 * {@link MembershipService}, which records each change in the audit log and keeps the tenant's last active admin).
 *
 * <p>Order and failures: an invitation asks the identity provider first (find or create the user, add them to the
 * organization), then stores the member in one transaction, and takes back what it did in the identity provider if
 * that transaction fails; the identity provider's own mail goes out after the commit, so no mail tells of an invitation
 * that was not stored. Revoking and deactivating change the database first; the identity provider follows (a person
 * left in the organization without an active member row has no access to the tenant).
 *
 * <p>Members of another tenant are not found, as ids that are none.
 */
@Service
@RolesAllowed(Roles.TENANT_ADMIN)
public class MemberAdministration {

    /** How long the identity provider's link to choose a password holds. */
    public static final Duration INVITATION_LIFESPAN = Duration.ofDays(7);

    private static final Logger log = LoggerFactory.getLogger(MemberAdministration.class);

    private final IdentityAdmin identity;
    private final MembershipService memberships;
    private final MailOutbox mails;
    private final TenantDirectory tenants;
    private final TransactionTemplate tx;
    private final String publicUrl;
    private final String webClient;

    MemberAdministration(
            IdentityAdmin identity,
            MembershipService memberships,
            MailOutbox mails,
            TenantDirectory tenants,
            TransactionTemplate tx,
            @Value("${stackup.public-url:http://localhost:8080}") String publicUrl,
            @Value("${spring.security.oauth2.client.registration.keycloak.client-id:stackup-web}") String webClient) {
        this.identity = identity;
        this.memberships = memberships;
        this.mails = mails;
        this.tenants = tenants;
        this.tx = tx;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl : publicUrl + "/";
        this.webClient = webClient;
    }

    /** A page of the tenant's members, by name; {@code search} matches name or e-mail. */
    public List<MemberEntry> find(String search, int offset, int limit) {
        return memberships.find(search, offset, limit);
    }

    public int count(String search) {
        return memberships.count(search);
    }

    /** @throws io.stackup.core.membership.MemberNotFoundException when the tenant has no such member */
    public MemberEntry get(UUID id) {
        return memberships.get(id);
    }

    /**
     * Invites a person into the tenant with these roles. Someone the identity provider does not know gets a user there
     * (username and e-mail the address, e-mail not verified, to choose a password and verify the address) and its mail
     * with the link, which leads back to Stackup; someone it knows (a member of another tenant) is added to the
     * tenant's organization and gets Stackup's mail saying so. The member is active with these roles at once, shown
     * as invited until their first login.
     *
     * @throws MemberValidationException naming {@code $.email}, {@code $.name} or {@code $.roles}: an address that is
     *     none or too long, a name too long, no role or an unknown one, a person who is a member already; nothing
     *     changes
     * @throws IdentityAdminException when the identity provider fails; what was done there is taken back
     */
    public Invited invite(Invitation invitation) {
        List<Problem> problems =
                new ArrayList<>(MemberInput.checkInvitation(invitation.email(), invitation.name(), invitation.roles()));
        String given = invitation.email();
        if (given != null && problems.stream().noneMatch(p -> p.path().equals("$.email"))) {
            memberships
                    .findByEmail(given)
                    .ifPresent(
                            existing -> problems.addFirst(new Problem("$.email", MemberInput.alreadyMember(existing))));
        }
        if (!problems.isEmpty()) {
            throw new MemberValidationException(problems);
        }
        String email = MemberInput.normalEmail(Objects.requireNonNull(invitation.email()));
        Set<String> roles = Set.copyOf(Objects.requireNonNull(invitation.roles()));
        String name = MemberInput.displayName(invitation.name(), email);
        Tenant tenant = tenant();
        Optional<String> known = identity.findUserIdByEmail(email);
        boolean created = known.isEmpty();
        String userId = known.orElseGet(() -> identity.createInvitedUser(email, firstName(name), lastName(name)));
        boolean wasInOrganization = !created && identity.isOrganizationMember(tenant.keycloakOrganizationId(), userId);
        MemberEntry member;
        try {
            identity.addOrganizationMember(tenant.keycloakOrganizationId(), userId);
            member = Objects.requireNonNull(tx.execute(status -> {
                MemberEntry invited = memberships.invite(new NewMember(userId, email, name, roles, created));
                if (!created) {
                    mails.enqueue(
                            "member-added:" + invited.member().id() + ":"
                                    + Instant.now().toEpochMilli(),
                            List.of(email),
                            "You were added to " + tenant.name() + " on Stackup",
                            addedMail(name, tenant, roles));
                }
                return invited;
            }));
        } catch (RuntimeException failed) {
            undoInvitation(tenant, userId, created, wasInOrganization, failed);
            throw failed;
        }
        boolean sent = !created || sendActionsMail(userId);
        return new Invited(member, created, sent);
    }

    /**
     * Sends a pending invitation again: the identity provider's mail with a new link for a person it created for the
     * invitation, else Stackup's mail that they were added.
     *
     * @return whether the mail could be sent now (Stackup's own mail is queued, so true)
     * @throws io.stackup.core.membership.MemberConflictException when the invitation is not pending
     */
    public boolean resend(UUID id) {
        Tenant tenant = tenant();
        PendingInvitation invitation = Objects.requireNonNull(tx.execute(status -> {
            PendingInvitation pending = memberships.resent(id);
            if (!pending.createdUser()) {
                Member member = pending.member();
                mails.enqueue(
                        "member-added:" + member.id() + ":" + Instant.now().toEpochMilli(),
                        List.of(member.email()),
                        "You were added to " + tenant.name() + " on Stackup",
                        addedMail(member.displayName(), tenant, member.roles()));
            }
            return pending;
        }));
        return !invitation.createdUser() || sendActionsMail(invitation.member().keycloakUserId());
    }

    /**
     * Takes back a pending invitation: the member is gone from the tenant and its organization; a user the invitation
     * created who now belongs to no organization is deleted from the identity provider.
     *
     * @throws io.stackup.core.membership.MemberConflictException when the invitation is not pending, or work refers to
     *     the member already
     */
    public void revoke(UUID id) {
        Tenant tenant = tenant();
        PendingInvitation revoked = memberships.revoke(id);
        String userId = revoked.member().keycloakUserId();
        identity.removeOrganizationMember(tenant.keycloakOrganizationId(), userId);
        if (revoked.createdUser() && identity.organizationsOf(userId).isEmpty()) {
            identity.deleteUser(userId);
        }
    }

    /**
     * Gives the member exactly these roles.
     *
     * @throws MemberValidationException ({@code $.roles}) for no role or an unknown one
     * @throws io.stackup.core.membership.MemberConflictException when it would demote the last active admin
     */
    public MemberEntry changeRoles(UUID id, @Nullable Set<String> roles) {
        List<Problem> problems = MemberInput.checkRoles(roles);
        if (!problems.isEmpty()) {
            throw new MemberValidationException(problems);
        }
        return memberships.changeRoles(id, Objects.requireNonNull(roles));
    }

    /**
     * Takes the member's access to the tenant away and ends their sessions in the identity provider (in every tenant:
     * a session is the person's, not the tenant's; they log in again to work elsewhere). Their work stays.
     *
     * @throws io.stackup.core.membership.MemberConflictException for the last active admin
     */
    public MemberEntry deactivate(UUID id) {
        MemberEntry member = memberships.deactivate(id);
        identity.endSessions(member.member().keycloakUserId());
        return member;
    }

    /** Gives a deactivated member their access back, with the roles they had. */
    public MemberEntry reactivate(UUID id) {
        return memberships.reactivate(id);
    }

    /** The areas the member covers, in key order. */
    public List<String> areas(UUID id) {
        return memberships.areas(id);
    }

    /**
     * Makes {@code keys} the areas the expert covers.
     *
     * @throws MemberValidationException when the member is no expert
     * @throws io.stackup.core.lead.LeadValidationException naming each entry that is no area key
     */
    public List<String> changeAreas(UUID id, List<String> keys) {
        return memberships.changeAreas(id, keys);
    }

    private boolean sendActionsMail(String userId) {
        try {
            identity.sendRequiredActionsMail(userId, webClient, publicUrl, INVITATION_LIFESPAN);
            return true;
        } catch (IdentityAdminException e) {
            log.warn("The identity provider could not send the invitation mail to user {}: {}", userId, e.getMessage());
            return false;
        }
    }

    private void undoInvitation(
            Tenant tenant, String userId, boolean created, boolean wasInOrganization, RuntimeException failure) {
        try {
            if (created) {
                identity.deleteUser(userId);
            } else if (!wasInOrganization) {
                identity.removeOrganizationMember(tenant.keycloakOrganizationId(), userId);
            }
        } catch (RuntimeException undo) {
            failure.addSuppressed(undo);
            log.error("Could not take back the invitation of user {} in the identity provider", userId, undo);
        }
    }

    private String addedMail(String name, Tenant tenant, Set<String> roles) {
        return "Hello " + name + ",\n\n"
                + "You were added to the workspace " + tenant.name() + " on Stackup, as "
                + String.join(", ", new TreeSet<>(roles)) + ".\n\n"
                + "Sign in with the account you already have: " + publicUrl + "\n"
                + "If you work in several workspaces, Stackup asks which one after you sign in.\n\n"
                + "Stackup\n";
    }

    private Tenant tenant() {
        return tenants.findById(TenantContext.requireTenant())
                .orElseThrow(() -> new IllegalStateException("The bound tenant is not registered"));
    }

    private static String firstName(String name) {
        int space = name.indexOf(' ');
        return space < 0 ? name : name.substring(0, space);
    }

    private static String lastName(String name) {
        int space = name.indexOf(' ');
        return space < 0 ? "" : name.substring(space + 1).strip();
    }
}
