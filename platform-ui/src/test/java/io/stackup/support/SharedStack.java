package io.stackup.support;

import io.stackup.deploy.KeycloakServer;
import io.stackup.deploy.MailServer;
import io.stackup.deploy.RunningKeycloak;
import io.stackup.deploy.SharedPostgres;
import io.stackup.deploy.TestServices;
import io.stackup.tenantadmin.identity.KeycloakIdentityAdmin;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The services an integration test of the application needs, started once per test JVM and shared by every class:
 * PostgreSQL (embedded binaries), Keycloak (the Maven Central distribution, realm imported, in-memory data) and an SMTP
 * server ({@link MailServer}). All are up before any Spring context starts, since OIDC issuer discovery runs at
 * start-up.
 */
public final class SharedStack {

    private static RunningKeycloak keycloak;
    private static int appPort;
    private static MailServer mail;

    private SharedStack() {}

    public static synchronized RunningKeycloak keycloak() {
        if (keycloak == null) {
            appPort = KeycloakServer.freePort();
            Path cache =
                    Path.of(System.getProperty("stackup.cache", System.getProperty("user.home") + "/.cache/stackup"));
            Map<String, String> env = Map.of(
                    "STACKUP_BASE_URL",
                    "http://localhost:" + appPort,
                    "STACKUP_SMTP_PORT",
                    String.valueOf(mail().port()));
            keycloak = TestServices.useContainers()
                    ? TestServices.containerKeycloak(env)
                    : KeycloakServer.start(
                            KeycloakServer.Options.inMemory(cache).withEnv(env));
        }
        return keycloak;
    }

    /** The port the application under test listens on; Keycloak's redirect URIs name it. */
    public static int appPort() {
        keycloak();
        return appPort;
    }

    public static String appUrl() {
        return "http://localhost:" + appPort();
    }

    /** The SMTP server the application sends its mail to; it keeps every mail for the tests to read. */
    public static synchronized MailServer mail() {
        if (mail == null) {
            mail = MailServer.start(0);
        }
        return mail;
    }

    /** A new admin client of the test run's realm; close it when done. */
    public static KeycloakIdentityAdmin keycloakAdmin() {
        return new KeycloakIdentityAdmin(
                keycloak().baseUrl(),
                KeycloakServer.REALM,
                KeycloakServer.ADMIN_USERNAME,
                keycloak().adminPassword());
    }

    static Map<String, Object> springProperties() {
        Map<String, Object> properties = new LinkedHashMap<>(SharedPostgres.springProperties());
        RunningKeycloak server = keycloak();
        properties.put("server.port", String.valueOf(appPort));
        properties.put("stackup.keycloak.url", server.baseUrl());
        properties.put("stackup.demo.admin-password", server.adminPassword());
        properties.put("stackup.identity.admin-password", server.adminPassword());
        properties.put("spring.mail.host", "127.0.0.1");
        properties.put("spring.mail.port", String.valueOf(mail().port()));
        properties.put("stackup.public-url", appUrl());
        properties.put("stackup.webhooks.allow-private", "true");
        properties.put("stackup.scheduler.polling-interval", "PT1S");
        return properties;
    }
}
