package io.stackup.core.interview;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells an interviewer by e-mail that an interview was assigned to them, once the assignment is committed, off the
 * request's thread. A mail that cannot be sent is logged and never undoes the assignment. Without
 * {@code spring.mail.host} there is no mail sender, and the mail is only logged.
 */
@Component
class InterviewMailer {

    private static final Logger log = LoggerFactory.getLogger(InterviewMailer.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final String publicUrl;
    private final String from;

    InterviewMailer(
            ObjectProvider<JavaMailSender> sender,
            @Value("${stackup.public-url:http://localhost:8080}") String publicUrl,
            @Value("${stackup.mail.from:Stackup <noreply@stackup.local>}") String from) {
        this.sender = sender;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        this.from = from;
    }

    @Async
    @TransactionalEventListener
    void assigned(InterviewAssigned event) {
        SimpleMailMessage mail = message(event);
        JavaMailSender mailer = sender.getIfAvailable();
        if (mailer == null) {
            log.info(
                    "No mail server configured (spring.mail.host); not sent to {}: {}",
                    event.interviewerEmail(),
                    mail.getSubject());
            return;
        }
        try {
            mailer.send(mail);
            log.info("Assignment mail sent to {} for interview {}", event.interviewerEmail(), event.interview());
        } catch (MailException e) {
            log.warn(
                    "Could not send the assignment mail to {} for interview {}: {}",
                    event.interviewerEmail(),
                    event.interview(),
                    e.toString());
        }
    }

    SimpleMailMessage message(InterviewAssigned event) {
        SimpleMailMessage mail = new SimpleMailMessage();
        mail.setFrom(from);
        mail.setTo(event.interviewerEmail());
        mail.setSubject("Interview assigned: " + event.prospectName() + " (" + event.templateName() + ")");
        String due = event.dueDate() == null
                ? ""
                : "Due: " + event.dueDate().format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)) + "\n";
        mail.setText("Hello " + event.interviewerName() + ",\n\n"
                + event.assignedBy() + " assigned you an interview with " + event.prospectName() + ", using "
                + event.templateName() + " " + event.templateVersion() + ".\n"
                + due
                + "\nOpen it here: " + publicUrl + "/interviews/" + event.interview() + "\n\n"
                + "Stackup\n");
        return mail;
    }
}
