package io.stackup.core.notification;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import io.stackup.core.scheduling.TenantTasks;
import io.stackup.core.scheduling.TenantWork;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Sends one mail, as a one-time scheduled task: the mail was enqueued in the transaction of what it tells of, and is
 * sent after the commit by whichever instance picks it. A failure to send (the SMTP server down, refusing) is retried
 * after each of {@code stackup.mail.retry-delays} (1 min, 5 min, 30 min, 2 h, 12 h), then given up with a warning.
 * Delivery is at least once: a crash between the SMTP server's acceptance and the task's completion sends it again.
 * Without {@code spring.mail.host} there is no mail sender, and the mail is only logged.
 */
@Configuration(proxyBeanMethods = false)
class MailTask {

    static final String TASK = "mail";

    private static final Logger log = LoggerFactory.getLogger(MailTask.class);

    /** One mail: its recipients, subject and plain text, for the tenant it concerns. */
    record Mail(UUID tenant, List<String> to, String subject, String text) implements TenantWork {}

    @Bean
    OneTimeTask<Mail> sendMailTask(
            ObjectProvider<JavaMailSender> sender,
            @Value("${stackup.mail.from:Stackup <noreply@stackup.local>}") String from,
            @Value("${stackup.mail.retry-delays:PT1M,PT5M,PT30M,PT2H,PT12H}") List<Duration> retryDelays) {
        return TenantTasks.oneTime(TASK, Mail.class, retryDelays, (mail, attempt) -> {
            SimpleMailMessage message = new SimpleMailMessage();
            message.setFrom(from);
            message.setTo(mail.to().toArray(String[]::new));
            message.setSubject(mail.subject());
            message.setText(mail.text());
            JavaMailSender mailer = sender.getIfAvailable();
            if (mailer == null) {
                log.info("No mail server configured (spring.mail.host); not sent to {}: {}", mail.to(), mail.subject());
                return;
            }
            mailer.send(message);
            log.info("Mail sent to {} (attempt {}): {}", mail.to(), attempt, mail.subject());
        });
    }
}
