package io.stackup.core.interview.repository;

import static io.stackup.core.jdbc.JdbcColumns.get;
import static io.stackup.core.jdbc.JdbcColumns.require;
import static io.stackup.core.jdbc.JdbcColumns.set;
import static io.stackup.core.jooq.Tables.INTERVIEW;
import static io.stackup.core.jooq.Tables.INTERVIEW_ANSWER;
import static io.stackup.core.jooq.Tables.MEMBER;

import io.stackup.core.interview.InterviewId;
import io.stackup.core.interview.repository.InterviewRepository.Locked;
import io.stackup.core.template.Answer;
import io.stackup.core.tenancy.TenantId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The two statements of every answer, the product's hottest write (the interview locked, the answer upserted), as
 * fixed SQL over JDBC: rendering them with jOOQ on every call cost the app more CPU than PostgreSQL spent on them
 * (bench/README.md, "An answer against pgbench"). Values go in and come out through the generated fields' converters
 * ({@link io.stackup.core.jdbc.JdbcColumns}), so they are the values jOOQ would read and write; the JdbcTemplate
 * joins the running transaction and translates refusals as jOOQ's statements do.
 */
final class AnswerStatements {

    private static final String LOCK = """
            SELECT i.id, i.template_id, i.prospect_id, i.interviewer_id, m.keycloak_user_id, i.status, i.source,
                   i.targets, i.due_date
            FROM interview i LEFT JOIN member m ON m.tenant_id = i.tenant_id AND m.id = i.interviewer_id
            WHERE i.tenant_id = ? AND i.id = ?
            FOR NO KEY UPDATE OF i
            """;

    /** A {@code null} value keeps the stored one (a note alone changes the note), as {@link #saveAnswer} says. */
    private static final String SAVE_ANSWER = """
            INSERT INTO interview_answer AS a
                (tenant_id, interview_id, question_key, value, note, answered_by, answered_at)
            VALUES (?, ?, ?, ?::jsonb, ?, ?, ?)
            ON CONFLICT (tenant_id, interview_id, question_key) DO UPDATE
            SET value = coalesce(excluded.value, a.value), note = excluded.note, answered_by = excluded.answered_by,
                answered_at = excluded.answered_at
            RETURNING value, note
            """;

    private final JdbcTemplate jdbc;

    AnswerStatements(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Locked> lock(TenantId tenant, InterviewId id) {
        List<Locked> rows = jdbc.query(
                LOCK,
                statement -> {
                    set(statement, 1, INTERVIEW.TENANT_ID, tenant);
                    set(statement, 2, INTERVIEW.ID, id);
                },
                AnswerStatements::locked);
        return rows.stream().findFirst();
    }

    /**
     * Inserts or replaces the answer; a {@code null} {@code value} (an answer of a note alone) keeps the stored value.
     *
     * @return the answer as stored
     */
    Answer saveAnswer(
            TenantId tenant,
            InterviewId id,
            String questionKey,
            @Nullable JsonNode value,
            @Nullable String note,
            String user,
            Instant at) {
        List<Answer> rows = jdbc.query(
                SAVE_ANSWER,
                statement -> {
                    set(statement, 1, INTERVIEW_ANSWER.TENANT_ID, tenant);
                    set(statement, 2, INTERVIEW_ANSWER.INTERVIEW_ID, id);
                    set(statement, 3, INTERVIEW_ANSWER.QUESTION_KEY, questionKey);
                    set(statement, 4, INTERVIEW_ANSWER.VALUE, value);
                    set(statement, 5, INTERVIEW_ANSWER.NOTE, note);
                    set(statement, 6, INTERVIEW_ANSWER.ANSWERED_BY, user);
                    set(statement, 7, INTERVIEW_ANSWER.ANSWERED_AT, at);
                },
                (row, number) ->
                        AnswerJson.answer(get(row, 1, INTERVIEW_ANSWER.VALUE), get(row, 2, INTERVIEW_ANSWER.NOTE)));
        return rows.getFirst();
    }

    private static Locked locked(ResultSet row, int number) throws SQLException {
        return new Locked(
                require(row, 1, INTERVIEW.ID),
                require(row, 2, INTERVIEW.TEMPLATE_ID),
                require(row, 3, INTERVIEW.PROSPECT_ID),
                get(row, 4, INTERVIEW.INTERVIEWER_ID),
                get(row, 5, MEMBER.KEYCLOAK_USER_ID),
                require(row, 6, INTERVIEW.STATUS),
                require(row, 7, INTERVIEW.SOURCE),
                require(row, 8, INTERVIEW.TARGETS),
                get(row, 9, INTERVIEW.DUE_DATE));
    }
}
