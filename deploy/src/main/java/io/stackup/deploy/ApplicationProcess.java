package io.stackup.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
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
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stackup's application jar as a child JVM with the {@code demo} profile, pointed at an {@link EmbeddedDatabase}, a
 * Keycloak and an SMTP server: the local stack's app, and the fault harness's, which kills and restarts it.
 */
public final class ApplicationProcess implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ApplicationProcess.class);
    private static final Duration READINESS_TIMEOUT = Duration.ofSeconds(10);

    /**
     * The application's JVM options for a fixed memory budget, such as a container's limit (README.md, "The application's
     * JVM"): the heap a share of the budget rather than the JVM's default quarter of the machine, the
     * rest left to metaspace, code, threads and direct buffers; and a JVM that runs out of heap exits (to be
     * restarted) rather than limping on. In a container the JVM reads the budget from the container's limit; on a
     * plain machine {@code -XX:MaxRAM} states it ({@link #memoryBudget}).
     */
    public static final List<String> CONTAINER_JVM_OPTIONS =
            List.of("-XX:MaxRAMPercentage=60", "-XX:+ExitOnOutOfMemoryError");

    /** {@link #CONTAINER_JVM_OPTIONS} with a budget of {@code budget} (e.g. {@code 1536m}) on a plain machine. */
    public static List<String> memoryBudget(String budget) {
        List<String> options = new ArrayList<>(CONTAINER_JVM_OPTIONS);
        options.add("-XX:MaxRAM=" + budget);
        return List.copyOf(options);
    }

    /**
     * How to start the application.
     *
     * @param jar the application jar ({@code platform-ui/target/stackup.jar})
     * @param port its HTTP port
     * @param smtpPort where it sends mail
     * @param databaseUrl the JDBC URL of the {@value EmbeddedDatabase#DATABASE} database
     * @param keycloakUrl the Keycloak it trusts and administers
     * @param adminPassword the Keycloak admin's password (the demo profile creates users with it)
     * @param output where the process's output goes: {@code null} for this JVM's own
     * @param jvmArgs extra JVM options, e.g. a heap size
     */
    public record Options(
            Path jar,
            int port,
            int smtpPort,
            String databaseUrl,
            String keycloakUrl,
            String adminPassword,
            @Nullable Path output,
            List<String> jvmArgs) {

        public Options {
            Objects.requireNonNull(jar, "jar");
            Objects.requireNonNull(databaseUrl, "databaseUrl");
            Objects.requireNonNull(keycloakUrl, "keycloakUrl");
            Objects.requireNonNull(adminPassword, "adminPassword");
            jvmArgs = List.copyOf(jvmArgs);
            requireJar(jar);
        }

        public String baseUrl() {
            return "http://localhost:" + port;
        }

        /**
         * One more instance of the same application on the same database, Keycloak and SMTP server: on {@code otherPort},
         * its output to {@code otherOutput}, with {@code moreJvmArgs} after these options' JVM options.
         */
        public Options instance(int otherPort, Path otherOutput, List<String> moreJvmArgs) {
            List<String> args = new ArrayList<>(jvmArgs);
            args.addAll(moreJvmArgs);
            return new Options(jar, otherPort, smtpPort, databaseUrl, keycloakUrl, adminPassword, otherOutput, args);
        }

        /** These options with another jar, port and JVM options (all else the same). */
        Options with(Path otherJar, int otherPort, List<String> otherJvmArgs) {
            return new Options(
                    otherJar, otherPort, smtpPort, databaseUrl, keycloakUrl, adminPassword, output, otherJvmArgs);
        }
    }

    /** Fails early, before any service is started, when the jar has not been built. */
    public static Path requireJar(Path jar) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(
                    "No application jar at " + jar.toAbsolutePath() + ". Build it first: ./mvnw -DskipTests package");
        }
        return jar;
    }

    private final Options options;
    private final Process process;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private ApplicationProcess(Options options, Process process) {
        this.options = options;
        this.process = process;
    }

    /** Starts the application and returns at once; {@link #awaitReady} waits for it. */
    public static ApplicationProcess start(Options options) {
        List<String> command = command(options);
        ProcessBuilder builder = new ProcessBuilder(command);
        environment(builder.environment(), options);
        if (options.output() == null) {
            builder.inheritIO();
        } else {
            builder.redirectErrorStream(true)
                    .redirectOutput(
                            ProcessBuilder.Redirect.appendTo(options.output().toFile()));
        }
        log.info("Starting Stackup from {} on port {}", options.jar(), options.port());
        try {
            return new ApplicationProcess(options, builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + command, e);
        }
    }

    /** The command line that runs the application as {@code options} say, with the {@code demo} profile. */
    static List<String> command(Options options) {
        List<String> command = new ArrayList<>();
        command.add(java());
        command.addAll(options.jvmArgs());
        command.addAll(List.of(
                "-jar", options.jar().toString(), "--spring.profiles.active=demo", "--server.port=" + options.port()));
        return command;
    }

    /** This JVM's own {@code java}, which runs the application too. */
    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The environment the application reads its database, Keycloak and mail settings from. */
    static void environment(Map<String, String> env, Options options) {
        env.put("STACKUP_DB_URL", options.databaseUrl());
        env.put("STACKUP_DB_USER", EmbeddedDatabase.APP_ROLE);
        env.put("STACKUP_DB_PASSWORD", EmbeddedDatabase.passwordOf(EmbeddedDatabase.APP_ROLE));
        env.put("STACKUP_DB_OWNER", EmbeddedDatabase.OWNER_ROLE);
        env.put("STACKUP_DB_OWNER_PASSWORD", EmbeddedDatabase.passwordOf(EmbeddedDatabase.OWNER_ROLE));
        env.put("STACKUP_KEYCLOAK_URL", options.keycloakUrl());
        env.put("KC_ADMIN_PASSWORD", options.adminPassword());
        env.put("STACKUP_SMTP_PORT", String.valueOf(options.smtpPort()));
        env.put("STACKUP_PUBLIC_URL", options.baseUrl());
    }

    public Options options() {
        return options;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Whether {@code /actuator/health/readiness} answers 200 now. */
    public boolean isReady() {
        return readinessStatus() == 200;
    }

    /**
     * The status {@code /actuator/health/readiness} answers now: 200 when ready, 503 when not (e.g. while the
     * database is gone), 0 when it cannot be reached or takes longer than 10 s.
     */
    public int readinessStatus() {
        HttpRequest ready = HttpRequest.newBuilder(URI.create(options.baseUrl() + "/actuator/health/readiness"))
                .timeout(READINESS_TIMEOUT)
                .build();
        try {
            return http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException notNow) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    /**
     * Waits until the application is ready.
     *
     * @throws IllegalStateException if it exits meanwhile or is not ready within {@code timeout}
     */
    public void awaitReady(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Stackup stopped while starting (exit " + process.exitValue() + "); "
                        + (options.output() == null ? "its log is above." : "its log: " + options.output()));
            }
            if (isReady()) {
                return;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("Stackup was not ready after " + timeout.toSeconds() + " s; "
                + (options.output() == null ? "its log is above." : "its log: " + options.output()));
    }

    /** Waits until the process exits and returns its exit code. */
    public int waitFor() throws InterruptedException {
        return process.waitFor();
    }

    /** Kills the JVM at once ({@code SIGKILL}: no shutdown hook, no graceful shutdown) and waits until it is gone. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** Stops the application gracefully, forcibly after 30 s. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            kill();
        }
    }

    @Override
    public String toString() {
        return "Stackup on " + options.baseUrl() + " (pid " + process.pid() + ")";
    }
}
