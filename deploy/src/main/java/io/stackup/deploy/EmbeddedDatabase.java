package io.stackup.deploy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * A PostgreSQL server from Maven Central's embedded binaries, with Stackup's two roles and database.
 *
 * <p>The roles follow ADR 0001: {@value #OWNER_ROLE} owns the schema and runs Liquibase; {@value #APP_ROLE} is what the
 * application connects as: it owns nothing and cannot bypass row-level security.
 */
public final class EmbeddedDatabase implements RunningDatabase {

    public static final String DATABASE = "stackup";
    public static final String OWNER_ROLE = "stackup_owner";
    public static final String APP_ROLE = "stackup_app";
    public static final String KEYCLOAK_DATABASE = "keycloak";

    /**
     * The settings that make an acknowledged commit survive a crash of PostgreSQL or of the machine (ADR 0011): the
     * embedded library starts every server with {@code synchronous_commit=off} and {@code -F} (fsync off), which
     * acknowledges a commit before its WAL is written, so every kept cluster sets all three back explicitly.
     */
    public static final Map<String, String> DURABLE = Map.of(
            "fsync", "on",
            "synchronous_commit", "on",
            "full_page_writes", "on");

    /**
     * A throw-away cluster's settings: nothing of it outlives the JVM, so it trades durability for speed (the tests'
     * shared server).
     */
    static final Map<String, String> THROWAWAY = Map.of(
            "fsync", "off",
            "synchronous_commit", "off",
            "full_page_writes", "off");

    private final EmbeddedPostgres postgres;
    private final @Nullable Path dataDirectory;

    private EmbeddedDatabase(EmbeddedPostgres postgres, @Nullable Path dataDirectory) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
    }

    /**
     * Starts a server. With a data directory the data survives a restart and every commit is durable
     * ({@link #DURABLE}); without one it lives in a temporary folder and is not ({@link #THROWAWAY}).
     *
     * @param dataDirectory where the cluster lives, or {@code null} for a throw-away cluster
     * @param port the port, or 0 for any free one
     */
    public static EmbeddedDatabase start(@Nullable Path dataDirectory, int port) {
        return start(dataDirectory, port, Map.of());
    }

    /**
     * Starts a server as {@link #start(Path, int)} does, with some server settings overridden: only for measuring
     * what a setting costs or loses (the fault harness's unsafe mode), never for data anyone keeps.
     *
     * @param overrides server settings ({@code postgresql.conf} names) that win over the defaults above
     */
    public static EmbeddedDatabase start(@Nullable Path dataDirectory, int port, Map<String, String> overrides) {
        try {
            Map<String, String> settings = new LinkedHashMap<>(dataDirectory == null ? THROWAWAY : DURABLE);
            settings.put("max_connections", "300");
            settings.putAll(overrides);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
            settings.forEach(builder::setServerConfig);
            if (port > 0) {
                builder.setPort(port);
            }
            if (dataDirectory != null) {
                // A kept cluster may first have to recover from a crash: give it longer than the library's 10 s.
                builder.setDataDirectory(dataDirectory)
                        .setCleanDataDirectory(false)
                        .setPGStartupWait(Duration.ofSeconds(90));
            }
            EmbeddedDatabase database = new EmbeddedDatabase(builder.start(), dataDirectory);
            database.bootstrap();
            return database;
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start", e);
        }
    }

    /** Where the cluster lives, if it was started with a data directory. */
    public Optional<Path> dataDirectory() {
        return Optional.ofNullable(dataDirectory);
    }

    public int port() {
        return postgres.getPort();
    }

    @Override
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port() + "/" + database;
    }

    /** The roles' passwords equal their names: this server only ever listens on localhost for development and tests. */
    public static String passwordOf(String role) {
        return role;
    }

    public DataSource superuserDataSource() {
        return postgres.getPostgresDatabase();
    }

    private void bootstrap() {
        try {
            bootstrap(
                    superuserDataSource().getConnection(),
                    () -> postgres.getDatabase("postgres", DATABASE).getConnection());
        } catch (SQLException e) {
            throw new IllegalStateException("Could not reach the new PostgreSQL", e);
        }
    }

    /** Something that opens a connection. */
    @FunctionalInterface
    interface ConnectionSource {
        Connection open() throws SQLException;
    }

    /**
     * Creates Stackup's roles and databases, unless they exist, through a superuser's connection (which it closes),
     * then prepares the {@value #DATABASE} database through the second.
     */
    private static void bootstrap(Connection superuser, ConnectionSource stackupDatabase) {
        try (Connection connection = superuser;
                Statement statement = connection.createStatement()) {
            createRole(statement, OWNER_ROLE);
            createRole(statement, APP_ROLE);
            createRole(statement, KEYCLOAK_DATABASE);
            createDatabase(statement, DATABASE, OWNER_ROLE);
            createDatabase(statement, KEYCLOAK_DATABASE, KEYCLOAK_DATABASE);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create Stackup's roles and databases", e);
        }
        try (Connection connection = stackupDatabase.open();
                Statement statement = connection.createStatement()) {
            statement.execute("REVOKE CREATE ON SCHEMA public FROM PUBLIC");
            statement.execute("GRANT USAGE ON SCHEMA public TO " + APP_ROLE);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not prepare the stackup database", e);
        }
    }

    private static void createRole(Statement statement, String role) throws SQLException {
        statement.execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + role + "') THEN "
                + "CREATE ROLE " + role + " LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE PASSWORD '"
                + passwordOf(role) + "'; END IF; END $$");
    }

    private static void createDatabase(Statement statement, String database, String owner) throws SQLException {
        try (var rs = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + database + "'")) {
            if (rs.next()) {
                return;
            }
        }
        statement.execute("CREATE DATABASE " + database + " OWNER " + owner);
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
