package io.stackup.deploy;

import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.Map;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.images.builder.Transferable;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * Where a test run's PostgreSQL and Keycloak come from. By default, and on every machine: the embedded binaries and
 * the Maven Central distribution, started as processes. Where a Docker engine exists, {@code -Dstackup.test.services=
 * containers} (or {@code STACKUP_TEST_SERVICES=containers}) runs the same tests on Testcontainers instead: the
 * {@code postgres:18} and {@code quay.io/keycloak/keycloak} images, prepared the same way.
 */
public final class TestServices {

    private TestServices() {}

    public static boolean useContainers() {
        String choice = System.getProperty("stackup.test.services", System.getenv("STACKUP_TEST_SERVICES"));
        return "containers".equalsIgnoreCase(choice);
    }

    static RunningDatabase containerDatabase() {
        PostgreSQLContainer container = new PostgreSQLContainer("postgres:18");
        container.start();
        String base = "jdbc:postgresql://" + container.getHost() + ":" + container.getMappedPort(5432) + "/";
        try {
            EmbeddedDatabase.bootstrap(
                    DriverManager.getConnection(
                            container.getJdbcUrl(), container.getUsername(), container.getPassword()),
                    () -> DriverManager.getConnection(
                            base + EmbeddedDatabase.DATABASE, container.getUsername(), container.getPassword()));
        } catch (java.sql.SQLException e) {
            container.stop();
            throw new IllegalStateException("Could not prepare the PostgreSQL container", e);
        }
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
     * A Keycloak container with the realm imported.
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
        GenericContainer<?> container = new GenericContainer<>("quay.io/keycloak/keycloak:" + KeycloakServer.VERSION)
                .withCommand("start-dev", "--import-realm")
                .withEnv("KC_BOOTSTRAP_ADMIN_USERNAME", KeycloakServer.ADMIN_USERNAME)
                .withEnv("KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword)
                .withEnv(env)
                .withCopyToContainer(
                        Transferable.of(new String(realm, StandardCharsets.UTF_8)),
                        "/opt/keycloak/data/import/stackup-realm.json")
                .withExposedPorts(8080)
                .waitingFor(Wait.forHttp("/realms/" + KeycloakServer.REALM).forStatusCode(200))
                .withStartupTimeout(Duration.ofMinutes(5));
        for (String file : KeycloakServer.THEME_FILES) {
            try (var in = TestServices.class.getResourceAsStream(KeycloakServer.THEME_RESOURCES + file)) {
                container.withCopyToContainer(Transferable.of(in.readAllBytes()), "/opt/keycloak/themes/" + file);
            } catch (java.io.IOException | NullPointerException e) {
                throw new IllegalStateException("The theme file " + file + " is not on the classpath", e);
            }
        }
        container.start();
        String baseUrl = "http://" + container.getHost() + ":" + container.getMappedPort(8080);
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
}
