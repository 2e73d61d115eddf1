package io.stackup.core.interview.repository;

import static io.stackup.core.jooq.Tables.INTERVIEW;
import static io.stackup.core.jooq.Tables.INTERVIEW_ANSWER;
import static io.stackup.core.jooq.Tables.INTERVIEW_EVENT;

import io.stackup.core.interview.InterviewEventKind;
import io.stackup.core.interview.InterviewId;
import io.stackup.core.interview.InterviewSource;
import io.stackup.core.interview.InterviewStatus;
import io.stackup.core.jooq.tables.records.InterviewRecord;
import io.stackup.core.prospect.ProspectId;
import io.stackup.core.template.Answer;
import io.stackup.core.template.TemplateId;
import io.stackup.core.template.scoring.Result;
import io.stackup.core.tenancy.TenantId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.Records;
import org.jooq.UpdateSetFirstStep;
import org.jooq.UpdateSetMoreStep;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes of interviews, answers and history. Every statement names the tenant; row-level security checks it again,
 * and a trigger refuses any change to the answers of a completed or cancelled interview.
 */
@Repository
public class InterviewRepository {

    /** The states in which an interview is open: it takes answers and may be completed, reassigned or cancelled. */
    private static final Set<InterviewStatus> OPEN = EnumSet.of(InterviewStatus.ASSIGNED, InterviewStatus.IN_PROGRESS);

    /** The states in which an interview's targets may change: open, or completed (what-if on a finished result). */
    private static final Set<InterviewStatus> WITH_TARGETS =
            EnumSet.of(InterviewStatus.ASSIGNED, InterviewStatus.IN_PROGRESS, InterviewStatus.COMPLETED);

    private final DSLContext dsl;
    private final AnswerStatements answerStatements;

    InterviewRepository(DSLContext dsl, JdbcTemplate jdbc) {
        this.dsl = dsl;
        this.answerStatements = new AnswerStatements(jdbc);
    }

    /** What a new interview holds. {@code interviewer} is a member id, {@code null} only for a self-assessment. */
    public record NewRow(
            TemplateId template,
            ProspectId prospect,
            @Nullable UUID interviewer,
            InterviewSource source,
            Map<String, String> targets,
            @Nullable LocalDate dueDate) {}

    /**
     * An interview locked for a change by this transaction: what a write needs to decide, read in one statement.
     *
     * @param interviewerUserId the interviewer's Keycloak id, {@code null} for a self-assessment
     */
    public record Locked(
            InterviewId id,
            TemplateId template,
            ProspectId prospect,
            @Nullable UUID interviewerId,
            @Nullable String interviewerUserId,
            InterviewStatus status,
            InterviewSource source,
            Map<String, String> targets,
            @Nullable LocalDate dueDate) {}

    @Transactional(propagation = Propagation.MANDATORY)
    public InterviewId insert(TenantId tenant, NewRow row, String user) {
        return dsl.insertInto(INTERVIEW)
                .set(INTERVIEW.TENANT_ID, tenant)
                .set(INTERVIEW.TEMPLATE_ID, row.template())
                .set(INTERVIEW.PROSPECT_ID, row.prospect())
                .set(INTERVIEW.INTERVIEWER_ID, row.interviewer())
                .set(INTERVIEW.SOURCE, row.source())
                .set(INTERVIEW.TARGETS, row.targets())
                .set(INTERVIEW.DUE_DATE, row.dueDate())
                .set(INTERVIEW.CREATED_BY, user)
                .returning(INTERVIEW.ID)
                .fetchOptional(INTERVIEW.ID)
                .orElseThrow();
    }

