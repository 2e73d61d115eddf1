package io.stackup.core.interview;

import static org.assertj.core.api.Assertions.assertThat;

import io.stackup.core.tenancy.TenantId;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

class InterviewMailerTest {

    final InterviewMailer mailer = new InterviewMailer(
            new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class),
            "https://stackup.example/",
            "Stackup <noreply@stackup.example>");

    @Test
    void the_assignment_mail_names_prospect_template_and_due_date_and_links_to_the_interview() {
        InterviewId id = new InterviewId(UUID.fromString("00000000-0000-0000-0000-000000000042"));
        SimpleMailMessage mail = mailer.message(new InterviewAssigned(
                new TenantId(UUID.randomUUID()),
                id,
                "ivan@demo.test",
                "Ivan Interviewer",
                "Acme",
                "Mini IO",
                "1.0.0",
                LocalDate.of(2030, 1, 31),
                "Ada Admin (admin@demo.test)"));

        assertThat(mail.getTo()).containsExactly("ivan@demo.test");
        assertThat(mail.getFrom()).isEqualTo("Stackup <noreply@stackup.example>");
        assertThat(mail.getSubject()).isEqualTo("Interview assigned: Acme (Mini IO)");
        assertThat(mail.getText())
                .contains("Hello Ivan Interviewer")
                .contains("Ada Admin (admin@demo.test) assigned you an interview with Acme, using Mini IO 1.0.0.")
                .contains("Due: 31 January 2030")
                .contains("https://stackup.example/interviews/00000000-0000-0000-0000-000000000042");
    }
}
