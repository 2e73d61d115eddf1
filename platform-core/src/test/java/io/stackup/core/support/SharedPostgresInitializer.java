package io.stackup.core.support;

import io.stackup.deploy.MailServer;
import io.stackup.deploy.SharedPostgres;
import java.util.HashMap;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points the context at the test run's shared PostgreSQL and at one SMTP server for the run ({@link #mail()}), with the
 * scheduler polling twice a second, short retry delays, the recurring overdue check off (tests run it themselves) and
 * webhooks allowed to reach this machine.
 */
public class SharedPostgresInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static MailServer mail;

    /** The SMTP server every core test context sends to. */
    public static synchronized MailServer mail() {
        if (mail == null) {
            mail = MailServer.start(0);
        }
        return mail;
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Map<String, Object> properties = new HashMap<>(SharedPostgres.springProperties());
        properties.put("spring.mail.host", "127.0.0.1");
        properties.put("spring.mail.port", String.valueOf(mail().port()));
        properties.put("stackup.scheduler.polling-interval", "PT0.5S");
        properties.put("stackup.scheduler.heartbeat-interval", "PT5S");
        properties.put("stackup.scheduler.shutdown-wait", "PT2S");
        properties.put("stackup.mail.retry-delays", "PT1S,PT1S");
        properties.put("stackup.webhooks.retry-delays", "PT1S,PT1S,PT1S");
        properties.put("stackup.leads.overdue-check-schedule", "-");
        if (!context.getEnvironment().containsProperty("stackup.webhooks.allow-private")) {
            properties.put("stackup.webhooks.allow-private", "true");
        }
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("shared-postgres", properties));
    }
}
