package io.stackup.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers an API call that failed because PostgreSQL could not be reached with {@code 503} and {@code Retry-After},
 * so a client keeps its write and sends it again (ADR 0011). Without it the failure reaches the servlet container's
 * error dispatch, which the token-secured chain refuses, and the client reads {@code 403}: as if the write were
 * forbidden, when it only has to wait for the database.
 */
final class DatabaseUnavailableFilter extends OncePerRequestFilter {

    static final String RETRY_AFTER_SECONDS = "5";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (RuntimeException | ServletException e) {
            if (!databaseUnavailable(e) || response.isCommitted()) {
                throw e;
            }
            response.reset();
            response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
            ProblemWriter.write(
                    response,
                    HttpStatus.SERVICE_UNAVAILABLE,
                    "unavailable",
                    "Temporarily unavailable",
                    "The database cannot be reached right now. Send the same request again in a few seconds: an"
                            + " answer (PUT) can always be repeated.");
        }
    }

    /**
     * Whether a connection could not be had or broke: the failure passes when PostgreSQL is back. A commit whose
     * connection broke may or may not have been stored, which the client cannot tell either way; so it repeats.
     */
    static boolean databaseUnavailable(@Nullable Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof CannotCreateTransactionException
                    || cause instanceof DataAccessResourceFailureException
                    || cause instanceof TransientDataAccessResourceException
                    || cause instanceof RecoverableDataAccessException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof SQLRecoverableException
                    || (cause instanceof SQLException sql && connectionLost(sql.getSQLState()))) {
                return true;
            }
            if (cause instanceof TransactionSystemException rollbackFailed
                    && rollbackFailed.getApplicationException() != null
                    && databaseUnavailable(rollbackFailed.getApplicationException())) {
                // the rollback's own failure ("Connection is closed") hides why the work failed
                return true;
            }
        }
        return false;
    }

    /**
     * SQLSTATE class 08 (connection exception) or 57P (the server shut down or crashed: {@code 57P01} "terminating
     * connection due to unexpected postmaster exit"). They also arrive wrapped in a {@code TransactionSystemException}
     * ("JDBC rollback failed"), which is no data-access exception.
     */
    private static boolean connectionLost(@Nullable String sqlState) {
        return sqlState != null && (sqlState.startsWith("08") || sqlState.startsWith("57P"));
    }
}
