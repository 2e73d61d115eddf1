package io.stackup.core.interview.query;

import static io.stackup.core.jooq.Tables.INTERVIEW;
import static io.stackup.core.jooq.Tables.INTERVIEW_ANSWER;
import static io.stackup.core.jooq.Tables.INTERVIEW_EVENT;
import static io.stackup.core.jooq.Tables.MEMBER;
import static io.stackup.core.jooq.Tables.PROSPECT;
import static io.stackup.core.jooq.Tables.TEMPLATE;

import io.stackup.core.interview.InterviewDetail;
import io.stackup.core.interview.InterviewEvent;
import io.stackup.core.interview.InterviewFilter;
import io.stackup.core.interview.InterviewId;
import io.stackup.core.interview.InterviewStatus;
import io.stackup.core.interview.InterviewSummary;
import io.stackup.core.interview.StoredAnswer;
import io.stackup.core.interview.repository.AnswerJson;
import io.stackup.core.jooq.tables.Member;
import io.stackup.core.shared.SearchPatterns;
import io.stackup.core.tenancy.TenantId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Records;
import org.jooq.SelectJoinStep;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/**
 * The interview lists and the detail, within what the caller may see ({@link Scope}). Every statement names the
 * tenant; row-level security checks it again.
 */
@Repository
public class InterviewQueries {

    private static final Field<Double> SCORE =
            DSL.field("({0} -> 'qualification' ->> 'score')::float8", Double.class, INTERVIEW.RESULT);
    private static final Field<Boolean> QUALIFIED =
            DSL.field("({0} -> 'qualification' ->> 'qualified')::boolean", Boolean.class, INTERVIEW.RESULT);

    private static final Field<String> OVERALL_LEVEL =
            DSL.field("{0} -> 'overall' ->> 'level'", String.class, INTERVIEW.RESULT);
    private static final Field<Double> OVERALL_SCORE =
            DSL.field("({0} -> 'overall' ->> 'score')::float8", Double.class, INTERVIEW.RESULT);

    private final DSLContext dsl;

