package io.stackup.bench;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import io.stackup.deploy.ApplicationProcess;
import io.stackup.deploy.EmbeddedDatabase;
import io.stackup.deploy.KeycloakServer;
import io.stackup.deploy.LoadBalancer;
import io.stackup.deploy.MailServer;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.slf4j.LoggerFactory;

/**
 * The fault harness's own stack, on free ports, with its PostgreSQL data under a folder of its own: PostgreSQL kept
 * on disk (the durable settings of ADR 0011, or {@code synchronous_commit=off} in unsafe mode), an SMTP server,
 * Keycloak with its in-memory database (so killing PostgreSQL leaves tokens alone) and the application jar as a child
 * JVM. It kills PostgreSQL ({@code SIGKILL} to the postmaster named in {@code postmaster.pid}) or the application
 * ({@code SIGKILL}) and restarts either as it was: PostgreSQL on the same data directory and port, the application
 * with the same options.
 */
final class FaultStack implements AutoCloseable {

    private static final Duration BACKENDS_GONE = Duration.ofSeconds(60);
    private static final int POSTGRES_START_TRIES = 10;

    private final Path dataDirectory;
    private final int databasePort;
    private final Map<String, String> databaseOverrides;
    private final MailServer mail;
    private final KeycloakServer keycloak;
    private final ApplicationProcess.Options appOptions;
    private EmbeddedDatabase database;
    private ApplicationProcess app;
    private ApplicationProcess second;
    private LoadBalancer balancer;

    private FaultStack(
            Path dataDirectory,
            int databasePort,
            Map<String, String> databaseOverrides,
            EmbeddedDatabase database,
            MailServer mail,
            KeycloakServer keycloak,
            ApplicationProcess.Options appOptions) {
        this.dataDirectory = dataDirectory;
        this.databasePort = databasePort;
        this.databaseOverrides = databaseOverrides;
        this.database = database;
        this.mail = mail;
        this.keycloak = keycloak;
        this.appOptions = appOptions;
    }

    /**
     * Starts everything in {@code work} ({@code postgres/} for the data, {@code app.log} for the application's output)
     * and waits until the application is ready.
     */
    static FaultStack start(Path work, Path appJar, boolean unsafe) throws InterruptedException {
        return start(work, appJar, unsafe, List.of());
    }

    /** As {@link #start(Path, Path, boolean)}, the application with these JVM options too (e.g. {@code -Dname=value}). */
    static FaultStack start(Path work, Path appJar, boolean unsafe, List<String> appJvmArgs)
            throws InterruptedException {
        Path data = work.resolve("postgres");
        Map<String, String> overrides = new java.util.HashMap<>();
        if (unsafe) {
            overrides.put("synchronous_commit", "off");
        }
        if (Boolean.getBoolean("pg.trace")) {
            // Every statement with its time, backend and transaction, in work/postgres-log/: to follow a lost write.
            overrides.put("logging_collector", "on");
            overrides.put(
                    "log_directory",
                    work.resolve("postgres-log").toAbsolutePath().toString());
            overrides.put("log_filename", "postgres-%H%M%S.log");
            overrides.put("log_statement", "all");
            overrides.put("log_line_prefix", "%m-p%p-x%x:"); // pg_ctl passes it through a shell
            overrides.put("log_min_messages", "info");
        }
        EmbeddedDatabase database = EmbeddedDatabase.start(data, KeycloakServer.freePort(), overrides);
        MailServer mail = null;
        KeycloakServer keycloak = null;
        try {
            mail = MailServer.start(0);
            int appPort = KeycloakServer.freePort();
            keycloak = KeycloakServer.start(
                    KeycloakServer.Options.inMemory(Path.of(System.getProperty("user.home"), ".cache", "stackup"))
                            .withEnv(Map.of("STACKUP_BASE_URL", "http://localhost:" + appPort)));
            ApplicationProcess.Options options = new ApplicationProcess.Options(
                    appJar,
                    appPort,
                    mail.port(),
                    database.jdbcUrl(EmbeddedDatabase.DATABASE),
                    keycloak.baseUrl(),
                    keycloak.adminPassword(),
                    work.resolve("app.log"),
                    java.util.stream.Stream.concat(
                                    Boolean.getBoolean("pg.trace")
                                            // the app's side of the trace: every statement jOOQ runs, with its values
                                            ? java.util.stream.Stream.of(
                                                    "-Xmx1g", "-Dlogging.level.org.jooq.tools.LoggerListener=DEBUG")
                                            : java.util.stream.Stream.of("-Xmx1g"),
                                    appJvmArgs.stream())
                            .toList());
            FaultStack stack = new FaultStack(data, database.port(), overrides, database, mail, keycloak, options);
            stack.startApp();
            return stack;
        } catch (RuntimeException | InterruptedException e) {
            closeQuietly(keycloak);
            closeQuietly(mail);
            database.close();
            throw e;
        }
    }

