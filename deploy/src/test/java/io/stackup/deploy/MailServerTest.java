package io.stackup.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MailServerTest {

    @Test
    void a_mail_sent_over_smtp_is_kept_and_described_with_subject_recipient_and_link() throws Exception {
        try (MailServer server = MailServer.start(0)) {
            Properties properties = new Properties();
            properties.put("mail.smtp.host", "127.0.0.1");
            properties.put("mail.smtp.port", String.valueOf(server.port()));
            MimeMessage mail = new MimeMessage(Session.getInstance(properties));
            mail.setFrom(new InternetAddress("noreply@stackup.local"));
            mail.setRecipient(Message.RecipientType.TO, new InternetAddress("ivan@demo.test"));
            mail.setSubject("Interview assigned: Acme (Mini IO)");
            mail.setText("Open it here: http://localhost:8080/interviews/42\n");
            Transport.send(mail);

            MimeMessage received =
                    server.await(m -> true, Duration.ofSeconds(10)).orElseThrow();
            assertThat(MailServer.body(received)).contains("http://localhost:8080/interviews/42");
            assertThat(MailServer.describe(received))
                    .contains("To:      ivan@demo.test")
                    .contains("Subject: Interview assigned: Acme (Mini IO)")
                    .contains("    Open it here: http://localhost:8080/interviews/42");
        }
    }
}
