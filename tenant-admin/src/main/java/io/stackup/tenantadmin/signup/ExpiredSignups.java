package io.stackup.tenantadmin.signup;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import io.stackup.core.offboarding.TenantDeletions;
import io.stackup.core.tenancy.Tenant;
import io.stackup.core.tenancy.TenantContext;
import io.stackup.core.tenancy.TenantDirectory;
import io.stackup.tenantadmin.offboarding.TenantPurge;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Removes sign-ups never verified: a tenant still {@code pending} longer than {@code stackup.signup.pending-expiry}
 * (7 days by default) after it signed up loses its rows, its Keycloak organization and its admin's user (unless that
 * user is in another organization or a platform operator), and its short name is free again. A recurring task
 * ({@code stackup.signup.expiry-check-schedule}, hourly by default) runs it on one instance of the cluster.
 *
 * <p>Each expired tenant is handled in two steps that may both run again: its deletion is made due (on the tenant row,
 * only while it is pending: a sign-up verified meanwhile is left alone), then {@link TenantPurge} deletes the Keycloak
 * side and the rows as for an offboarded tenant. A crash between or inside them leaves the tenant pending with its
 * deletion due, so the next run finds it again and finishes. The platform keeps no audit log of its own (the tenant's
 * is deleted with it), so each removal is logged at INFO with the tenant's short name, id and sign-up time.
 */
@Configuration(proxyBeanMethods = false)
public class ExpiredSignups {

    /** The recurring task's name. */
    static final String TASK = "signup-expiry";

    /** Who the deletion request on the tenant row names. */
    static final String ACTOR = "system:signup-expiry";

    private static final Logger log = LoggerFactory.getLogger(ExpiredSignups.class);

    /**
     * How far in the past the deletion is made due, so that neither the application's clock nor the database's (which
     * {@code stackup_purge_tenant} compares with) sees it in the future.
     */
    private static final Duration CLOCK_MARGIN = Duration.ofMinutes(1);

    private final TenantDirectory directory;
    private final TenantDeletions deletions;
    private final TenantPurge purge;
    private final TransactionTemplate tx;
    private final Duration expiry;
    private final Clock clock = Clock.systemUTC();

    ExpiredSignups(
            TenantDirectory directory,
            TenantDeletions deletions,
            TenantPurge purge,
            TransactionTemplate tx,
            @Value("${stackup.signup.pending-expiry:P7D}") Duration expiry) {
        this.directory = directory;
        this.deletions = deletions;
        this.purge = purge;
        this.tx = tx;
        this.expiry = expiry;
    }

    /** The recurring check, in db-scheduler's notation ({@code FIXED_DELAY|3600s}, {@code DAILY|03:00}, {@code -}). */
    @Bean
    RecurringTask<Void> signupExpiryTask(
            @Value("${stackup.signup.expiry-check-schedule:FIXED_DELAY|3600s}") String schedule) {
        return Tasks.recurring(TASK, Schedules.parseSchedule(schedule)).execute((instance, context) -> removeExpired());
    }

    /** How long a sign-up may stay unverified. */
    public Duration expiry() {
        return expiry;
    }

    /**
     * Removes every sign-up pending for longer than {@link #expiry()}; a tenant that fails (Keycloak unreachable, say)
     * is logged and tried again at the next run, and does not stop the others.
     *
     * @return how many were removed by this run
     */
    public int removeExpired() {
        Instant now = clock.instant();
        int removed = 0;
        for (Tenant tenant : directory.pendingCreatedBefore(now.minus(expiry))) {
            try {
                if (remove(tenant, now)) {
                    removed++;
                }
            } catch (RuntimeException e) {
                log.warn(
                        "Could not remove the expired sign-up {} ({}); the next run tries again",
                        tenant.slug(),
                        tenant.id(),
                        e);
            }
        }
        return removed;
    }

    private boolean remove(Tenant tenant, Instant now) {
        return TenantContext.callAs(tenant.id(), ACTOR, () -> {
            Boolean due = tx.execute(status -> deletions.dueIfPending(tenant.id(), ACTOR, now.minus(CLOCK_MARGIN)));
            if (!Boolean.TRUE.equals(due)) {
                log.info("Sign-up {} ({}) is no longer pending; left alone", tenant.slug(), tenant.id());
                return false;
            }
            purge.purge(tenant.id());
            log.info(
                    "Removed the sign-up {} ({}), signed up at {} and never verified within {}; its short name is free",
                    tenant.slug(),
                    tenant.id(),
                    tenant.createdAt(),
                    expiry);
            return true;
        });
    }
}