    String appUrl() {
        return appOptions.baseUrl();
    }

    /**
     * Starts a second application instance on the same database and HAProxy in front of both ({@link LoadBalancer}),
     * its files in {@code work} ({@code app-2.log}, {@code haproxy/}); from then on {@link #serviceUrl} is HAProxy's.
     * The first instance stays the one {@link #killApp} kills and {@link #startApp} starts again.
     */
    void startSecondInstanceBehindBalancer(Path work) throws InterruptedException {
        ApplicationProcess.Options options =
                appOptions.instance(KeycloakServer.freePort(), work.resolve("app-2.log"), List.of());
        second = ApplicationProcess.start(options);
        second.awaitReady(Duration.ofMinutes(3));
        balancer = LoadBalancer.start(
                work.resolve("haproxy"), KeycloakServer.freePort(), List.of(appOptions.port(), options.port()));
    }

    /** Where clients go: HAProxy once there are two instances, else the one application. */
    String serviceUrl() {
        return balancer != null ? balancer.url() : appUrl();
    }

    String keycloakUrl() {
        return keycloak.baseUrl();
    }

    Path appLog() {
        return appOptions.output();
    }

    ApplicationProcess app() {
        return app;
    }

    /** {@code synchronous_commit}, {@code fsync} and {@code full_page_writes} as the application's role sees them. */
    String durabilitySettings() {
        try (Connection connection = DriverManager.getConnection(
                        database.jdbcUrl(EmbeddedDatabase.DATABASE),
                        EmbeddedDatabase.APP_ROLE,
                        EmbeddedDatabase.passwordOf(EmbeddedDatabase.APP_ROLE));
                Statement statement = connection.createStatement()) {
            StringBuilder settings = new StringBuilder();
            for (String name : List.of("synchronous_commit", "fsync", "full_page_writes")) {
                try (ResultSet rs = statement.executeQuery("SHOW " + name)) {
                    rs.next();
                    settings.append(settings.isEmpty() ? "" : ", ")
                            .append(name)
                            .append('=')
                            .append(rs.getString(1));
                }
            }
            return settings.toString();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the settings", e);
        }
    }

    /** A row of db-scheduler's {@code scheduled_tasks}: when it runs next, and how many attempts failed in a row. */
    record ScheduledTask(String instance, java.time.Instant executionTime, boolean picked, int consecutiveFailures) {}

