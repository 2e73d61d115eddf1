package io.stackup.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.SocketException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.CannotCreateTransactionException;

class ApiProblemsTest {

    private final ApiProblems problems = new ApiProblems();

    @Test
    void a_service_whose_transaction_could_not_begin_because_postgresql_went_away_is_503_never_an_empty_200() {
        // what the answer endpoint met while PostgreSQL's backends were ended: Spring MVC's own resolvers read the
        // "Broken pipe" of the database socket as a client that went away and completed the call as an empty 200
        CannotCreateTransactionException failure = new CannotCreateTransactionException(
                "Could not open JDBC Connection for transaction",
                new SQLException(
                        "An I/O error occurred while sending to the backend.",
                        "08006",
                        new SocketException("Broken pipe")));

        ResponseEntity<ProblemDetail> answer = problems.database(failure);

        assertThat(answer.getStatusCode().value()).isEqualTo(503);
        assertThat(answer.getHeaders().getFirst("Retry-After")).isEqualTo("5");
        assertThat(answer.getBody()).isNotNull();
        assertThat(answer.getBody().getTitle()).isEqualTo("Temporarily unavailable");
    }

    @Test
    void any_other_database_failure_is_500_with_a_reference() {
        ResponseEntity<ProblemDetail> answer = problems.database(new DataIntegrityViolationException("duplicate key"));

        assertThat(answer.getStatusCode().value()).isEqualTo(500);
        assertThat(answer.getBody()).isNotNull();
        assertThat(answer.getBody().getDetail()).containsPattern("quote reference [0-9a-f-]{36}");
        assertThat(answer.getBody().getDetail()).doesNotContain("duplicate key");
    }
}
