/**
 * Scheduled and retried work, kept in PostgreSQL (db-scheduler; docs/adr/0013-scheduled-work.md): mails, webhook
 * deliveries and recurring checks are rows of {@code scheduled_tasks}, picked by one instance at a time, so a restart
 * loses nothing and two instances never run one execution.
 *
 * <p>Features declare their tasks as beans ({@link io.stackup.core.scheduling.TenantTasks} builds one that binds the
 * tenant its data names) and schedule instances through {@link com.github.kagkarlsson.scheduler.SchedulerClient},
 * inside their own transaction: scheduling joins it, so the work is enqueued with the change that caused it, or not at
 * all.
 */
@NullMarked
package io.stackup.core.scheduling;

import org.jspecify.annotations.NullMarked;
