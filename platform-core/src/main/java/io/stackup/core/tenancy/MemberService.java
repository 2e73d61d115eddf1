package io.stackup.core.tenancy;

import io.stackup.core.tenancy.repository.MemberRepository;
import io.stackup.core.tenancy.repository.TenantMemberRepository;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Members of the tenant bound to the running work ({@link TenantContext}). */
@Service
@Transactional
public class MemberService {

    private final MemberRepository members;
    private final TenantMemberRepository tenantMembers;
    private final ApplicationEventPublisher events;

    MemberService(MemberRepository members, TenantMemberRepository tenantMembers, ApplicationEventPublisher events) {
        this.members = members;
        this.tenantMembers = tenantMembers;
        this.events = events;
    }

    /**
     * Records a login of the current user into the current tenant: keeps the e-mail address, name and last login of
     * their member row in step with Keycloak. The login's roles are ignored: a login never creates a member nor gives
     * or takes a role (docs/adr/0014-roles-per-tenant.md); whoever adds a person to a tenant writes their roles.
     *
     * <p>The member's first login publishes {@link MemberJoined} in this transaction.
     *
     * @return the member; empty when the person has no member row in this tenant, i.e. no access to it
     */
    public Optional<Member> recordLogin(MemberLogin login) {
        TenantId tenant = TenantContext.requireTenant();
        boolean first = members.findByKeycloakUser(tenant, login.keycloakUserId())
                .map(m -> m.lastLoginAt() == null)
                .orElse(false);
        Optional<Member> member = members.recordLogin(tenant, login);
        if (first) {
            member.ifPresent(m -> events.publishEvent(new MemberJoined(m)));
        }
        return member;
    }

    /**
     * Makes sure a person is a member of the current tenant before their first login (provisioning, demo data): creates
     * the member with these roles when absent, and leaves an existing member as it is. Their first login then keeps
     * the member in step with Keycloak.
     */
    public Member ensureMember(MemberLogin login) {
        return members.ensure(TenantContext.requireTenant(), login);
    }

    /** The member of the current tenant with this e-mail address (case-insensitive), if any. */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.INTERVIEWER, Roles.EXPERT})
    @Transactional(readOnly = true)
    public Optional<Member> findByEmail(String email) {
        return members.findByEmail(TenantContext.requireTenant(), email);
    }

    /**
     * A page of the active members who may be given interviews (role interviewer), by name; {@code search} matches
     * name or e-mail: what an admin picks from when assigning.
     */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.INTERVIEWER})
    @Transactional(readOnly = true)
    public List<Member> findInterviewers(String search, int offset, int limit) {
        return members.findActiveWithRole(TenantContext.requireTenant(), Roles.INTERVIEWER, search, offset, limit);
    }

    /**
     * A page of the active members who may hold leads (role expert), by name; {@code search} matches name or e-mail:
     * what an admin picks from when reassigning a lead.
     */
    @RolesAllowed(Roles.TENANT_ADMIN)
    @Transactional(readOnly = true)
    public List<Member> findExperts(String search, int offset, int limit) {
        return members.findActiveWithRole(TenantContext.requireTenant(), Roles.EXPERT, search, offset, limit);
    }

    /**
     * The current user's member of the current tenant, if they have one: one indexed read (the unique key
     * {@code (tenant_id, keycloak_user_id)}). The UI reads it on every request to authorize with this member's roles
     * (docs/adr/0014-roles-per-tenant.md); it needs no role, since it decides the roles. One statement that hands the
     * tenant to row-level security itself ({@link TenantMemberRepository#findMember}), so it opens no transaction of
     * its own; it joins a running one.
     */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public Optional<Member> current() {
        return TenantContext.currentUser()
                .flatMap(user -> tenantMembers.findMember(TenantContext.requireTenant(), user));
    }

    /**
     * How to name a member of the current tenant to other people: "Display Name (email)", or the Keycloak id itself
     * when no member of the tenant has it (e.g. {@code system}).
     */
    @Transactional(readOnly = true)
    public String describe(String keycloakUserId) {
        return members.findByKeycloakUser(TenantContext.requireTenant(), keycloakUserId)
                .map(m -> m.displayName() + " (" + m.email() + ")")
                .orElse(keycloakUserId);
    }

    /** A page of the current tenant's members, ordered by name. */
    @RolesAllowed(Roles.TENANT_ADMIN)
    @Transactional(readOnly = true)
    public List<Member> find(String search, int offset, int limit) {
        return members.find(TenantContext.requireTenant(), search, offset, limit);
    }

    @RolesAllowed(Roles.TENANT_ADMIN)
    @Transactional(readOnly = true)
    public int count(String search) {
        return members.count(TenantContext.requireTenant(), search);
    }
}
