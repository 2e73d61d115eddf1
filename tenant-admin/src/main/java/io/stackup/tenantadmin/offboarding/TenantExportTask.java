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
 * The background export as db-scheduler tasks (docs/adr/0013-scheduled-work.md), rows of {@code scheduled_tasks}, so a
 * restart loses nothing:
 *
 * <ul>
 *   <li>{@value #BUILD} (instance: the export's id), due when the admin starts it: {@link TenantExportRunner} writes
 *       the archive and stores it. A failure of the export is recorded on it, not retried; only a run cut short by the
 *       scheduler stopping is tried again after {@code stackup.offboarding.export-retry-delays}. A run whose instance
 *       died (no heartbeat) is revived by db-scheduler after a restart and starts the export over.
 *   <li>{@value #EXPIRY} (instance: the export's id), due when its retention period ends: deletes the export and its
 *       archive.
 * </ul>
 *
 * Both carry the tenant's id in their data, so {@code stackup_purge_tenant} removes them with the tenant.
 */
@Configuration(proxyBeanMethods = false)
class TenantExportTask {

    static final String BUILD = "tenant-export";
    static final String EXPIRY = "tenant-export-expiry";

    /** The export {@code export} of tenant {@code tenant}. */
    record Export(UUID tenant, UUID export) implements TenantWork {}

    @Bean
    OneTimeTask<Export> buildExportTask(
            TenantExportRunner runner,
            @Value("${stackup.offboarding.export-retry-delays:PT1M,PT5M}") List<Duration> retryDelays) {
        return TenantTasks.oneTime(BUILD, Export.class, retryDelays, (e, attempt) -> runner.run(e.export()));
    }

    @Bean
    OneTimeTask<Export> expireExportTask(
            TenantExportRunner runner,
            @Value("${stackup.offboarding.retry-delays:PT1M,PT5M,PT30M,PT2H,PT12H,PT24H}") List<Duration> retryDelays) {
        return TenantTasks.oneTime(EXPIRY, Export.class, retryDelays, (e, attempt) -> runner.expire(e.export()));
    }
}
