package io.stackup.core.scheduling;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.OnStartup;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/**
 * The one {@link Scheduler} of this instance, over {@code scheduled_tasks} (docs/adr/0013-scheduled-work.md). Its data
 * source is transaction-aware, so a task scheduled inside a Spring transaction is written on that transaction's
 * connection and committed (or rolled back) with it; the scheduler never commits a connection it did not open. It
 * knows every {@link Task} bean and starts the recurring ones; it starts after the context is refreshed and stops
 * before it closes, waiting up to {@code stackup.scheduler.shutdown-wait} for running executions.
 *
 * <p>db-scheduler's Spring Boot starter targets Boot 3; the core library is configured here instead.
 */
@Configuration(proxyBeanMethods = false)
class SchedulingConfiguration {

    @Bean(destroyMethod = "")
    Scheduler scheduler(
            DataSource dataSource,
            ObjectProvider<Task<?>> tasks,
            @Value("${stackup.scheduler.polling-interval:PT10S}") Duration pollingInterval,
            @Value("${stackup.scheduler.threads:4}") int threads,
            @Value("${stackup.scheduler.heartbeat-interval:PT1M}") Duration heartbeat,
            @Value("${stackup.scheduler.shutdown-wait:PT10S}") Duration shutdownWait) {
        List<Task<?>> known = new ArrayList<>();
        List<RecurringTask<?>> recurring = new ArrayList<>();
        for (Task<?> task : tasks.orderedStream().toList()) {
            if (task instanceof RecurringTask<?> r && task instanceof OnStartup) {
                recurring.add(r);
            } else {
                known.add(task);
            }
        }
        return Scheduler.create(new TransactionAwareDataSourceProxy(dataSource), known)
                .serializer(new JsonTaskSerializer())
                .pollingInterval(pollingInterval)
                .heartbeatInterval(heartbeat)
                .threads(threads)
                .shutdownMaxWait(shutdownWait)
                .enableImmediateExecution()
                .startTasks(recurring)
                .build();
    }

    @Bean
    SmartLifecycle schedulerLifecycle(
            Scheduler scheduler, @Value("${stackup.scheduler.enabled:true}") boolean enabled) {
        return new SmartLifecycle() {
            private volatile boolean running;

            @Override
            public void start() {
                if (enabled) {
                    scheduler.start();
                }
                running = true;
            }

            @Override
            public void stop() {
                if (enabled) {
                    scheduler.stop();
                }
                running = false;
            }

            @Override
            public boolean isRunning() {
                return running;
            }
        };
    }
}
