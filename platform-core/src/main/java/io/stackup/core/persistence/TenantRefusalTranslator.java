package io.stackup.core.persistence;

import java.sql.SQLException;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.PermissionDeniedDataAccessException;
import org.springframework.jdbc.support.SQLErrorCodeSQLExceptionTranslator;
import org.springframework.jdbc.support.SQLExceptionTranslator;

/**
 * Translates PostgreSQL's refusals (SQLSTATE 42501: a row-level security policy or a missing privilege) into
 * {@link PermissionDeniedDataAccessException}. Spring's default would call them "bad SQL grammar", since SQLSTATE
 * class 42 is mostly syntax errors; a refusal must reach the user as a refusal.
 */
final class TenantRefusalTranslator implements SQLExceptionTranslator {

    static final String INSUFFICIENT_PRIVILEGE = "42501";

    private final SQLExceptionTranslator fallback = new SQLErrorCodeSQLExceptionTranslator("PostgreSQL");

    @Override
    public @Nullable DataAccessException translate(String task, @Nullable String sql, SQLException ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof SQLException sqlException && INSUFFICIENT_PRIVILEGE.equals(sqlException.getSQLState())) {
                return new PermissionDeniedDataAccessException(
                        "The database refused this for the current tenant: " + sqlException.getMessage(), ex);
            }
        }
        return fallback.translate(task, sql, ex);
    }
}
