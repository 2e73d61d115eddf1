package io.stackup.core.notification;

import io.stackup.core.notification.repository.NotificationRepository;
import io.stackup.core.tenancy.Member;
import io.stackup.core.tenancy.MemberService;
import io.stackup.core.tenancy.Roles;
import io.stackup.core.tenancy.TenantContext;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The calling member's choice of mails in the current tenant; a member who never chose gets every mail. Refuses
 * ({@link AccessDeniedException}) a caller who is no member of the tenant.
 */
@Service
@Transactional
public class NotificationService {

    private final NotificationRepository repository;
    private final MemberService members;

    NotificationService(NotificationRepository repository, MemberService members) {
        this.repository = repository;
        this.members = members;
    }

    @RolesAllowed({Roles.TENANT_ADMIN, Roles.INTERVIEWER, Roles.EXPERT})
    @Transactional(readOnly = true)
    public NotificationPreferences mine() {
        return new NotificationPreferences(repository.newLeads(TenantContext.requireTenant(), me().id()));
    }

    @RolesAllowed({Roles.TENANT_ADMIN, Roles.INTERVIEWER, Roles.EXPERT})
    public NotificationPreferences change(NotificationPreferences preferences) {
        repository.setNewLeads(TenantContext.requireTenant(), me().id(), preferences.newLeads());
        return preferences;
    }

    private Member me() {
        return members.current()
                .orElseThrow(() -> new AccessDeniedException("You are not a member of this workspace."));
    }
}
