package io.stackup.support;

import io.stackup.deploy.EmbeddedDatabase;
import io.stackup.deploy.SharedPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The test's own view of Stackup's database as the superuser, beside the application: to count rows of every tenant
 * (row-level security does not apply to it) and to set the sign-up counters a test starts from.
 */
public final class Superuser {

    private Superuser() {}

    /** The single number the query answers, e.g. a count. */
    public static long number(String sql, Object... parameters) {
        try (Connection connection = connect();
                PreparedStatement statement = prepared(connection, sql, parameters);
                ResultSet result = statement.executeQuery()) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** Runs a change; returns how many rows it touched. */
    public static int update(String sql, Object... parameters) {
        try (Connection connection = connect();
                PreparedStatement statement = prepared(connection, sql, parameters)) {
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** Forgets every counted sign-up attempt, so that a test starts below every limit. */
    public static void resetSignupRates() {
        update("DELETE FROM rate_limit WHERE purpose = 'signup'");
    }

    private static PreparedStatement prepared(Connection connection, String sql, Object... parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(
                SharedPostgres.get().jdbcUrl(EmbeddedDatabase.DATABASE), "postgres", "postgres");
    }
}
