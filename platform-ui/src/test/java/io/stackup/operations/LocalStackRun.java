package io.stackup.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * {@code deploy/local/run.sh}'s stack as a child process of the test ({@code java -jar deploy-*-local.jar stackup.jar},
 * the jars {@code package} built), with a {@code STACKUP_HOME} of its own in a work folder under target and free
 * ports, so that it runs beside anyone's local stack; and {@code deploy/local/backup.sh} run on it with the same
 * environment. Close it to stop the stack.
 */
final class LocalStackRun implements AutoCloseable {

    /** The repository's root: the tests run in platform-ui. */
    static final Path ROOT =
            Path.of(System.getProperty("user.dir")).toAbsolutePath().getParent();

    private static final String READY = "Stackup is ready after";
    private static final Duration START_TIMEOUT = Duration.ofMinutes(5);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration ROUNDTRIP_TIMEOUT = Duration.ofMinutes(15);

    private final Path work;
    private final Path home;
    private final Map<String, String> env = new LinkedHashMap<>();
    private String appUrl = "";
    private String keycloakUrl = "";
    private @Nullable Process stack;

    private LocalStackRun(Path work) {
        this.work = work;
        this.home = work.resolve("home");
    }

    String appUrl() {
        return appUrl;
    }

    String keycloakUrl() {
        return keycloakUrl;
    }

    @Override
    public void close() throws Exception {
        stop();
    }

    /** Whether this JVM runs as root (Linux: the owner of /proc/self is the process's effective user). */
    static boolean runsAsRoot() {
        try {
            return Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * A fresh {@code STACKUP_HOME} (the last run's deleted: it is under target) and free ports for the app, Keycloak
     * (whose management port is its port + 1000, so that one is free too), PostgreSQL and the SMTP server; the
     * environment both the stack and the script get.
     */
    static LocalStackRun prepare(Path work) throws IOException {
        LocalStackRun run = new LocalStackRun(work);
        deleteRecursively(work);
        Files.createDirectories(run.home);
        List<ServerSocket> held = new ArrayList<>();
        try {
            int app = freePort(held);
            int keycloak = freePort(held);
            while (keycloak + 1000 > 65535 || !isFree(keycloak + 1000)) {
                keycloak = freePort(held);
            }
            int database = freePort(held);
            int smtp = freePort(held);
            run.env.put("STACKUP_HOME", run.home.toString());
            run.env.put("STACKUP_PORT", String.valueOf(app));
            run.env.put("STACKUP_KEYCLOAK_PORT", String.valueOf(keycloak));
            run.env.put("STACKUP_DB_PORT", String.valueOf(database));
            run.env.put("STACKUP_SMTP_PORT", String.valueOf(smtp));
            run.env.put("STACKUP_AOT_CACHE", "false");
            run.env.put("JAVA_HOME", System.getProperty("java.home"));
            run.appUrl = "http://localhost:" + app;
            run.keycloakUrl = "http://localhost:" + keycloak;
        } finally {
            for (ServerSocket socket : held) {
                socket.close();
            }
        }
        return run;
    }

    /** A port free now, held open (in {@code held}) so that the next call picks another. */
    private static int freePort(List<ServerSocket> held) throws IOException {
        ServerSocket socket = new ServerSocket(0);
        held.add(socket);
        return socket.getLocalPort();
    }

    private static boolean isFree(int port) {
        try (ServerSocket ignored = new ServerSocket(port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Starts {@code java -jar deploy-*-local.jar stackup.jar} (what run.sh runs) in the repository's root, its output
     * in the work folder's {@code <name>.log}, and waits for its ready banner: fails with the log's end if it
     * exits first or is not ready within {@link #START_TIMEOUT}.
     */
    void start(String name) throws IOException, InterruptedException {
        Path log = work.resolve(name + ".log");
        ProcessBuilder builder = new ProcessBuilder(
                        java(),
                        "-jar",
                        onlyMatch(ROOT.resolve("deploy/target"), "deploy-*-local.jar")
                                .toString(),
                        ROOT.resolve("platform-ui/target/stackup.jar").toString())
                .directory(ROOT.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(env);
        stack = builder.start();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (!Files.readString(log).contains(READY)) {
            if (!stack.isAlive()) {
                fail(
                        "The local stack (%s) exited with %d before it was ready; %s ends with:%n%s",
                        name, stack.exitValue(), log, Scripts.tail(log));
            }
            if (System.nanoTime() > deadline) {
                fail(
                        "The local stack (%s) was not ready within %d s; %s ends with:%n%s",
                        name, START_TIMEOUT.toSeconds(), log, Scripts.tail(log));
            }
            Thread.sleep(500);
        }
    }

    /**
     * Stops the stack as Ctrl-C does (SIGTERM: its shutdown hooks stop the app, Keycloak and PostgreSQL), waits up to
     * {@link #STOP_TIMEOUT}, then kills it and whatever of its children is left. Does nothing when none runs.
     */
    void stop() throws Exception {
        Process running = stack;
        stack = null;
        if (running == null) {
            return;
        }
        List<ProcessHandle> children = running.descendants().toList();
        running.destroy();
        if (!running.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            running.destroyForcibly();
            running.waitFor(10, TimeUnit.SECONDS);
        }
        for (ProcessHandle child : children) {
            if (child.isAlive()) {
                child.destroyForcibly();
                child.onExit().get(10, TimeUnit.SECONDS);
            }
        }
    }

    /**
     * Runs {@code bash deploy/local/backup.sh roundtrip} in the repository's root with the stack's environment, its
     * output in the work folder's {@code roundtrip.log}: asserts it exits 0 and says "identical", and returns its
     * summary line ("Round trip through DIR: identical, N tables, M rows …").
     */
    String backupRoundTrip() throws IOException, InterruptedException {
        String output = Scripts.run(
                env, work.resolve("roundtrip.log"), ROUNDTRIP_TIMEOUT, "bash", "deploy/local/backup.sh", "roundtrip");
        return output.lines()
                .filter(line -> line.startsWith("Round trip through ") && line.contains(": identical"))
                .findFirst()
                .orElseGet(() -> fail("backup.sh roundtrip did not say 'identical':%n%s", output));
    }

    /** The java of this JVM. */
    private static String java() {
        return ProcessHandle.current()
                .info()
                .command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    /** The one file in {@code dir} matching {@code glob}; fails when there is none (run {@code package} first). */
    private static Path onlyMatch(Path dir, String glob) throws IOException {
        List<Path> found = new ArrayList<>();
        if (Files.isDirectory(dir)) {
            try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, glob)) {
                files.forEach(found::add);
            }
        }
        assertThat(found).as("%s in %s (built by package)", glob, dir).hasSize(1);
        return found.getFirst();
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
