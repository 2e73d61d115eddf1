package io.stackup.core.tenancy;

import io.stackup.core.tenancy.repository.MemberRepository;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Members of the tenant bound to the running work ({@link TenantContext}). */
@Service
@Transactional
public class MemberService {

    private final MemberRepository members;

    MemberService(MemberRepository members) {
        this.members = members;
    }

    /**
     * Records a login of the current user into the current tenant: creates the member on their first login and keeps
     * email, name and roles in step with Keycloak afterwards.
     */
    public Member recordLogin(MemberLogin login) {
        return members.recordLogin(TenantContext.requireTenant(), login);
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
    @RolesAllowed("tenant-admin")
    @Transactional(readOnly = true)
    public List<Member> find(String search, int offset, int limit) {
        return members.find(TenantContext.requireTenant(), search, offset, limit);
    }

    @RolesAllowed("tenant-admin")
    @Transactional(readOnly = true)
    public int count(String search) {
        return members.count(TenantContext.requireTenant(), search);
    }
}
