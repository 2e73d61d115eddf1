package io.stackup.deploy;

import static io.stackup.deploy.KeycloakServer.REALM_RESOURCE;
import static io.stackup.deploy.KeycloakServer.VERSION;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Keycloak distribution {@link KeycloakServer} starts from, unpacked once per database kind into
 * {@code <cacheDir>/keycloak-<version>-<kind>} and held under a lock while it is prepared or first started.
 *
 * <p>Why one folder per kind: the database vendor is a Quarkus build-time option, so one unpacked distribution per kind
 * avoids a re-augmentation (about 40 s) every time the local stack and the tests alternate, and two processes
 * augmenting the same folder at once. The lock is a {@link ReentrantLock} inside this JVM and a file lock across JVMs;
 * it is held from {@link #lock} until {@link #close}.
 */
final class KeycloakDistribution implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(KeycloakDistribution.class);
    /** Serialises unpacking and first starts inside this JVM; the file lock does the same across JVMs. */
    private static final ReentrantLock DIST_LOCK = new ReentrantLock();

    private final Path cacheDir;
    private final String kind;
    private final FileChannel channel;
    private final FileLock fileLock;

    private KeycloakDistribution(Path cacheDir, String kind, FileChannel channel, FileLock fileLock) {
        this.cacheDir = cacheDir;
        this.kind = kind;
        this.channel = channel;
        this.fileLock = fileLock;
    }

    /** Waits until no other start in this JVM or another one prepares or first starts this kind's distribution. */
    static KeycloakDistribution lock(Path cacheDir, String kind) throws IOException {
        Files.createDirectories(cacheDir);
        Path lockFile = cacheDir.resolve("keycloak-" + VERSION + "-" + kind + ".lock");
        DIST_LOCK.lock();
        FileChannel channel = null;
        try {
            channel = new RandomAccessFile(lockFile.toFile(), "rw").getChannel();
            return new KeycloakDistribution(cacheDir, kind, channel, channel.lock());
        } catch (IOException | RuntimeException | Error e) {
            if (channel != null) {
                channel.close();
            }
            DIST_LOCK.unlock();
            throw e;
        }
    }

    /** Unpacks the distribution unless it is there already, installs the current realm file, and returns its home. */
    Path prepare() throws IOException {
        Path home = unpack(cacheDir, kind);
        installRealm(home);
        installTheme(home);
        return home;
    }

    /** Whether a server has been started from this distribution before, so that it need not augment it again. */
    boolean augmented() {
        return Files.exists(augmentedMarker());
    }

    void markAugmented() throws IOException {
        Files.writeString(augmentedMarker(), VERSION);
    }

    private Path augmentedMarker() {
        return distributionHome(cacheDir, kind).resolve(".stackup-augmented");
    }

    @Override
    public void close() throws IOException {
        try (channel) {
            fileLock.release();
        } finally {
            DIST_LOCK.unlock();
        }
    }

    /** The zip as the deploy module's {@code generate-resources} phase puts it into the local Maven repository. */
    static Path distributionZip() {
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

    /**
     * Copies Stackup's login theme ({@link KeycloakServer#THEME_FILES}) into {@code themes/}, where Keycloak reads
     * themes at run time without a new augmentation. Each file is replaced atomically.
     */
    private static void installTheme(Path home) throws IOException {
        for (String file : KeycloakServer.THEME_FILES) {
            Path target = home.resolve("themes").resolve(file);
            Files.createDirectories(target.getParent());
            Path temp = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
            try (InputStream in = KeycloakServer.class.getResourceAsStream(KeycloakServer.THEME_RESOURCES + file)) {
                if (in == null) {
                    throw new IllegalStateException(
                            "The classpath resource " + KeycloakServer.THEME_RESOURCES + file + " is missing");
                }
                Files.copy(in, temp);
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
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