    /**
     * Locks the interview against concurrent changes until the transaction ends (answers of two devices then queue,
     * and completion waits for a running answer), and says what a write needs to know of it.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Locked> lock(TenantId tenant, InterviewId id) {
        return answerStatements.lock(tenant, id);
    }

    /** assigned → in_progress; {@code false} when it was not assigned. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean markStarted(TenantId tenant, InterviewId id) {
        Instant now = Instant.now();
        return change(
                tenant,
                id,
                Set.of(InterviewStatus.ASSIGNED),
                update -> update.set(INTERVIEW.STATUS, InterviewStatus.IN_PROGRESS)
                        .set(INTERVIEW.STARTED_AT, now)
                        .set(INTERVIEW.UPDATED_AT, now));
    }

    /** Stores the result and completes an open interview; {@code false} when it is not open. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean complete(TenantId tenant, InterviewId id, Result result, String user) {
        Instant now = Instant.now();
        return change(
                tenant,
                id,
                OPEN,
                update -> update.set(INTERVIEW.STATUS, InterviewStatus.COMPLETED)
                        .set(INTERVIEW.RESULT, result)
                        .set(INTERVIEW.COMPLETED_AT, now)
                        .set(INTERVIEW.COMPLETED_BY, user)
                        .set(INTERVIEW.STARTED_AT, DSL.coalesce(INTERVIEW.STARTED_AT, now))
                        .set(INTERVIEW.UPDATED_AT, now));
    }

    /**
     * Merges target overrides into the interview's {@code targets} in one statement, {@code (targets || set) - removed}
     * evaluated by PostgreSQL on the row as it is now, so two changes at once both take effect (neither is lost to the
     * other's copy). Refused (empty) for a cancelled interview.
     *
     * @param set overrides to set, level key by capability key
     * @param removed capability keys whose override goes (the template's target applies again)
     * @return the overrides now stored; empty when the interview is gone or cancelled
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Map<String, String>> mergeTargets(
            TenantId tenant, InterviewId id, Map<String, String> set, Collection<String> removed) {
        Field<Map<String, String>> merged = DSL.field(
                "({0} || {1}) - {2}::text[]",
                INTERVIEW.TARGETS.getDataType(),
                INTERVIEW.TARGETS,
                DSL.val(set, INTERVIEW.TARGETS),
                DSL.val(removed.toArray(String[]::new)));
        return dsl.update(INTERVIEW)
                .set(INTERVIEW.TARGETS, merged)
                .set(INTERVIEW.UPDATED_AT, Instant.now())
                .set(INTERVIEW.LOCK_VERSION, INTERVIEW.LOCK_VERSION.plus(1))
                .where(INTERVIEW.TENANT_ID.eq(tenant))
                .and(INTERVIEW.ID.eq(id))
                .and(INTERVIEW.STATUS.in(WITH_TARGETS))
                .returning(INTERVIEW.TARGETS)
                .fetchOptional(INTERVIEW.TARGETS);
    }

    /**
     * Replaces the stored result of a completed interview (its targets changed); {@code false} when it is not
     * completed.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean replaceResult(TenantId tenant, InterviewId id, Result result) {
        return change(
                tenant,
                id,
                Set.of(InterviewStatus.COMPLETED),
                update -> update.set(INTERVIEW.RESULT, result).set(INTERVIEW.UPDATED_AT, Instant.now()));
    }

    /** Gives an open interview to another member; {@code false} when it is not open. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean reassign(TenantId tenant, InterviewId id, UUID interviewer) {
        return change(
                tenant,
                id,
                OPEN,
                update -> update.set(INTERVIEW.INTERVIEWER_ID, interviewer).set(INTERVIEW.UPDATED_AT, Instant.now()));
    }

    /** Cancels an open interview; {@code false} when it is not open. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean cancel(TenantId tenant, InterviewId id) {
        return change(
                tenant,
                id,
                OPEN,
                update -> update.set(INTERVIEW.STATUS, InterviewStatus.CANCELLED)
                        .set(INTERVIEW.UPDATED_AT, Instant.now()));
    }

    /**
     * The one statement behind every change of an interview row: applies {@code changes} and counts the change in
     * {@code lock_version}, only while the interview is in one of the {@code from} states.
     *
     * @return whether it changed; {@code false} when the interview is gone or in another state
     */
    private boolean change(
            TenantId tenant,
            InterviewId id,
            Set<InterviewStatus> from,
            Function<UpdateSetFirstStep<InterviewRecord>, UpdateSetMoreStep<InterviewRecord>> changes) {
        return changes.apply(dsl.update(INTERVIEW))
                        .set(INTERVIEW.LOCK_VERSION, INTERVIEW.LOCK_VERSION.plus(1))
                        .where(INTERVIEW.TENANT_ID.eq(tenant))
                        .and(INTERVIEW.ID.eq(id))
                        .and(INTERVIEW.STATUS.in(from))
                        .execute()
                == 1;
    }

