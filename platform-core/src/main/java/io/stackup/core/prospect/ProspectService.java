package io.stackup.core.prospect;

import io.stackup.core.prospect.repository.ProspectRepository;
import io.stackup.core.tenancy.MemberService;
import io.stackup.core.tenancy.Roles;
import io.stackup.core.tenancy.TenantContext;
import io.stackup.core.tenancy.TenantId;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Prospects of the current tenant: create, change, find. The one door for the UI and the API alike. Errors:
 * {@link ProspectValidationException}, {@link ProspectNotFoundException}, {@link ProspectConflictException}. Never
 * returns null.
 */
@Service
@Transactional
public class ProspectService {

    private final ProspectRepository prospects;
    private final MemberService members;

    ProspectService(ProspectRepository prospects, MemberService members) {
        this.prospects = prospects;
        this.members = members;
    }

    /**
     * Creates a prospect; its fields are checked as {@link ProspectDraft#checked()} says. The self-assessment role is
     * the interview feature recording a public self-assessment ({@link Roles#SELF_ASSESSMENT}).
     */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.INTERVIEWER, Roles.SELF_ASSESSMENT})
    public Prospect create(ProspectDraft draft) {
        TenantId tenant = TenantContext.requireTenant();
        ProspectId id = prospects.insert(tenant, draft.checked(), user());
        return require(tenant, id);
    }

    /**
     * Saves changed fields if nobody saved the prospect since the caller read {@code expectedLockVersion}.
     *
     * @throws ProspectConflictException naming who saved it meanwhile: the caller should reload
     */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.INTERVIEWER})
    public Prospect update(ProspectId id, int expectedLockVersion, ProspectDraft draft) {
        TenantId tenant = TenantContext.requireTenant();
        ProspectDraft checked = draft.checked();
        require(tenant, id);
        if (!prospects.update(tenant, id, expectedLockVersion, checked, user())) {
            Prospect now = require(tenant, id);
            throw new ProspectConflictException(members.describe(now.updatedBy()), now.updatedAt());
        }
        return require(tenant, id);
    }

    @RolesAllowed({Roles.TENANT_ADMIN, Roles.INTERVIEWER, Roles.EXPERT})
    @Transactional(readOnly = true)
    public Prospect get(ProspectId id) {
        return require(TenantContext.requireTenant(), id);
    }

    /** A page of the tenant's prospects by name; {@code search} matches name, industry or contact. */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.INTERVIEWER, Roles.EXPERT})
    @Transactional(readOnly = true)
    public List<Prospect> find(String search, int offset, int limit) {
        return prospects.find(TenantContext.requireTenant(), search, offset, limit);
    }

    @RolesAllowed({Roles.TENANT_ADMIN, Roles.INTERVIEWER, Roles.EXPERT})
    @Transactional(readOnly = true)
    public int count(String search) {
        return prospects.count(TenantContext.requireTenant(), search);
    }

    private Prospect require(TenantId tenant, ProspectId id) {
        return prospects.find(tenant, id).orElseThrow(() -> new ProspectNotFoundException(id));
    }

    private static String user() {
        return TenantContext.currentUser().orElse("system");
    }
}