    /** The scheduler's tasks of that name whose instance starts with {@code prefix}, read as the application's role. */
    List<ScheduledTask> scheduledTasks(String name, String prefix) {
        try (Connection connection = DriverManager.getConnection(
                        database.jdbcUrl(EmbeddedDatabase.DATABASE),
                        EmbeddedDatabase.APP_ROLE,
                        EmbeddedDatabase.passwordOf(EmbeddedDatabase.APP_ROLE));
                java.sql.PreparedStatement statement = connection.prepareStatement(
                        "SELECT task_instance, execution_time, picked, coalesce(consecutive_failures, 0)"
                                + " FROM scheduled_tasks WHERE task_name = ? AND starts_with(task_instance, ?)"
                                + " ORDER BY task_instance")) {
            statement.setString(1, name);
            statement.setString(2, prefix);
            List<ScheduledTask> tasks = new java.util.ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    tasks.add(new ScheduledTask(
                            rs.getString(1),
                            rs.getObject(2, java.time.OffsetDateTime.class).toInstant(),
                            rs.getBoolean(3),
                            rs.getInt(4)));
                }
            }
            return tasks;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the scheduled tasks", e);
        }
    }

    /**
     * A killed postmaster and its data directory, whose processes must all be gone before a restart.
     *
     * @param processes how many processes worked in the data directory when the postmaster was killed
     */
    record KilledPostgres(ProcessHandle postmaster, Path dataDirectory, int processes) {

        /**
         * Waits until no process works in the data directory any more: the postmaster and every child it had
         * (backends, WAL writer, checkpointer, also one forked just before the kill), each of which runs with the data
         * directory as its working directory. Until they have exited, the old shared memory is still attached and
         * a straggler could still write; PostgreSQL's own check for that may not see processes of another user
         * namespace (the embedded library starts each server through {@code unshare -U}).
         */
        void awaitGone() throws InterruptedException {
            long deadline = System.nanoTime() + BACKENDS_GONE.toNanos();
            while (postmaster.isAlive() || !workingIn(dataDirectory).isEmpty()) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(
                            "PostgreSQL's processes " + workingIn(dataDirectory) + " were still running "
                                    + BACKENDS_GONE.toSeconds() + " s after the postmaster was killed");
                }
                Thread.sleep(50);
            }
        }
    }

    /** {@code kill -9} of the postmaster named in the data directory's {@code postmaster.pid}; returns at once. */
    KilledPostgres killPostgres() {
        long pid = postmasterPid();
        ProcessHandle postmaster =
                ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException("No postmaster with pid " + pid));
        int processes = workingIn(dataDirectory).size();
        postmaster.destroyForcibly();
        return new KilledPostgres(postmaster, dataDirectory, processes);
    }

    /** Live (not zombie) processes whose working directory is {@code directory}. */
    private static List<Long> workingIn(Path directory) {
        Path real;
        try {
            real = directory.toRealPath();
        } catch (IOException e) {
            return List.of();
        }
        return ProcessHandle.allProcesses()
                .filter(FaultStack::running)
                .filter(process -> {
                    try {
                        return Files.readSymbolicLink(Path.of("/proc", String.valueOf(process.pid()), "cwd"))
                                .equals(real);
                    } catch (IOException | UnsupportedOperationException gone) {
                        return false;
                    }
                })
                .map(ProcessHandle::pid)
                .toList();
    }

    /**
     * Starts PostgreSQL again on the same data directory and port, which first recovers from its WAL. The object of
     * the killed server is closed first (its stop fails, as nothing runs; it releases the library's lock on the data
     * directory). A start that fails, e.g. because a killed backend still held the old shared memory, is tried again.
     */
    void restartPostgres() throws InterruptedException {
        Logger library = (Logger) LoggerFactory.getLogger(EmbeddedPostgres.class);
        Level level = library.getLevel();
        library.setLevel(Level.OFF); // its "Could not stop postmaster" with a stack trace: expected, nothing runs
        try {
            database.close();
        } finally {
            library.setLevel(level);
        }
        for (int attempt = 1; ; attempt++) {
            try {
                database = EmbeddedDatabase.start(dataDirectory, databasePort, databaseOverrides);
                return;
            } catch (RuntimeException e) {
                if (attempt == POSTGRES_START_TRIES) {
                    throw e;
                }
                System.out.println("  PostgreSQL did not start (" + e.getMessage() + "), trying again in 2 s");
                Thread.sleep(2000);
            }
        }
    }

    /** {@code SIGKILL} of the application's JVM; returns once it is gone. */
    void killApp() throws InterruptedException {
        app.kill();
    }

    /** Starts the application with the options it had and waits until it is ready. */
    void startApp() throws InterruptedException {
        app = ApplicationProcess.start(appOptions);
        app.awaitReady(Duration.ofMinutes(5));
    }

    private long postmasterPid() {
        try {
            return Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid"))
                    .getFirst()
                    .strip());
        } catch (IOException e) {
            throw new UncheckedIOException("No postmaster.pid in " + dataDirectory, e);
        }
    }

    /** Alive and not a zombie (a zombie holds no shared memory, only its exit status). */
    private static boolean running(ProcessHandle process) {
        if (!process.isAlive()) {
            return false;
        }
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(process.pid()), "stat"));
            return stat.charAt(stat.lastIndexOf(')') + 2) != 'Z';
        } catch (IOException gone) {
            return false;
        }
    }

    /** Stops the application, Keycloak, the SMTP server and PostgreSQL, in that order; keeps going past failures. */
    @Override
    public void close() {
        closeQuietly(balancer);
        closeQuietly(second);
        if (app != null) {
            try {
                app.close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        closeQuietly(keycloak);
        closeQuietly(mail);
        closeQuietly(database);
    }

    private static void closeQuietly(AutoCloseable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (Exception e) {
            System.out.println("Could not stop " + closeable + ": " + e);
        }
    }
}