    InterviewQueries(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * What a caller may see of a tenant's interviews.
     *
     * @param everything a tenant admin: all of them
     * @param interviewerUserId an interviewer's Keycloak id: those assigned to them; {@code null} for none
     * @param completed an expert: the completed ones
     */
    public record Scope(boolean everything, @Nullable String interviewerUserId, boolean completed) {

        Condition condition() {
            if (everything) {
                return DSL.noCondition();
            }
            Condition visible = DSL.falseCondition();
            if (interviewerUserId != null) {
                visible = visible.or(MEMBER.KEYCLOAK_USER_ID.eq(interviewerUserId));
            }
            if (completed) {
                visible = visible.or(INTERVIEW.STATUS.eq(InterviewStatus.COMPLETED));
            }
            return visible;
        }
    }

    /**
     * A page of interviews, newest first, each with its lead score and overall level as the stored result has them
     * (read from the result's JSON in the same statement).
     */
    public List<InterviewSummary> find(TenantId tenant, Scope scope, InterviewFilter filter, int offset, int limit) {
        return joined(dsl.select(
                                INTERVIEW.ID,
                                PROSPECT.ID,
                                PROSPECT.NAME,
                                TEMPLATE.ID,
                                TEMPLATE.NAME,
                                TEMPLATE.VERSION,
                                MEMBER.EMAIL,
                                MEMBER.DISPLAY_NAME,
                                INTERVIEW.STATUS,
                                INTERVIEW.SOURCE,
                                INTERVIEW.DUE_DATE,
                                INTERVIEW.CREATED_AT,
                                INTERVIEW.COMPLETED_AT,
                                SCORE,
                                QUALIFIED,
                                OVERALL_LEVEL,
                                OVERALL_SCORE)
                        .from(INTERVIEW))
                .where(filter(tenant, scope, filter))
                .orderBy(INTERVIEW.CREATED_AT.desc(), INTERVIEW.ID)
                .offset(offset)
                .limit(limit)
                .fetch(Records.mapping(InterviewSummary::new));
    }

    public int count(TenantId tenant, Scope scope, InterviewFilter filter) {
        return dsl.fetchCount(joined(dsl.select(INTERVIEW.ID).from(INTERVIEW)).where(filter(tenant, scope, filter)));
    }

    /**
     * The interview with its answers and history, if the scope lets the caller see it: one statement, the answers and
     * the history nested in it.
     */
    public Optional<InterviewDetail> find(TenantId tenant, Scope scope, InterviewId id) {
        return joined(dsl.select(
                                INTERVIEW.ID,
                                PROSPECT.ID,
                                PROSPECT.NAME,
                                TEMPLATE.ID,
                                TEMPLATE.KEY,
                                TEMPLATE.NAME,
                                TEMPLATE.VERSION,
                                MEMBER.EMAIL,
                                MEMBER.DISPLAY_NAME,
                                MEMBER.KEYCLOAK_USER_ID,
                                INTERVIEW.STATUS,
                                INTERVIEW.SOURCE,
                                INTERVIEW.TARGETS,
                                INTERVIEW.DUE_DATE,
                                INTERVIEW.CREATED_AT,
                                INTERVIEW.CREATED_BY,
                                INTERVIEW.STARTED_AT,
                                INTERVIEW.COMPLETED_AT,
                                answers(),
                                history(),
                                INTERVIEW.RESULT)
                        .from(INTERVIEW))
                .where(INTERVIEW.TENANT_ID.eq(tenant))
                .and(INTERVIEW.ID.eq(id))
                .and(scope.condition())
                .fetchOptional(Records.mapping(InterviewDetail::new));
    }

    /** The interview's answers, oldest change first. */
    private static Field<List<StoredAnswer>> answers() {
        return DSL.multiset(DSL.select(
                                INTERVIEW_ANSWER.QUESTION_KEY,
                                AnswerJson.ANSWER,
                                INTERVIEW_ANSWER.ANSWERED_BY,
                                INTERVIEW_ANSWER.ANSWERED_AT)
                        .from(INTERVIEW_ANSWER)
                        .where(INTERVIEW_ANSWER.TENANT_ID.eq(INTERVIEW.TENANT_ID))
                        .and(INTERVIEW_ANSWER.INTERVIEW_ID.eq(INTERVIEW.ID))
                        .orderBy(INTERVIEW_ANSWER.ANSWERED_AT, INTERVIEW_ANSWER.QUESTION_KEY))
                .convertFrom(r -> r.map(Records.mapping(StoredAnswer::new)));
    }

    /** The interview's history, oldest first; the actor as "Display Name (email)" where they are a member. */
    private static Field<List<InterviewEvent>> history() {
        Member interviewer = MEMBER.as("interviewer");
        Member actor = MEMBER.as("actor");
        return DSL.multiset(DSL.select(
                                INTERVIEW_EVENT.KIND,
                                interviewer.EMAIL,
                                INTERVIEW_EVENT.REASON,
                                DSL.coalesce(
                                        DSL.concat(actor.DISPLAY_NAME, DSL.inline(" ("), actor.EMAIL, DSL.inline(")")),
                                        INTERVIEW_EVENT.ACTOR),
                                INTERVIEW_EVENT.AT)
                        .from(INTERVIEW_EVENT)
                        .leftJoin(interviewer)
                        .on(interviewer.TENANT_ID.eq(INTERVIEW_EVENT.TENANT_ID))
                        .and(interviewer.ID.eq(INTERVIEW_EVENT.INTERVIEWER_ID))
                        .leftJoin(actor)
                        .on(actor.TENANT_ID.eq(INTERVIEW_EVENT.TENANT_ID))
                        .and(actor.KEYCLOAK_USER_ID.eq(INTERVIEW_EVENT.ACTOR))
                        .where(INTERVIEW_EVENT.TENANT_ID.eq(INTERVIEW.TENANT_ID))
                        .and(INTERVIEW_EVENT.INTERVIEW_ID.eq(INTERVIEW.ID))
                        .orderBy(INTERVIEW_EVENT.AT, INTERVIEW_EVENT.ID))
                .convertFrom(r -> r.map(Records.mapping(InterviewEvent::new)));
    }

    private static <R extends org.jooq.Record> SelectJoinStep<R> joined(SelectJoinStep<R> select) {
        select.join(PROSPECT)
                .on(PROSPECT.TENANT_ID.eq(INTERVIEW.TENANT_ID).and(PROSPECT.ID.eq(INTERVIEW.PROSPECT_ID)))
                .join(TEMPLATE)
                .on(TEMPLATE.TENANT_ID.eq(INTERVIEW.TENANT_ID).and(TEMPLATE.ID.eq(INTERVIEW.TEMPLATE_ID)))
                .leftJoin(MEMBER)
                .on(MEMBER.TENANT_ID.eq(INTERVIEW.TENANT_ID).and(MEMBER.ID.eq(INTERVIEW.INTERVIEWER_ID)));
        return select;
    }

    private static Condition filter(TenantId tenant, Scope scope, InterviewFilter filter) {
        Condition condition = INTERVIEW.TENANT_ID.eq(tenant).and(scope.condition());
        if (filter.status() != null) {
            condition = condition.and(INTERVIEW.STATUS.eq(filter.status()));
        }
        if (filter.interviewerEmail() != null && !filter.interviewerEmail().isBlank()) {
            condition = condition.and(
                    DSL.lower(MEMBER.EMAIL).eq(filter.interviewerEmail().strip().toLowerCase(Locale.ROOT)));
        }
        if (filter.prospect() != null) {
            condition = condition.and(INTERVIEW.PROSPECT_ID.eq(filter.prospect()));
        }
        if (!filter.search().isBlank()) {
            String pattern = SearchPatterns.contains(filter.search());
            condition = condition.and(DSL.lower(PROSPECT.NAME)
                    .like(pattern)
                    .or(DSL.lower(TEMPLATE.NAME).like(pattern)));
        }
        return condition;
    }
}
