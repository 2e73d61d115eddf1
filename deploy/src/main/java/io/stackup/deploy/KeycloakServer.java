package io.stackup.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keycloak as a child process, started from the distribution zip in the local Maven repository.
 *
 * <p>The distribution is unpacked once per database kind into {@code <cacheDir>/keycloak-<version>-<kind>}: the database
 * vendor is a Quarkus build-time option, so one unpacked distribution per kind avoids a re-augmentation (about 40 s)
 * every time the local stack and the tests alternate, and two processes augmenting the same folder at once. The first
 * start of a distribution includes that augmentation; later starts skip it. Several servers may run at once from one
 * unpacked distribution as long as they use different ports.
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

    private static final Logger LOG = LoggerFactory.getLogger(KeycloakServer.class);
    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
    private static final int LOG_TAIL_LINES = 60;
    private static final Duration LOG_RETENTION = Duration.ofDays(7);
    /** Serialises unpacking and first starts inside this JVM; the file lock does the same across JVMs. */
    private static final ReentrantLock DIST_LOCK = new ReentrantLock();

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
            Files.createDirectories(options.cacheDir());
            Path logs = options.cacheDir().resolve("logs");
            Path logFile = logs.resolve("keycloak-" + options.db().kind() + "-" + options.httpPort() + ".log");
            Files.createDirectories(logs);
            pruneOldLogs(logs);
            Path lockFile = options.cacheDir()
                    .resolve("keycloak-" + VERSION + "-" + options.db().kind() + ".lock");
            DIST_LOCK.lock();
            try (FileChannel channel = new RandomAccessFile(lockFile.toFile(), "rw").getChannel();
                    FileLock ignored = channel.lock()) {
                Path home = unpack(options.cacheDir(), options.db().kind());
                installRealm(home);
                Path augmented = home.resolve(".stackup-augmented");
                boolean first = !Files.exists(augmented);
                if (first) {
                    // The first start augments the distribution in place: let nobody else start from it meanwhile.
                    KeycloakServer server = launch(options, home, logFile, started);
                    Files.writeString(augmented, VERSION);
                    return server;
                }
            } finally {
                DIST_LOCK.unlock();
            }
            return launch(
                    options, distributionHome(options.cacheDir(), options.db().kind()), logFile, started);
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

    /** The zip as the deploy module's {@code generate-resources} phase puts it into the local Maven repository. */
    public static Path distributionZip() {
        String explicit = System.getProperty("stackup.keycloak.zip");
        if (explicit != null && !explicit.isBlank()) {
            Path zip = Path.of(explicit);
            if (!Files.isRegularFile(zip)) {
                throw new IllegalStateException("stackup.keycloak.zip points at " + zip + ", which is not a file");
            }
            return zip;
        }
        String repository = System.getProperty("maven.repo.local");
        Path repo = repository != null && !repository.isBlank()
                ? Path.of(repository)
                : Path.of(System.getProperty("user.home"), ".m2", "repository");
        Path zip = repo.resolve(Path.of(
                "org", "keycloak", "keycloak-quarkus-dist", VERSION, "keycloak-quarkus-dist-" + VERSION + ".zip"));
        if (!Files.isRegularFile(zip)) {
            throw new IllegalStateException("The Keycloak distribution " + zip + " is missing. Fetch it once with"
                    + " `./mvnw -pl deploy generate-resources`, or point the system property stackup.keycloak.zip at"
                    + " a keycloak-quarkus-dist-" + VERSION + ".zip");
        }
        return zip;
    }

    private static Path distributionHome(Path cacheDir, String kind) {
        return cacheDir.resolve("keycloak-" + VERSION + "-" + kind);
    }

    /** Unpacks into a temporary folder and renames it, so that an interrupted unpack never leaves a partial one. */
    private static Path unpack(Path cacheDir, String kind) throws IOException {
        Path home = distributionHome(cacheDir, kind);
        String tempPrefix = "." + home.getFileName() + ".unpacking-";
        try (Stream<Path> leftovers = Files.list(cacheDir)) {
            for (Path leftover : leftovers
                    .filter(p -> p.getFileName().toString().startsWith(tempPrefix))
                    .toList()) {
                deleteRecursively(leftover);
            }
        }
        if (Files.isRegularFile(home.resolve("bin").resolve("kc.sh"))) {
            return home;
        }
        Path zip = distributionZip();
        long started = System.nanoTime();
        Path temp = Files.createDirectory(cacheDir.resolve(tempPrefix + UUID.randomUUID()));
        try (ZipFile zipFile = new ZipFile(zip.toFile())) {
            Enumeration<? extends ZipEntry> entries = zipFile.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                Path target = temp.resolve(entry.getName()).normalize();
                if (!target.startsWith(temp)) {
                    throw new IOException("Zip entry outside the target folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Path folder = Objects.requireNonNull(target.getParent(), "an entry lies inside the folder");
                Files.createDirectories(folder);
                try (InputStream in = zipFile.getInputStream(entry)) {
                    Files.copy(in, target);
                }
                if (folder.getFileName().toString().equals("bin")
                        && target.getFileName().toString().endsWith(".sh")) {
                    Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwxr-xr-x"));
                }
            }
        }
        Path unpacked = temp.resolve("keycloak-" + VERSION);
        if (!Files.isDirectory(unpacked)) {
            deleteRecursively(temp);
            throw new IOException(zip + " has no top-level folder keycloak-" + VERSION);
        }
        try {
            Files.move(unpacked, home, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException e) {
            throw new IOException(home + " exists but has no bin/kc.sh: delete it and start again", e);
        } finally {
            deleteRecursively(temp);
        }
        LOG.info(
                "Unpacked {} into {} in {} ms",
                zip,
                home,
                Duration.ofNanos(System.nanoTime() - started).toMillis());
        return home;
    }

    /** Replaces the realm file atomically: a server starting meanwhile reads either the old or the new one. */
    private static void installRealm(Path home) throws IOException {
        Path importDir = Files.createDirectories(home.resolve("data").resolve("import"));
        Path target = importDir.resolve("stackup-realm.json");
        Path temp = importDir.resolve(".stackup-realm.json." + UUID.randomUUID() + ".tmp");
        try (InputStream in = KeycloakServer.class.getResourceAsStream(REALM_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The classpath resource " + REALM_RESOURCE + " is missing");
            }
            Files.copy(in, temp);
        }
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
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

    private static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
