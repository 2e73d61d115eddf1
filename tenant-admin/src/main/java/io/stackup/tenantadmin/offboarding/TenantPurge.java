package io.stackup.tenantadmin.offboarding;

import io.stackup.core.offboarding.PendingDeletion;
import io.stackup.core.offboarding.TenantDeletions;
import io.stackup.core.tenancy.Roles;
import io.stackup.core.tenancy.Tenant;
import io.stackup.core.tenancy.TenantDirectory;
import io.stackup.core.tenancy.TenantId;
import io.stackup.tenantadmin.identity.IdentityAdmin;
import io.stackup.tenantadmin.identity.IdentityAdminException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Deletes a tenant whose deletion is due: first its Keycloak side (the users who belong to no other organization, then
 * the organization), then every row of it in one transaction ({@link TenantDeletions#purge}). Each step may run again
 * after a failure and finds its work done or does it: the member rows that name the users stay until the last step.
 * A tenant whose request was cancelled (or moved later) meanwhile is left alone. A platform operator is never deleted.
 * Public for the clean-up of never-verified sign-ups ({@link io.stackup.tenantadmin.signup.ExpiredSignups}), which
 * makes such a tenant's deletion due and runs the same purge.
 */
@Component
public class TenantPurge {

    private static final Logger log = LoggerFactory.getLogger(TenantPurge.class);

    private final TenantDirectory directory;
    private final TenantDeletions deletions;
    private final IdentityAdmin identity;
    private final Clock clock = Clock.systemUTC();

    TenantPurge(TenantDirectory directory, TenantDeletions deletions, IdentityAdmin identity) {
        this.directory = directory;
        this.deletions = deletions;
        this.identity = identity;
    }

    /** Runs with {@code tenant} bound (the scheduler binds it). */
    public void purge(TenantId tenant) {
        Optional<Tenant> found = directory.findById(tenant);
        if (found.isEmpty()) {
            log.info("Tenant {} is deleted already", tenant);
            return;
        }
        Optional<PendingDeletion> pending = deletions.pending(tenant);
        if (pending.isEmpty() || pending.get().dueAt().isAfter(clock.instant())) {
            log.info("Tenant {} has no deletion due (cancelled or moved); nothing deleted", tenant);
            return;
        }
        String organization = found.get().keycloakOrganizationId();
        List<String> onlyHere = new ArrayList<>();
        for (String user : deletions.memberUserIds(tenant)) {
            if (belongsOnlyTo(user, organization)) {
                onlyHere.add(user);
            }
        }
        identity.deleteOrganization(organization);
        for (String user : onlyHere) {
            identity.deleteUser(user);
        }
        long rows = deletions.purge(tenant);
        log.info(
                "Tenant {} ({}) deleted: {} rows, its organization and {} users of no other organization",
                found.get().slug(),
                tenant,
                rows,
                onlyHere.size());
    }

    private boolean belongsOnlyTo(String user, String organization) {
        Set<String> others = new HashSet<>(identity.organizationsOf(user));
        others.remove(organization);
        if (!others.isEmpty()) {
            return false;
        }
        try {
            return !identity.realmRolesOf(user).contains(Roles.PLATFORM_OPERATOR);
        } catch (IdentityAdminException e) {
            if (e.status() == 404) {
                return false; // gone already
            }
            throw e;
        }
    }
}
