package io.stackup.core.jdbc;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jooq.Converter;
import org.jooq.Field;
import org.jooq.JSONB;
import org.jspecify.annotations.Nullable;

/**
 * Reads and binds the values of generated jOOQ fields over plain JDBC, through the fields' own converters, for the few
 * statements kept as fixed SQL text because they run on every request (the API's answer path, bench/README.md "An
 * answer against pgbench"): jOOQ renders a statement anew on every call, which there cost more CPU than PostgreSQL
 * spent answering it. A value read or bound here is the same Java value jOOQ would give or take for that field.
 *
 * <p>Handles the database types those statements use: uuid, text, text[], boolean, date, timestamptz and jsonb (bound
 * as text: the statement casts it, {@code ?::jsonb}).
 */
public final class JdbcColumns {

    private JdbcColumns() {}

    /** Column {@code index} of the current row as {@code field}'s Java value; {@code null} for SQL NULL. */
    public static <T> @Nullable T get(ResultSet row, int index, Field<T> field) throws SQLException {
        return from(field.getConverter(), row, index);
    }

    /** Like {@link #get}, for a column that is never NULL (NOT NULL, or a row that must be there). */
    public static <T> T require(ResultSet row, int index, Field<T> field) throws SQLException {
        T value = get(row, index, field);
        if (value == null) {
            throw new SQLException("Column " + index + " (" + field.getName() + ") is NULL where a value must be");
        }
        return value;
    }

    /** Binds {@code value} as {@code field} would: its converter's database value, or NULL. */
    public static <T> void set(PreparedStatement statement, int index, Field<T> field, @Nullable T value)
            throws SQLException {
        bind(field.getConverter(), statement, index, value);
    }

    private static <U, T> @Nullable T from(Converter<U, T> converter, ResultSet row, int index) throws SQLException {
        Class<U> type = converter.fromType();
        Object raw;
        if (type == JSONB.class) {
            raw = JSONB.jsonbOrNull(row.getString(index));
        } else if (type == Instant.class) {
            OffsetDateTime at = row.getObject(index, OffsetDateTime.class);
            raw = at == null ? null : at.toInstant();
        } else if (type == String[].class) {
            Array array = row.getArray(index);
            raw = array == null ? null : array.getArray();
        } else {
            raw = row.getObject(index, type);
        }
        return converter.from(type.cast(raw));
    }

    private static <U, T> void bind(
            Converter<U, T> converter, PreparedStatement statement, int index, @Nullable T value) throws SQLException {
        U raw = converter.to(value);
        switch (raw) {
            case null -> statement.setNull(index, Types.NULL);
            case JSONB json -> statement.setString(index, json.data());
            case Instant at -> statement.setObject(index, at.atOffset(ZoneOffset.UTC));
            default -> statement.setObject(index, raw);
        }
    }
}
