package io.stackup.deploy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.images.builder.Transferable;

/**
 * Where a test run's PostgreSQL and Keycloak come from. By default, and on every machine: the embedded binaries and
 * the Maven Central distribution, started as processes. Where a Docker engine exists, {@code -Dstackup.test.services=
 * containers} (or {@code STACKUP_TEST_SERVICES=containers}) runs the same tests on Testcontainers instead: Stackup's
 * own images {@value #POSTGRES_IMAGE} and {@code stackup/keycloak} (deploy/images/build-images.sh builds them; there
 * is no registry to pull from), prepared the same way.
 *
 * <p>The containers share the host's network and listen on 127.0.0.1 at free ports, as the processes do: Chromium,
 * the application and Keycloak then agree on one issuer URL, and Keycloak reaches the test run's SMTP server. The
 * reaper Ryuk and the start-up checks of Testcontainers need images from a registry: Failsafe turns both off (the
 * root pom), and a shutdown hook stops the containers instead.
 */
public final class TestServices {

    /** The image of deploy/images/postgres/, which creates Stackup's roles and databases on an empty cluster. */
    static final String POSTGRES_IMAGE = "stackup/postgres:18";

    /** The image of deploy/images/keycloak/, with the realm and theme baked in (the test copies its own over them). */
    static final String KEYCLOAK_IMAGE = "stackup/keycloak:" + KeycloakServer.VERSION;

    private static final Duration START_TIMEOUT = Duration.ofMinutes(5);

    private TestServices() {}

    public static boolean useContainers() {
        String choice = System.getProperty("stackup.test.services", System.getenv("STACKUP_TEST_SERVICES"));
        return "containers".equalsIgnoreCase(choice);
    }

    /** A throw-away cluster ({@link EmbeddedDatabase#THROWAWAY}'s settings) with the roles' development passwords. */
    static RunningDatabase containerDatabase() {
        int port = KeycloakServer.freePort();
        List<String> command =
                new ArrayList<>(List.of("-c", "listen_addresses=127.0.0.1", "-c", "max_connections=300"));
        EmbeddedDatabase.THROWAWAY.forEach((name, value) -> command.addAll(List.of("-c", name + "=" + value)));
        GenericContainer<?> container = new GenericContainer<>(POSTGRES_IMAGE)
                .withNetworkMode("host")
                .withEnv("PGPORT", String.valueOf(port))
                .withEnv("POSTGRES_PASSWORD", EmbeddedDatabase.passwordOf("postgres"))
                .withEnv("STACKUP_DB_OWNER_PASSWORD", EmbeddedDatabase.passwordOf(EmbeddedDatabase.OWNER_ROLE))
                .withEnv("STACKUP_DB_PASSWORD", EmbeddedDatabase.passwordOf(EmbeddedDatabase.APP_ROLE))
                .withEnv("KEYCLOAK_DB_PASSWORD", EmbeddedDatabase.passwordOf(EmbeddedDatabase.KEYCLOAK_DATABASE))
                .withCommand(command.toArray(String[]::new))
                .waitingFor(Wait.forLogMessage(".*database system is ready to accept connections.*\\n", 1))
                .withStartupTimeout(START_TIMEOUT);
        start(container);
        String base = "jdbc:postgresql://localhost:" + port + "/";
        return new RunningDatabase() {
            @Override
            public String jdbcUrl(String database) {
                return base + database;
            }

            @Override
            public void close() {
                container.stop();
            }
        };
    }

    /**
     * A Keycloak container in development mode with an in-memory database and the realm imported, as
     * {@link KeycloakServer.Options#inMemory} starts the process.
     *
     * @param env variables for the realm import, such as {@code STACKUP_BASE_URL}
     */
    public static RunningKeycloak containerKeycloak(Map<String, String> env) {
        byte[] realm;
        try (var in = TestServices.class.getResourceAsStream(KeycloakServer.REALM_RESOURCE)) {
            realm = in.readAllBytes();
        } catch (java.io.IOException | NullPointerException e) {
            throw new IllegalStateException(
                    "The realm " + KeycloakServer.REALM_RESOURCE + " is not on the classpath", e);
        }
        String adminPassword = "admin";
        int port = KeycloakServer.freePort();
        GenericContainer<?> container = new GenericContainer<>(KEYCLOAK_IMAGE)
                .withNetworkMode("host")
                .withCommand(
                        "start-dev",
                        "--import-realm",
                        "--db=dev-mem",
                        "--http-host=127.0.0.1",
                        "--http-port=" + port,
                        "--http-management-port=" + KeycloakServer.freePort(),
                        "--health-enabled=true")
                .withEnv("KC_BOOTSTRAP_ADMIN_USERNAME", KeycloakServer.ADMIN_USERNAME)
                .withEnv("KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword)
                .withEnv(env)
                .withCopyToContainer(
                        Transferable.of(new String(realm, StandardCharsets.UTF_8)),
                        "/opt/keycloak/data/import/stackup-realm.json")
                .waitingFor(Wait.forLogMessage(".*Listening on: http.*\\n", 1))
                .withStartupTimeout(START_TIMEOUT);
        for (String file : KeycloakServer.THEME_FILES) {
            try (var in = TestServices.class.getResourceAsStream(KeycloakServer.THEME_RESOURCES + file)) {
                container.withCopyToContainer(Transferable.of(in.readAllBytes()), "/opt/keycloak/themes/" + file);
            } catch (java.io.IOException | NullPointerException e) {
                throw new IllegalStateException("The theme file " + file + " is not on the classpath", e);
            }
        }
        start(container);
        Runtime.getRuntime().addShutdownHook(new Thread(container::stop, "stop-test-keycloak"));
        String baseUrl = "http://localhost:" + port;
        return new RunningKeycloak() {
            @Override
            public String baseUrl() {
                return baseUrl;
            }

            @Override
            public String adminPassword() {
                return adminPassword;
            }

            @Override
            public void close() {
                container.stop();
            }
        };
    }

    private static void start(GenericContainer<?> container) {
        try {
            container.start();
        } catch (RuntimeException e) {
            String log;
            try {
                log = container.getLogs();
            } catch (RuntimeException noLog) {
                log = "none";
            }
            throw new IllegalStateException(
                    "Could not start " + container.getDockerImageName()
                            + " (build it with deploy/images/build-images.sh; its log: " + log + ")",
                    e);
        }
    }
}
