package io.stackup.security;

import static org.assertj.core.api.Assertions.assertThat;

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
    void a_rollback_whose_only_cause_is_a_closed_connection_is_answered_503() throws Exception {
        // as the tenant lookup of ApiTenantFilter failed when PostgreSQL ended its connections: no application
        // exception, only the pool's "Connection is closed" (this once reached the container and came back 200)
        FilterChain crashed = (req, res) -> {
            throw new TransactionSystemException("JDBC rollback failed", new SQLException("Connection is closed"));
        };

        new DatabaseUnavailableFilter().doFilter(request, response, crashed);

        assertThat(response.getStatus()).isEqualTo(503);
    }

    @Test
    void any_other_failure_is_answered_500_with_a_problem_and_a_reference_never_left_to_the_container()
            throws Exception {
        FilterChain failing = (req, res) -> {
            throw new DataIntegrityViolationException("duplicate key");
        };

        new DatabaseUnavailableFilter().doFilter(request, response, failing);

        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString())
                .contains("\"title\":\"Something went wrong\"")
                .containsPattern("quote reference [0-9a-f-]{36}")
                .doesNotContain("duplicate key");
    }
}