    /** Appends to the interview's history. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void addEvent(
            TenantId tenant,
            InterviewId id,
            InterviewEventKind kind,
            @Nullable UUID interviewer,
            @Nullable String reason,
            String actor) {
        dsl.insertInto(INTERVIEW_EVENT)
                .set(INTERVIEW_EVENT.TENANT_ID, tenant)
                .set(INTERVIEW_EVENT.INTERVIEW_ID, id)
                .set(INTERVIEW_EVENT.KIND, kind)
                .set(INTERVIEW_EVENT.INTERVIEWER_ID, interviewer)
                .set(INTERVIEW_EVENT.REASON, reason)
                .set(INTERVIEW_EVENT.ACTOR, actor)
                .execute();
    }

    /**
     * Saves the answer to one question, replacing any earlier one: one statement, keyed by tenant, interview and
     * question. The last answer saved wins. A note alone ({@link Answer.NoteOnly}) changes the note and keeps an earlier
     * answer's value: an answer is removed by deleting it, never by sending a note.
     *
     * @return the answer as now stored
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Answer saveAnswer(TenantId tenant, InterviewId id, String questionKey, Answer answer, String user) {
        return answerStatements.saveAnswer(
                tenant, id, questionKey, AnswerJson.value(answer), answer.note(), user, Instant.now());
    }

    /** Removes the answer to one question; {@code false} when there was none. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean deleteAnswer(TenantId tenant, InterviewId id, String questionKey) {
        return dsl.deleteFrom(INTERVIEW_ANSWER)
                        .where(INTERVIEW_ANSWER.TENANT_ID.eq(tenant))
                        .and(INTERVIEW_ANSWER.INTERVIEW_ID.eq(id))
                        .and(INTERVIEW_ANSWER.QUESTION_KEY.eq(questionKey))
                        .execute()
                == 1;
    }

    /** The stored result of a completed interview; empty before completion. */
    public Optional<Result> result(TenantId tenant, InterviewId id) {
        return dsl.select(INTERVIEW.RESULT)
                .from(INTERVIEW)
                .where(INTERVIEW.TENANT_ID.eq(tenant))
                .and(INTERVIEW.ID.eq(id))
                .and(INTERVIEW.RESULT.isNotNull())
                .fetchOptional(INTERVIEW.RESULT);
    }

    /** The stored answer to one question; empty when there is none. */
    public Optional<Answer> answer(TenantId tenant, InterviewId id, String questionKey) {
        return dsl.select(AnswerJson.ANSWER)
                .from(INTERVIEW_ANSWER)
                .where(INTERVIEW_ANSWER.TENANT_ID.eq(tenant))
                .and(INTERVIEW_ANSWER.INTERVIEW_ID.eq(id))
                .and(INTERVIEW_ANSWER.QUESTION_KEY.eq(questionKey))
                .fetchOptional(Record1::value1);
    }

    /** Every answer of the interview, by question key. */
    public Map<String, Answer> answers(TenantId tenant, InterviewId id) {
        return dsl.select(INTERVIEW_ANSWER.QUESTION_KEY, AnswerJson.ANSWER)
                .from(INTERVIEW_ANSWER)
                .where(INTERVIEW_ANSWER.TENANT_ID.eq(tenant))
                .and(INTERVIEW_ANSWER.INTERVIEW_ID.eq(id))
                .collect(Records.intoMap());
    }
}
