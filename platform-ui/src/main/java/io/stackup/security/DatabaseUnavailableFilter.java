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
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The last word on an API call that failed with an exception (ADR 0011): nothing escapes to the servlet container's
 * error dispatch, which answered such a call with an empty {@code 200} or {@code 403}, so that a client took a write
 * that never ran for stored, or a wait for a refusal. A call that failed because PostgreSQL could not be reached is
 * answered {@code 503} with {@code Retry-After}, so the client keeps its write and sends it again; any other failure
 * is {@code 500} with a problem body and a reference that the log names.
 */
public final class DatabaseUnavailableFilter extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

    public static final String RETRY_AFTER_SECONDS = "5";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (RuntimeException | ServletException e) {
            if (response.isCommitted()) {
                throw e;
            }
            response.reset();
            ProblemDetail problem = problemFor(e, request.getMethod() + " " + request.getRequestURI());
            if (problem.getStatus() == HttpStatus.SERVICE_UNAVAILABLE.value()) {
                response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
            }
            ProblemWriter.write(response, problem);
        }
    }

    /**
     * The answer to a call that failed, logged: 503 when the database cannot be reached (the caller adds
     * {@code Retry-After}), else 500 with a reference that the log names. Both the API chains (this filter) and the
     * controllers' advice answer with it, so a failure reads the same wherever it is caught.
     *
     * @param call what failed, for the log, e.g. {@code "PUT /api/v1/…"}
     */
    public static ProblemDetail problemFor(Throwable failure, String call) {
        if (databaseUnavailable(failure)) {
            LOG.warn("{} failed: the database cannot be reached ({})", call, failure.toString());
            return ProblemWriter.problem(
                    HttpStatus.SERVICE_UNAVAILABLE,
                    "unavailable",
                    "Temporarily unavailable",
                    "The database cannot be reached right now. Send the same request again in a few seconds: an"
                            + " answer (PUT) can always be repeated.");
        }
        String reference = UUID.randomUUID().toString();
        LOG.error("{} failed; reference {}", call, reference, failure);
        return ProblemWriter.problem(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "internal-error",
                "Something went wrong",
                "The call failed on our side and changed nothing that it did not confirm. Try again; if it fails"
                        + " again, contact support and quote reference " + reference + ".");
    }

    /**
     * Whether a connection could not be had or broke: the failure passes when PostgreSQL is back. A commit whose
     * connection broke may or may not have been stored, which the client cannot tell either way; so it repeats.
     */
    public static boolean databaseUnavailable(@Nullable Throwable failure) {
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
            if (cause instanceof TransactionSystemException) {
                // a commit or rollback that failed: its connection broke (its own cause is often only the pool's
                // "Connection is closed"), so whether the work was stored is unknown, and the client repeats it
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
