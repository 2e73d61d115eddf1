package io.stackup.core.scheduling;

import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.ExecutionOperations;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import io.stackup.core.tenancy.TenantContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds one-time tasks whose work runs for the tenant their data names: the handler runs with {@link TenantContext}
 * bound to {@link TenantWork#tenant()} (user {@code system:scheduler}), so every transaction it opens is scoped to that
 * tenant by row-level security, as a request would be.
 */
public final class TenantTasks {

    /** The user id background work runs as: it appears in histories as the actor. */
    public static final String SYSTEM_USER = "system:scheduler";

    private static final Logger log = LoggerFactory.getLogger(TenantTasks.class);

    private TenantTasks() {}

    /**
     * A one-time task named {@code name} that runs {@code work} for its data's tenant; a failure (any exception) is
     * retried after each of {@code retryDelays} in turn (the first after the first delay), and given up after the
     * last, with a warning in the log.
     *
     * @param work receives the data and the attempt (1 for the first run)
     */
    public static <D extends TenantWork> OneTimeTask<D> oneTime(
            String name, Class<D> data, List<Duration> retryDelays, BiConsumer<D, Integer> work) {
        return Tasks.oneTime(name, data)
                .onFailure(new Backoff<>(name, retryDelays))
                .execute((instance, context) -> {
                    D d = instance.getData();
                    int attempt = context.getExecution().consecutiveFailures + 1;
                    try (TenantContext.Scope ignored = TenantContext.bind(d.tenantId(), SYSTEM_USER)) {
                        work.accept(d, attempt);
                    }
                });
    }

    /** Retries after each of the delays in turn; gives up after the last. */
    static final class Backoff<D> implements FailureHandler<D> {

        private final String name;
        private final List<Duration> delays;

        Backoff(String name, List<Duration> delays) {
            this.name = name;
            this.delays = List.copyOf(delays);
        }

        @Override
        public void onFailure(ExecutionComplete complete, ExecutionOperations<D> operations) {
            int failures = complete.getExecution().consecutiveFailures + 1;
            String cause = complete.getCause().map(Throwable::toString).orElse("unknown");
            if (failures > delays.size()) {
                log.warn(
                        "Task {} failed {} times, giving up: {}",
                        complete.getExecution().taskInstance,
                        failures,
                        cause);
                operations.remove();
                return;
            }
            Instant next = complete.getTimeDone().plus(delays.get(failures - 1));
            log.info("Task {} failed (attempt {}), retrying at {}: {}", name, failures, next, cause);
            operations.reschedule(complete, next);
        }
    }
}
