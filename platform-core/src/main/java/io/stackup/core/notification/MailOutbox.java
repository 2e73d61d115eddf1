package io.stackup.core.notification;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import io.stackup.core.tenancy.TenantContext;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enqueues one plain-text mail of the current tenant ({@link TenantContext}) for {@link MailTask} to send after the
 * commit, retried with backoff: for features other than the lead mails that need to tell someone something (a member
 * added to a tenant). Must run inside the transaction of the change the mail tells of, so that the mail exists exactly
 * when the change does.
 */
@Service
public class MailOutbox {

    private final SchedulerClient scheduler;
    private final OneTimeTask<MailTask.Mail> mail;

    MailOutbox(SchedulerClient scheduler, OneTimeTask<MailTask.Mail> mail) {
        this.scheduler = scheduler;
        this.mail = mail;
    }

    /**
     * Enqueues the mail unless one named {@code key} is pending already.
     *
     * @param key what the mail is for, unique per mail meant (e.g. {@code member-added:<member>:<time>})
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void enqueue(String key, List<String> to, String subject, String text) {
        scheduler.scheduleIfNotExists(
                mail.instance(
                        key, new MailTask.Mail(TenantContext.requireTenant().value(), List.copyOf(to), subject, text)),
                Instant.now());
    }
}
