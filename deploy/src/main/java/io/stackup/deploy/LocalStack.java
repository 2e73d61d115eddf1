package io.stackup.deploy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local stack, started by {@code deploy/local/run.sh}: PostgreSQL (embedded binaries, data under
 * {@code .stackup/postgres}), Keycloak on port 8180 (Maven Central's distribution, unpacked once, the realm imported,
 * its data in that PostgreSQL), an SMTP server on port 3025 that logs every mail it receives ({@link MailServer}), and
 * Stackup on port 8080 with the {@code demo} profile, which creates the demo tenants and users and sends its mail to
 * that SMTP server. Ctrl-C stops all four. Local use only: every password here is a development default.
 *
 * <p>Argument: the Stackup application jar.
 */
public final class LocalStack {

    private static final Logger log = LoggerFactory.getLogger(LocalStack.class);

    private LocalStack() {}

    public static void main(String[] args) throws Exception {
        long started = System.nanoTime();
        Path appJar = Path.of(args.length > 0 ? args[0] : "platform-ui/target/stackup.jar");
        if (!Files.isRegularFile(appJar)) {
            throw new IllegalStateException("No application jar at " + appJar.toAbsolutePath()
                    + ". Build it first: ./mvnw -DskipTests package");
        }
        Path home = Path.of(env("STACKUP_HOME", ".stackup")).toAbsolutePath();
        int appPort = Integer.parseInt(env("STACKUP_PORT", "8080"));
        int keycloakPort = Integer.parseInt(env("STACKUP_KEYCLOAK_PORT", "8180"));
        int databasePort = Integer.parseInt(env("STACKUP_DB_PORT", "15432"));
        String adminPassword = env("KC_ADMIN_PASSWORD", "admin");
        String appUrl = "http://localhost:" + appPort;

        List<AutoCloseable> running = new ArrayList<>();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stopAll(running), "stop-local-stack"));

        log.info("Starting PostgreSQL on port {}, data in {}", databasePort, home.resolve("postgres"));
        EmbeddedDatabase database = EmbeddedDatabase.start(home.resolve("postgres"), databasePort);
        running.add(database);

        int smtpPort = Integer.parseInt(env("STACKUP_SMTP_PORT", String.valueOf(MailServer.LOCAL_PORT)));
        log.info("Starting the SMTP server on port {}; every mail Stackup sends is logged here", smtpPort);
        running.add(MailServer.start(smtpPort).logEachMail());

        KeycloakServer keycloak = KeycloakServer.start(new KeycloakServer.Options(
                Path.of(System.getProperty("user.home"), ".cache", "stackup"),
                keycloakPort,
                keycloakPort + 1000,
                adminPassword,
                KeycloakServer.Database.postgres(
                        database.jdbcUrl(EmbeddedDatabase.KEYCLOAK_DATABASE),
                        EmbeddedDatabase.KEYCLOAK_DATABASE,
                        EmbeddedDatabase.passwordOf(EmbeddedDatabase.KEYCLOAK_DATABASE)),
                Map.of("STACKUP_BASE_URL", appUrl)));
        running.add(keycloak);

        Process app = startApplication(appJar, appPort, smtpPort, database, keycloak, adminPassword);
        running.add(0, () -> stop(app));
        waitUntilReady(appUrl, app);
        log.info("""

                =====================================================================
                 Stackup is ready after {} s: {}
                 Keycloak admin console: {}/admin  (admin / $KC_ADMIN_PASSWORD, default admin)
                 Demo users (password $STACKUP_DEMO_PASSWORD, default stackup-demo; local only):
                   admin@demo.test, interviewer@demo.test, expert@demo.test, expert2@demo.test
                   the same @other.test, freelancer@stackup.test (both tenants), operator@stackup.test
                 Mail (e.g. interview assignments) goes to the SMTP server on port {} and is logged here.
                 Ctrl-C stops everything.
                =====================================================================""", Duration.ofNanos(System.nanoTime() - started).toSeconds(), appUrl, keycloak.baseUrl(), smtpPort);
        int exit = app.waitFor();
        log.info("Stackup exited with {}", exit);
    }

    private static Process startApplication(
            Path appJar,
            int port,
            int smtpPort,
            EmbeddedDatabase database,
            KeycloakServer keycloak,
            String adminPassword)
            throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(
                java.toString(), "-jar", appJar.toString(), "--spring.profiles.active=demo", "--server.port=" + port);
        Map<String, String> env = builder.environment();
        env.put("STACKUP_DB_URL", database.jdbcUrl(EmbeddedDatabase.DATABASE));
        env.put("STACKUP_DB_USER", EmbeddedDatabase.APP_ROLE);
        env.put("STACKUP_DB_PASSWORD", EmbeddedDatabase.passwordOf(EmbeddedDatabase.APP_ROLE));
        env.put("STACKUP_DB_OWNER", EmbeddedDatabase.OWNER_ROLE);
        env.put("STACKUP_DB_OWNER_PASSWORD", EmbeddedDatabase.passwordOf(EmbeddedDatabase.OWNER_ROLE));
        env.put("STACKUP_KEYCLOAK_URL", keycloak.baseUrl());
        env.put("KC_ADMIN_PASSWORD", adminPassword);
        env.put("STACKUP_SMTP_PORT", String.valueOf(smtpPort));
        env.put("STACKUP_PUBLIC_URL", "http://localhost:" + port);
        builder.inheritIO();
        log.info("Starting Stackup from {}", appJar);
        return builder.start();
    }

    private static void waitUntilReady(String appUrl, Process app) throws InterruptedException {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create(appUrl + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(5))
                .build();
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (System.nanoTime() < deadline) {
            if (!app.isAlive()) {
                throw new IllegalStateException(
                        "Stackup stopped while starting (exit " + app.exitValue() + "); its log is above.");
            }
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("Stackup was not ready after 5 minutes; its log is above.");
    }

    private static void stop(Process process) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    private static void stopAll(List<AutoCloseable> running) {
        for (AutoCloseable service : running) {
            try {
                service.close();
            } catch (Exception e) {
                log.warn("Could not stop {}: {}", service, e.toString());
            }
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
