package io.stackup.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

class DatabaseUnavailableFilterTest {

    private final MockHttpServletRequest request = new MockHttpServletRequest("PUT", "/api/v1/interviews/x/answers/q");
    private final MockHttpServletResponse response = new MockHttpServletResponse();

    @Test
    void a_call_that_found_no_database_connection_is_answered_503_with_retry_after() throws Exception {
        FilterChain noConnection = (req, res) -> {
            throw new ServletException(new CannotCreateTransactionException(
                    "Could not open JDBC Connection for transaction",
                    new CannotGetJdbcConnectionException(
                            "Failed to obtain JDBC Connection",
                            new SQLTransientConnectionException("HikariPool-1 - Connection is not available"))));
        };

        new DatabaseUnavailableFilter().doFilter(request, response, noConnection);

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo(DatabaseUnavailableFilter.RETRY_AFTER_SECONDS);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString()).contains("\"title\":\"Temporarily unavailable\"");
    }

    @Test
    void a_rollback_that_failed_because_the_server_went_away_is_answered_503() throws Exception {
        FilterChain crashed = (req, res) -> {
            throw new ServletException(new TransactionSystemException(
                    "JDBC rollback failed",
                    new SQLException("FATAL: terminating connection due to unexpected postmaster exit", "57P01")));
        };

        new DatabaseUnavailableFilter().doFilter(request, response, crashed);

        assertThat(response.getStatus()).isEqualTo(503);
    }

    @Test
    void a_failed_rollback_hiding_a_lost_connection_is_answered_503() throws Exception {
        TransactionSystemException rollbackFailed =
                new TransactionSystemException("JDBC rollback failed", new SQLException("Connection is closed"));
        rollbackFailed.initApplicationException(
                new DataAccessResourceFailureException("terminating connection due to unexpected postmaster exit"));
        FilterChain crashed = (req, res) -> {
            throw new ServletException("Request processing failed", rollbackFailed);
        };

        new DatabaseUnavailableFilter().doFilter(request, response, crashed);

        assertThat(response.getStatus()).isEqualTo(503);
    }

    @Test
    void any_other_failure_passes_through_unchanged() {
        DataIntegrityViolationException violation = new DataIntegrityViolationException("duplicate key");
        FilterChain failing = (req, res) -> {
            throw violation;
        };

        assertThatThrownBy(() -> new DatabaseUnavailableFilter().doFilter(request, response, failing))
                .isSameAs(violation);
        assertThat(response.getStatus()).isEqualTo(200);
    }
}
