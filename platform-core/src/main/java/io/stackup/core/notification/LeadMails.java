package io.stackup.core.notification;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import io.stackup.core.lead.LeadOverdue;
import io.stackup.core.lead.LeadQualified;
import io.stackup.core.notification.repository.NotificationRepository;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Enqueues the mails about leads, in the transaction that published the event (plain {@link EventListener}s run
 * synchronously in it; the scheduler's data source joins it): a mail exists exactly when the change does, and a crash
 * after the commit still sends it. Each mail's task instance is named after what it tells of, and scheduled only if
 * absent, so a second delivery of an event enqueues nothing more.
 *
 * <ul>
 *   <li>{@link LeadQualified}: one mail to each active expert who covers one of the lead's areas or declared none,
 *       unless they opted out ({@link NotificationService}).
 *   <li>{@link LeadOverdue}: one mail to all of the tenant's active admins together.
 * </ul>
 */
@Component
class LeadMails {

    private final SchedulerClient scheduler;
    private final OneTimeTask<MailTask.Mail> mail;
    private final NotificationRepository repository;
    private final String publicUrl;

    LeadMails(
            SchedulerClient scheduler,
            OneTimeTask<MailTask.Mail> mail,
            NotificationRepository repository,
            @Value("${stackup.public-url:http://localhost:8080}") String publicUrl) {
        this.scheduler = scheduler;
        this.mail = mail;
        this.repository = repository;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    @EventListener
    void qualified(LeadQualified event) {
        String link = publicUrl + "/leads/" + event.lead();
        String areas = event.areas().isEmpty() ? "none" : String.join(", ", event.areas());
        for (String to : repository.newLeadRecipients(event.tenant(), event.areas())) {
            String text = "Hello,\n\n"
                    + "A new qualified lead is waiting to be claimed: " + event.prospectName() + ", score "
                    + String.format(Locale.ROOT, "%.0f", event.score()) + ".\n"
                    + "Areas with a gap: " + areas + ".\n\n"
                    + "Open it here: " + link + "\n\n"
                    + "You get this mail because you cover one of these areas. To stop these mails, turn off"
                    + " \"new leads\" in your notification settings.\n\nStackup\n";
            schedule(
                    "lead-qualified:" + event.lead() + ":" + event.at().toEpochMilli() + ":" + to,
                    new MailTask.Mail(event.tenant().value(), List.of(to), "New lead: " + event.prospectName(), text));
        }
    }

    @EventListener
    void overdue(LeadOverdue event) {
        List<String> admins = repository.admins(event.tenant());
        if (admins.isEmpty()) {
            return;
        }
        String text = "Hello,\n\n"
                + "The qualified lead " + event.prospectName() + " has waited since " + event.waitingSince()
                + " and nobody claimed it within the workspace's time to pick up ("
                + event.pickupTime().toHours()
                + " hours).\n\n"
                + "Open it here: " + publicUrl + "/leads/" + event.lead() + "\n\nStackup\n";
        schedule(
                "lead-overdue:" + event.lead() + ":" + event.waitingSince().toEpochMilli(),
                new MailTask.Mail(event.tenant().value(), admins, "Lead overdue: " + event.prospectName(), text));
    }

    private void schedule(String instance, MailTask.Mail data) {
        scheduler.scheduleIfNotExists(mail.instance(instance, data), Instant.now());
    }
}
