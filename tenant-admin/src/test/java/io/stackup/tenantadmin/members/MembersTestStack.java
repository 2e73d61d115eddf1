package io.stackup.tenantadmin.members;

import io.stackup.deploy.KeycloakServer;
import io.stackup.deploy.MailServer;
import io.stackup.deploy.RunningKeycloak;
import io.stackup.deploy.SharedPostgres;
import io.stackup.deploy.TestServices;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.core.env.MapPropertySource;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;

/**
 * platform-core and tenant-admin as the application assembles them, on the test run's PostgreSQL, a Keycloak of their
 * own with Stackup's realm (its mail going to {@link #mail()}) and that SMTP server for Stackup's mail too. Started once
 * per test JVM.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@EnableMethodSecurity(jsr250Enabled = true)
@ComponentScan({"io.stackup.core", "io.stackup.tenantadmin.identity", "io.stackup.tenantadmin.members"})
class MembersTestStack implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    /** Where the invitation links lead; a redirect URI of the realm's web client. */
    static final String PUBLIC_URL = "http://localhost:18080";

    private static MailServer mail;
    private static RunningKeycloak keycloak;

    static synchronized MailServer mail() {
        if (mail == null) {
            mail = MailServer.start(0);
        }
        return mail;
    }

    static synchronized RunningKeycloak keycloak() {
        if (keycloak == null) {
            Path cache =
                    Path.of(System.getProperty("stackup.cache", System.getProperty("user.home") + "/.cache/stackup"));
            Map<String, String> env =
                    Map.of("STACKUP_BASE_URL", PUBLIC_URL, "STACKUP_SMTP_PORT", String.valueOf(mail().port()));
            keycloak = TestServices.useContainers()
                    ? TestServices.containerKeycloak(env)
                    : KeycloakServer.start(
                            KeycloakServer.Options.inMemory(cache).withEnv(env));
            RunningKeycloak started = keycloak;
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "stop-members-keycloak"));
        }
        return keycloak;
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Map<String, Object> properties = new HashMap<>(SharedPostgres.springProperties());
        properties.put("spring.jooq.sql-dialect", "postgres");
        properties.put("spring.mail.host", "127.0.0.1");
        properties.put("spring.mail.port", String.valueOf(mail().port()));
        properties.put("stackup.scheduler.polling-interval", "PT0.5S");
        properties.put("stackup.scheduler.heartbeat-interval", "PT5S");
        properties.put("stackup.scheduler.shutdown-wait", "PT2S");
        properties.put("stackup.mail.retry-delays", "PT1S,PT1S");
        properties.put("stackup.leads.overdue-check-schedule", "-");
        properties.put("stackup.public-url", PUBLIC_URL);
        properties.put("stackup.keycloak.url", keycloak().baseUrl());
        properties.put("stackup.keycloak.realm", KeycloakServer.REALM);
        properties.put("stackup.keycloak.admin-username", KeycloakServer.ADMIN_USERNAME);
        properties.put("stackup.keycloak.admin-password", keycloak().adminPassword());
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("members-test", properties));
    }
}
