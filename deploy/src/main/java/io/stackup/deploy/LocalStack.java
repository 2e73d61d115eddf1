package io.stackup.deploy;

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
 * <p>With {@code --instances N} (N ≥ 2) it runs N application instances on the ports after 8080 behind HAProxy on
 * 8080 ({@link LoadBalancer}: sticky sessions for Vaadin, readiness checks), each with its log in
 * {@code .stackup/logs/app-<n>.log}; links and redirects name the balancer. The instances share nothing but
 * PostgreSQL: sessions are sticky, second-device updates travel through LISTEN/NOTIFY, rate limits and scheduled work
 * are in the database. Killing one ({@code kill -9}, its pid is logged) leaves the other serving.
 *
 * <p>Arguments: the Stackup application jar, then optionally {@code --instances N}.
 */
public final class LocalStack {

    private static final Logger log = LoggerFactory.getLogger(LocalStack.class);

    private LocalStack() {}

    public static void main(String[] args) throws Exception {
        long started = System.nanoTime();
        Path appJar = ApplicationProcess.requireJar(
                Path.of(args.length > 0 && !args[0].startsWith("--") ? args[0] : "platform-ui/target/stackup.jar"));
        int instances = instances(args);
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
                Map.of("STACKUP_BASE_URL", appUrl, "STACKUP_SMTP_PORT", String.valueOf(smtpPort))));
        running.add(keycloak);

        // The app as in a container of STACKUP_APP_MEMORY (default 1536m), started from its AOT cache.
        ApplicationProcess.Options appOptions = new ApplicationProcess.Options(
                appJar,
                appPort,
                smtpPort,
                database.jdbcUrl(EmbeddedDatabase.DATABASE),
                keycloak.baseUrl(),
                adminPassword,
                null,
                ApplicationProcess.memoryBudget(env("STACKUP_APP_MEMORY", "1536m")));
        if (!"false".equals(env("STACKUP_AOT_CACHE", "true"))) {
            appOptions = AotCachedApplication.prepare(appOptions, home);
        }
        // One instance as it is; several one after the other (the first creates the demo data, the others find it),
        // on the ports after appPort, each with its own log, behind HAProxy on appPort.
        List<ApplicationProcess.Options> instanceOptions = new ArrayList<>();
        if (instances == 1) {
            instanceOptions.add(appOptions);
        } else {
            Files.createDirectories(home.resolve("logs"));
            for (int n = 1; n <= instances; n++) {
                instanceOptions.add(appOptions.instance(
                        appPort + n,
                        home.resolve("logs").resolve("app-" + n + ".log"),
                        List.of("-Dstackup.public-url=" + appUrl)));
            }
        }
        List<ApplicationProcess> apps = new ArrayList<>();
        for (ApplicationProcess.Options options : instanceOptions) {
            int n = apps.size() + 1;
            ApplicationProcess app = ApplicationProcess.start(options);
            running.add(0, app);
            apps.add(app);
            app.awaitReady(Duration.ofMinutes(5));
            if (instances > 1) {
                log.info("Instance {} ready: {} (pid {}, log {})", n, options.baseUrl(), app.pid(), options.output());
            }
        }
        if (instances > 1) {
            running.add(
                    0,
                    LoadBalancer.start(
                            home.resolve("haproxy"),
                            appPort,
                            instanceOptions.stream()
                                    .map(ApplicationProcess.Options::port)
                                    .toList()));
        }
        log.info("""

                =====================================================================
                 Stackup is ready after {} s: {}
                 Keycloak admin console: {}/admin  (admin / $KC_ADMIN_PASSWORD, default admin)
                 Demo users (password $STACKUP_DEMO_PASSWORD, default stackup-demo; local only):
                   admin@demo.test, interviewer@demo.test, expert@demo.test, expert2@demo.test
                   the same @other.test, operator@stackup.test,
                   freelancer@stackup.test (interviewer in demo, tenant-admin in other)
                 Mail (e.g. interview assignments) goes to the SMTP server on port {} and is logged here.
                 Ctrl-C stops everything.
                =====================================================================""", Duration.ofNanos(System.nanoTime() - started).toSeconds(), appUrl, keycloak.baseUrl(), smtpPort);
        if (instances == 1) {
            log.info("Stackup exited with {}", apps.getFirst().waitFor());
            return;
        }
        log.info(
                "{} instances behind HAProxy on {}: pids {}",
                instances,
                appUrl,
                apps.stream().map(ApplicationProcess::pid).toList());
        while (apps.stream().anyMatch(ApplicationProcess::isAlive)) {
            Thread.sleep(1000);
        }
        log.info("Every instance has exited");
    }

    /** {@code --instances N}, default 1. */
    static int instances(String[] args) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals("--instances")) {
                int instances = Integer.parseInt(args[i + 1]);
                if (instances < 1 || instances > 8) {
                    throw new IllegalArgumentException("--instances takes 1 to 8, not " + instances);
                }
                return instances;
            }
        }
        return 1;
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

    /** An environment variable, or {@code fallback} when it is unset or blank. */
    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
