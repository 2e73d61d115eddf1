package io.stackup.tenantadmin.offboarding;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import io.stackup.core.scheduling.TenantTasks;
import io.stackup.core.scheduling.TenantWork;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The tenant's deletion as a db-scheduler task (docs/adr/0013-scheduled-work.md): one execution per tenant (instance:
 * the tenant's id), due at the end of the grace period, in {@code scheduled_tasks}, so a restart loses nothing. It runs
 * {@link TenantPurge} with the tenant bound; a failure (Keycloak unreachable, say) is retried after each of
 * {@code stackup.offboarding.retry-delays}, and each step of the purge may run again.
 */
@Configuration(proxyBeanMethods = false)
class TenantDeletionTask {

    /** The task's name; {@code stackup_purge_tenant} leaves this task's row to the scheduler. */
    static final String TASK = "tenant-deletion";

    record Deletion(UUID tenant) implements TenantWork {}

    @Bean
    OneTimeTask<Deletion> deleteTenantTask(
            TenantPurge purge,
            @Value("${stackup.offboarding.retry-delays:PT1M,PT5M,PT30M,PT2H,PT12H,PT24H}") List<Duration> retryDelays) {
        return TenantTasks.oneTime(
                TASK, Deletion.class, retryDelays, (deletion, attempt) -> purge.purge(deletion.tenantId()));
    }
}
