package io.stackup.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The repository's operator scripts as the operations tests run them: in its root, with an environment of their own. */
final class Scripts {

    private Scripts() {}

    /**
     * Runs {@code command} (e.g. {@code bash deploy/local/backup.sh roundtrip}) in the repository's root with
     * {@code env} added, its output in {@code log}; fails with that output unless it exits 0 within {@code timeout}
     * (after which it is killed with whatever it started). Returns the output.
     */
    static String run(Map<String, String> env, Path log, Duration timeout, String... command)
            throws IOException, InterruptedException {
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(LocalStackRun.ROOT.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(env);
        Process script = builder.start();
        String name = String.join(" ", command);
        if (!script.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
            script.descendants().forEach(ProcessHandle::destroyForcibly);
            script.destroyForcibly();
            fail("%s did not end within %d s; %s ends with:%n%s", name, timeout.toSeconds(), log, tail(log));
        }
        String output = Files.readString(log);
        assertThat(script.exitValue())
                .as("%s's exit code; its output:%n%s", name, output)
                .isZero();
        return output;
    }

    /** The last 60 lines of {@code log} (none when it does not exist), for a failure's message. */
    static String tail(Path log) throws IOException {
        List<String> lines = Files.exists(log) ? Files.readAllLines(log) : List.of();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }
}
