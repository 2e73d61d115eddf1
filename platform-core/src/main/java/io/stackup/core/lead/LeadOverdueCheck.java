package io.stackup.core.lead;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import io.stackup.core.lead.query.LeadQueries;
import io.stackup.core.lead.repository.LeadRepository;
import io.stackup.core.scheduling.TenantTasks;
import io.stackup.core.tenancy.TenantContext;
import io.stackup.core.tenancy.TenantId;
import io.stackup.core.tenancy.TenantSettings;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Time to pick up: every minute ({@code stackup.leads.overdue-check-schedule}), one instance of the cluster (the
 * scheduler's recurring task runs once per interval, wherever) visits each active tenant and marks its qualified leads
 * that nobody claimed within the tenant's time to pick up ({@link TenantSettings#leadPickupTime}) as overdue, with an
 * {@code overdue} event in their history, and publishes {@link LeadOverdue} for each, in the marking transaction: the
 * mail to the tenant's admins is enqueued with the mark. A lead is marked once ({@link LeadRepository#markOverdue}), so
 * a check that runs twice tells nobody twice.
 */
@Configuration(proxyBeanMethods = false)
class LeadOverdueCheck {

    static final String TASK = "lead-overdue-check";

    private static final Logger log = LoggerFactory.getLogger(LeadOverdueCheck.class);
    private static final int BATCH = 200;

    private final LeadRepository leads;
    private final LeadQueries queries;
    private final TenantSettings settings;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;

    LeadOverdueCheck(
            LeadRepository leads,
            LeadQueries queries,
            TenantSettings settings,
            TransactionTemplate tx,
            ApplicationEventPublisher events) {
        this.leads = leads;
        this.queries = queries;
        this.settings = settings;
        this.tx = tx;
        this.events = events;
    }

    /**
     * The recurring check; {@code stackup.leads.overdue-check-schedule} is in db-scheduler's notation
     * ({@code FIXED_DELAY|60s}, {@code DAILY|12:00}, a cron expression, or {@code -} for never).
     */
    @Bean
    RecurringTask<Void> leadOverdueCheckTask(
            @Value("${stackup.leads.overdue-check-schedule:FIXED_DELAY|60s}") String schedule) {
        return Tasks.recurring(TASK, Schedules.parseSchedule(schedule)).execute((instance, context) -> checkAll());
    }

    /** Checks every active tenant; a failing tenant is logged and does not stop the others. */
    void checkAll() {
        for (TenantId tenant : settings.activeTenants()) {
            try {
                int marked = check(tenant);
                if (marked > 0) {
                    log.info("Marked {} leads overdue in tenant {}", marked, tenant);
                }
            } catch (RuntimeException e) {
                log.warn("Overdue check failed for tenant {}", tenant, e);
            }
        }
    }

    /** Marks the tenant's overdue leads, a batch per transaction; returns how many. */
    int check(TenantId tenant) {
        return TenantContext.callAs(tenant, TenantTasks.SYSTEM_USER, () -> {
            Duration pickup = settings.leadPickupTime(tenant);
            int total = 0;
            while (true) {
                Integer marked = tx.execute(status -> markBatch(tenant, pickup));
                int n = marked == null ? 0 : marked;
                total += n;
                if (n < BATCH) {
                    return total;
                }
            }
        });
    }

    private int markBatch(TenantId tenant, Duration pickup) {
        Instant now = Instant.now();
        var marked = leads.markOverdue(tenant, now.minus(pickup), BATCH);
        for (LeadRepository.Marked m : marked) {
            leads.addEvent(tenant, m.id(), LeadEventKind.OVERDUE, null, null, null, null, TenantTasks.SYSTEM_USER);
            String prospect =
                    queries.find(tenant, m.id(), now).map(Lead::prospectName).orElse("");
            events.publishEvent(new LeadOverdue(tenant, m.id(), prospect, m.waitingSince(), pickup));
        }
        return marked.size();
    }
}
