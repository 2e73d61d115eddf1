package io.stackup.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keycloak as a child process, started from the distribution zip in the local Maven repository: the process, its
 * environment, its health and its stop. Unpacking and caching the distribution is {@link KeycloakDistribution}'s job.
 *
 * <p>The first start of a distribution includes Keycloak's augmentation (about 40 s) and holds the distribution's lock
 * meanwhile; later starts skip it. Several servers may run at once from one unpacked distribution as long as they use
 * different ports.
 *
 * <p>The realm {@code stackup} is imported from the classpath resource {@value #REALM_RESOURCE} at start. Keycloak
 * skips the import when the realm already exists, which only happens with a kept PostgreSQL database.
 */
public final class KeycloakServer implements RunningKeycloak {

    /** Must match {@code keycloak.version} in the parent pom, which resolves the zip into the local repository. */
    public static final String VERSION = "26.5.6";

    public static final String REALM = "stackup";
    public static final String ADMIN_USERNAME = "admin";
    public static final String REALM_RESOURCE = "/keycloak/stackup-realm.json";

    /** Where the login theme's files are on the classpath (deploy/keycloak/themes/). */
    public static final String THEME_RESOURCES = "/keycloak/themes/";

    /** The files of Stackup's login theme, relative to {@link #THEME_RESOURCES} and to Keycloak's {@code themes/}. */
    public static final List<String> THEME_FILES = List.of(
            "stackup/login/theme.properties",
            "stackup/login/login-username.ftl",
            "stackup/login/login.ftl",
            "stackup/login/messages/messages_en.properties",
            "stackup/login/messages/messages_de.properties");

    private static final Logger LOG = LoggerFactory.getLogger(KeycloakServer.class);
    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
    private static final int LOG_TAIL_LINES = 60;
    private static final Duration LOG_RETENTION = Duration.ofDays(7);

    /** Where Keycloak keeps its data. */
    public sealed interface Database {

        /** {@code --db=dev-mem}: an in-memory H2 database, so every start begins with a freshly imported realm. */
        record InMemory() implements Database {}

        /** {@code --db=postgres}: the data, including the realm and its users, survives a restart. */
        record Postgres(String jdbcUrl, String username, String password) implements Database {
            public Postgres {
                Objects.requireNonNull(jdbcUrl, "jdbcUrl");
                Objects.requireNonNull(username, "username");
                Objects.requireNonNull(password, "password");
            }

            @Override
            public String toString() {
                return "Postgres[jdbcUrl=" + jdbcUrl + ", username=" + username + "]";
            }
        }

        static Database inMemory() {
            return new InMemory();
        }

        static Database postgres(String jdbcUrl, String username, String password) {
            return new Postgres(jdbcUrl, username, password);
        }

        private String kind() {
            return this instanceof Postgres ? "postgres" : "dev-mem";
        }
    }

    /**
     * How to start the server.
     *
     * @param cacheDir where the distribution is unpacked and the logs are written; shared between servers
     * @param httpPort the port of the realms, the admin console and the admin REST API
     * @param managementPort the port of {@code /health}
     * @param adminPassword the password of the bootstrap admin {@value #ADMIN_USERNAME} in the master realm; only
     *     applied when the master realm is created, so a kept database keeps its first password
     * @param db where the data lives
     * @param env extra environment variables for the process, e.g. {@code STACKUP_BASE_URL} and
     *     {@code STACKUP_WEB_CLIENT_SECRET} for the realm import or {@code KC_*} options; they win over the defaults
     */
    public record Options(
            Path cacheDir,
            int httpPort,
            int managementPort,
            String adminPassword,
            Database db,
            Map<String, String> env) {

        public Options {
            Objects.requireNonNull(cacheDir, "cacheDir");
            Objects.requireNonNull(adminPassword, "adminPassword");
            Objects.requireNonNull(db, "db");
            env = env == null ? Map.of() : Map.copyOf(env);
            if (httpPort <= 0 || managementPort <= 0 || httpPort == managementPort) {
                throw new IllegalArgumentException(
                        "Need two different ports, got http " + httpPort + " and management " + managementPort);
            }
        }

        /** An in-memory server on two free ports, as the tests use it. */
        public static Options inMemory(Path cacheDir) {
            return new Options(cacheDir, freePort(), freePort(), "admin", Database.inMemory(), Map.of());
        }

        public Options withEnv(Map<String, String> moreEnv) {
            Map<String, String> merged = new LinkedHashMap<>(env);
            merged.putAll(moreEnv);
            return new Options(cacheDir, httpPort, managementPort, adminPassword, db, merged);
        }
    }

    private final Options options;
    private final Process process;
    private final Path logFile;
    private final Duration startupTime;
    private final Thread shutdownHook;
    private final AtomicBoolean closed = new AtomicBoolean();

    private KeycloakServer(Options options, Process process, Path logFile, Duration startupTime, Thread shutdownHook) {
        this.options = options;
        this.process = process;
        this.logFile = logFile;
        this.startupTime = startupTime;
        this.shutdownHook = shutdownHook;
    }

    /**
     * Unpacks the distribution if needed, starts Keycloak and waits until it is ready and the realm {@value #REALM}
     * answers.
     *
     * @throws IllegalStateException if the zip is missing, the process dies or it is not ready in time; the message
     *     names the log file and quotes its end
     */
    public static KeycloakServer start(Options options) {
        long started = System.nanoTime();
        try {
            Path logs = Files.createDirectories(options.cacheDir().resolve("logs"));
            pruneOldLogs(logs);
            Path logFile = logs.resolve("keycloak-" + options.db().kind() + "-" + options.httpPort() + ".log");
            Path home;
            try (KeycloakDistribution distribution =
                    KeycloakDistribution.lock(options.cacheDir(), options.db().kind())) {
                home = distribution.prepare();
                if (!distribution.augmented()) {
                    // The first start augments the distribution in place: let nobody else start from it meanwhile.
                    KeycloakServer server = launch(options, home, logFile, started);
                    distribution.markAugmented();
                    return server;
                }
            }
            return launch(options, home, logFile, started);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not prepare Keycloak in " + options.cacheDir(), e);
        }
    }

    private static KeycloakServer launch(Options options, Path home, Path logFile, long started) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                home.resolve("bin").resolve("kc.sh").toString(),
                "start-dev",
                "--http-port=" + options.httpPort(),
                "--http-management-port=" + options.managementPort(),
                "--health-enabled=true",
                "--import-realm",
                "--db=" + options.db().kind()));
        ProcessBuilder builder =
                new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true);
        builder.redirectOutput(logFile.toFile());
        Map<String, String> env = builder.environment();
        // Only what is set here configures the server, not whatever KC_* the caller's shell happens to export.
        env.keySet().removeIf(name -> name.startsWith("KC_") || name.startsWith("KEYCLOAK_"));
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USERNAME);
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", options.adminPassword());
        env.put("KC_HTTP_HOST", "127.0.0.1");
        env.put("KC_LOG_CONSOLE_COLOR", "false");
        if (options.db() instanceof Database.Postgres(String jdbcUrl, String username, String password)) {
            env.put("KC_DB_URL", jdbcUrl);
            env.put("KC_DB_USERNAME", username);
            env.put("KC_DB_PASSWORD", password);
        }
        env.putAll(options.env());

        LOG.info(
                "Starting Keycloak {} ({}) on http://localhost:{}, management port {}; log: {}",
                VERSION,
                options.db(),
                options.httpPort(),
                options.managementPort(),
                logFile);
        Process process = builder.start();
        Thread hook = new Thread(() -> destroy(process), "keycloak-" + options.httpPort() + "-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            awaitReady(options, process, logFile);
        } catch (RuntimeException | Error e) {
            destroy(process);
            removeHook(hook);
            throw e;
        }
        Duration startupTime = Duration.ofNanos(System.nanoTime() - started);
        LOG.info(
                "Keycloak {} ready on http://localhost:{} after {} ms (pid {})",
                VERSION,
                options.httpPort(),
                startupTime.toMillis(),
                process.pid());
        return new KeycloakServer(options, process, logFile, startupTime, hook);
    }

    private static void awaitReady(Options options, Process process, Path logFile) {
        URI health = URI.create("http://localhost:" + options.managementPort() + "/health/ready");
        URI discovery = URI.create(
                "http://localhost:" + options.httpPort() + "/realms/" + REALM + "/.well-known/openid-configuration");
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        try (HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build()) {
            while (true) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("Keycloak exited with code " + process.exitValue()
                            + " before it was ready; log " + logFile + " ends with:\n" + tail(logFile));
                }
                if (answers(http, health, "\"UP\"") && answers(http, discovery, "\"issuer\"")) {
                    return;
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Keycloak was not ready within " + START_TIMEOUT.toSeconds()
                            + " s (" + health + ", " + discovery + "); log " + logFile + " ends with:\n"
                            + tail(logFile));
                }
                Thread.sleep(500);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for Keycloak", e);
        }
    }

    private static boolean answers(HttpClient http, URI uri, String expected) throws InterruptedException {
        try {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().contains(expected);
        } catch (IOException notYet) {
            return false;
        }
    }

    @Override
    public String baseUrl() {
        return "http://localhost:" + options.httpPort();
    }

    public Options options() {
        return options;
    }

    @Override
    public String adminPassword() {
        return options.adminPassword();
    }

    public Path logFile() {
        return logFile;
    }

    /** From {@link #start} until ready, including the unpacking and the augmentation of a first start. */
    public Duration startupTime() {
        return startupTime;
    }

    public long pid() {
        return process.pid();
    }

    /** Stops the process and its children, and waits until they are gone. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            destroy(process);
            removeHook(shutdownHook);
            LOG.info("Keycloak on http://localhost:{} stopped", options.httpPort());
        }
    }

    /** A port that was free a moment ago. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port", e);
        }
    }

    private static void destroy(Process process) {
        List<ProcessHandle> descendants = process.descendants().toList();
        process.destroy();
        descendants.forEach(ProcessHandle::destroy);
        try {
            if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                LOG.warn("Keycloak (pid {}) did not stop within {} s, killing it", process.pid(), STOP_TIMEOUT);
                process.destroyForcibly();
                process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            }
            for (ProcessHandle child : descendants) {
                if (child.isAlive()) {
                    child.destroyForcibly();
                }
                child.onExit().get(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            descendants.forEach(ProcessHandle::destroyForcibly);
        } catch (Exception e) {
            LOG.warn("Could not wait for Keycloak's child processes to stop", e);
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The hook runs anyway or already ran.
        }
    }

    private static String tail(Path logFile) {
        try {
            List<String> lines = Files.readAllLines(logFile, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(could not read " + logFile + ": " + e + ")";
        }
    }

    /** Every start on a free port writes a new log: keep a week's worth. */
    private static void pruneOldLogs(Path logs) {
        Instant cutoff = Instant.now().minus(LOG_RETENTION);
        try (Stream<Path> files = Files.list(logs)) {
            for (Path file : files.filter(p -> p.getFileName().toString().endsWith(".log"))
                    .toList()) {
                if (Files.getLastModifiedTime(file).toInstant().isBefore(cutoff)) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException e) {
            LOG.debug("Could not prune old Keycloak logs in {}", logs, e);
        }
    }
}
