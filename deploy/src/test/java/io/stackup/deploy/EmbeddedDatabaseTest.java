package io.stackup.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedDatabaseTest {

    private static final String[] DURABILITY_SETTINGS = {"fsync", "synchronous_commit", "full_page_writes"};

    @Test
    void a_cluster_with_a_data_directory_acknowledges_a_commit_only_once_it_is_on_disk(@TempDir Path data) {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(data.resolve("postgres"), 0)) {
            assertThat(settingsSeenBy(database, EmbeddedDatabase.APP_ROLE))
                    .containsExactlyInAnyOrderEntriesOf(
                            Map.of("fsync", "on", "synchronous_commit", "on", "full_page_writes", "on"));
            assertThat(database.dataDirectory()).contains(data.resolve("postgres"));
        }
    }

    @Test
    void a_restarted_cluster_on_the_same_data_directory_stays_durable(@TempDir Path data) {
        Path directory = data.resolve("postgres");
        int port;
        try (EmbeddedDatabase first = EmbeddedDatabase.start(directory, 0)) {
            port = first.port();
        }
        try (EmbeddedDatabase again = EmbeddedDatabase.start(directory, port)) {
            assertThat(settingsSeenBy(again, EmbeddedDatabase.OWNER_ROLE))
                    .containsEntry("fsync", "on")
                    .containsEntry("synchronous_commit", "on")
                    .containsEntry("full_page_writes", "on");
        }
    }

    @Test
    void a_throwaway_cluster_trades_durability_for_speed() {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(null, 0)) {
            assertThat(settingsSeenBy(database, EmbeddedDatabase.APP_ROLE))
                    .containsEntry("fsync", "off")
                    .containsEntry("synchronous_commit", "off");
            assertThat(database.dataDirectory()).isEmpty();
        }
    }

    @Test
    void an_override_wins_over_the_durable_defaults(@TempDir Path data) {
        try (EmbeddedDatabase database =
                EmbeddedDatabase.start(data.resolve("postgres"), 0, Map.of("synchronous_commit", "off"))) {
            assertThat(settingsSeenBy(database, EmbeddedDatabase.APP_ROLE))
                    .containsEntry("synchronous_commit", "off")
                    .containsEntry("fsync", "on");
        }
    }

    /** The settings as a session of {@code role} in Stackup's database sees them (role and database settings apply). */
    private static Map<String, String> settingsSeenBy(EmbeddedDatabase database, String role) {
        try (Connection connection = DriverManager.getConnection(
                        database.jdbcUrl(EmbeddedDatabase.DATABASE), role, EmbeddedDatabase.passwordOf(role));
                Statement statement = connection.createStatement()) {
            Map<String, String> settings = new LinkedHashMap<>();
            for (String name : DURABILITY_SETTINGS) {
                try (ResultSet rs = statement.executeQuery("SHOW " + name)) {
                    rs.next();
                    settings.put(name, rs.getString(1));
                }
            }
            return settings;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
