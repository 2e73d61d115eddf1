package io.stackup.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarOutputStream;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AotCachedApplicationTest {

    @TempDir
    Path home;

    @Test
    void a_jar_that_cannot_be_extracted_is_started_as_it_is() throws Exception {
        Path jar = home.resolve("stackup.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new ZipEntry("not-a-boot-jar.txt"));
            out.write("plain".getBytes());
        }
        ApplicationProcess.Options options = new ApplicationProcess.Options(
                jar,
                8080,
                3025,
                "jdbc:postgresql://localhost:1/none",
                "http://localhost:1",
                "admin",
                null,
                ApplicationProcess.memoryBudget("1g"));

        ApplicationProcess.Options prepared = AotCachedApplication.prepare(options, home);

        assertThat(prepared).isEqualTo(options);
        assertThat(prepared.jvmArgs())
                .containsExactly("-XX:MaxRAMPercentage=60", "-XX:+ExitOnOutOfMemoryError", "-XX:MaxRAM=1g");
        assertThat(home.resolve("app").resolve("stackup.aot")).doesNotExist();
        assertThat(home.resolve("app").resolve("jar.sha256")).doesNotExist();
        assertThat(home.resolve("app").resolve("extract.log")).isRegularFile();
    }
}
