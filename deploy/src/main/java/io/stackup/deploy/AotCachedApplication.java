package io.stackup.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The application jar unpacked and given a JVM AOT cache (JEP 483/514, Java 25), so that it starts faster: the JVM
 * maps the classes it loaded in a training run, already parsed and linked, instead of reading them from 200 jars
 * (Spring Boot's "AOT Cache": the cache only works with the extracted form of the jar). Prepared under {@code home}
 * once per jar: extracted with {@code -Djarmode=tools extract}, then one training run that starts the application
 * against the running database and Keycloak and exits when its context is refreshed
 * ({@code -Dspring.context.exit=onRefresh}, {@code -XX:AOTCacheOutput}). A later start with the same jar (same
 * SHA-256) reuses both. If anything fails, the plain jar is used and the reason logged: the cache only saves time.
 */
public final class AotCachedApplication {

    private static final Logger log = LoggerFactory.getLogger(AotCachedApplication.class);
    private static final Duration TRAINING_TIMEOUT = Duration.ofMinutes(5);

    private AotCachedApplication() {}

    /**
     * The JVM options and jar to start {@code options}' application with: the extracted jar with
     * {@code -XX:AOTCache=…}, or the options unchanged when the cache cannot be made.
     */
    public static ApplicationProcess.Options prepare(ApplicationProcess.Options options, Path home) {
        try {
            Path dir = home.resolve("app");
            Path stamp = dir.resolve("jar.sha256");
            Path extracted = dir.resolve("extracted").resolve(options.jar().getFileName());
            Path cache = dir.resolve("stackup.aot");
            String sha = sha256(options.jar());
            boolean current = Files.isRegularFile(stamp)
                    && Files.readString(stamp).equals(sha)
                    && Files.isRegularFile(extracted)
                    && Files.isRegularFile(cache);
            if (!current) {
                long started = System.nanoTime();
                Files.deleteIfExists(stamp);
                deleteTree(dir.resolve("extracted"));
                Files.deleteIfExists(cache);
                Files.createDirectories(dir);
                run(
                        List.of(
                                ApplicationProcess.java(),
                                "-Djarmode=tools",
                                "-jar",
                                options.jar().toString(),
                                "extract",
                                "--destination",
                                dir.resolve("extracted").toString()),
                        options,
                        dir.resolve("extract.log"));
                log.info("Training Stackup's AOT cache (once per build of the jar); log: {}", dir.resolve("train.log"));
                List<String> trainingJvmArgs = new ArrayList<>(options.jvmArgs());
                trainingJvmArgs.addAll(List.of("-XX:AOTCacheOutput=" + cache, "-Dspring.context.exit=onRefresh"));
                List<String> train = ApplicationProcess.command(options.with(extracted, 0, trainingJvmArgs));
                run(train, options, dir.resolve("train.log"));
                if (!Files.isRegularFile(cache)) {
                    throw new IllegalStateException("the training run wrote no cache; see " + dir.resolve("train.log"));
                }
                Files.writeString(stamp, sha);
                log.info("AOT cache ready in {} s", (System.nanoTime() - started) / 1_000_000_000L);
            }
            List<String> jvmArgs = new ArrayList<>(options.jvmArgs());
            jvmArgs.add("-XX:AOTCache=" + cache);
            return options.with(extracted, options.port(), jvmArgs);
        } catch (IOException | RuntimeException e) {
            log.warn("Starting Stackup without an AOT cache: {}", e.toString());
            return options;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return options;
        }
    }

    private static void run(List<String> command, ApplicationProcess.Options options, Path logFile)
            throws IOException, InterruptedException {
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(logFile.toFile());
        ApplicationProcess.environment(builder.environment(), options);
        Process process = builder.start();
        if (!process.waitFor(TRAINING_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("timed out: " + String.join(" ", command) + "; log: " + logFile);
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException(
                    "exit " + process.exitValue() + " from " + command.get(1) + "…; log: " + logFile);
        }
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest()) + "\n" + Runtime.version();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
