package io.stackup.tenantadmin.signup;

import io.stackup.core.audit.AuditEntry;
import io.stackup.core.audit.AuditLog;
import io.stackup.core.tenancy.Member;
import io.stackup.core.tenancy.MemberService;
import io.stackup.core.tenancy.Roles;
import io.stackup.core.tenancy.Tenant;
import io.stackup.core.tenancy.TenantContext;
import io.stackup.core.tenancy.TenantDirectory;
import io.stackup.core.tenancy.TenantStatus;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns a signed-up tenant active once its admin's e-mail address is verified: at their first login whose token (signed
 * by Keycloak) says {@code email_verified}. Keycloak itself lets nobody sign in before verifying (the user's required
 * action {@code VERIFY_EMAIL}); this is where Stackup learns that they did.
 */
@Service
public class SignupActivation {

    private static final Logger log = LoggerFactory.getLogger(SignupActivation.class);

    private final TenantDirectory directory;
    private final MemberService members;
    private final AuditLog audit;
    private final TransactionTemplate transactions;

    SignupActivation(
            TenantDirectory directory,
            MemberService members,
            AuditLog audit,
            PlatformTransactionManager transactionManager) {
        this.directory = directory;
        this.members = members;
        this.audit = audit;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /**
     * Activates the pending tenant when this user, whose token says their e-mail address is verified, is its admin;
     * records {@code tenant.activated} with it. Does nothing (false) for a tenant that is not pending, an unverified
     * address or a user who is not an active admin member of the tenant.
     */
    public boolean activateIfVerified(Tenant tenant, String userId, boolean emailVerified) {
        if (tenant.status() != TenantStatus.PENDING || !emailVerified) {
            return false;
        }
        Boolean activated = TenantContext.callAs(
                tenant.id(),
                userId,
                () -> transactions.execute(status -> {
                    Optional<Member> member = members.current();
                    if (member.isEmpty()
                            || !member.get().active()
                            || !member.get().roles().contains(Roles.TENANT_ADMIN)) {
                        return false;
                    }
                    if (!directory.activatePending(tenant.id())) {
                        return false;
                    }
                    audit.record(AuditEntry.ofTenant(
                                    "tenant.activated",
                                    "Activated " + tenant.name() + ": the admin's e-mail address is verified")
                            .with("admin", member.get().email()));
                    return true;
                }));
        if (Boolean.TRUE.equals(activated)) {
            log.info("Tenant '{}' is active: its admin verified their e-mail address", tenant.slug());
            return true;
        }
        return false;
    }
}
