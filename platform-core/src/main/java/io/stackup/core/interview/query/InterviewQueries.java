package io.stackup.core.interview.query;

import static io.stackup.core.jooq.Tables.INTERVIEW;
import static io.stackup.core.jooq.Tables.INTERVIEW_ANSWER;
import static io.stackup.core.jooq.Tables.INTERVIEW_EVENT;
import static io.stackup.core.jooq.Tables.MEMBER;
import static io.stackup.core.jooq.Tables.PROSPECT;
import static io.stackup.core.jooq.Tables.TEMPLATE;

import io.stackup.core.interview.InterviewDetail;
import io.stackup.core.interview.InterviewEvent;
import io.stackup.core.interview.InterviewEventKind;
import io.stackup.core.interview.InterviewFilter;
import io.stackup.core.interview.InterviewId;
import io.stackup.core.interview.InterviewSource;
import io.stackup.core.interview.InterviewStatus;
import io.stackup.core.interview.InterviewSummary;
import io.stackup.core.interview.StoredAnswer;
import io.stackup.core.interview.repository.AnswerJson;
import io.stackup.core.jooq.tables.Member;
import io.stackup.core.prospect.ProspectId;
import io.stackup.core.shared.SearchPatterns;
import io.stackup.core.template.TemplateId;
import io.stackup.core.template.scoring.ResultDocument;
import io.stackup.core.tenancy.TenantId;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SelectJoinStep;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * The interview lists and the detail, within what the caller may see ({@link Scope}). Every statement names the
 * tenant; row-level security checks it again.
 */
@Repository
public class InterviewQueries {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Field<Double> SCORE =
            DSL.field("({0} -> 'qualification' ->> 'score')::float8", Double.class, INTERVIEW.RESULT);
    private static final Field<Boolean> QUALIFIED =
            DSL.field("({0} -> 'qualification' ->> 'qualified')::boolean", Boolean.class, INTERVIEW.RESULT);

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
                visible = visible.or(INTERVIEW.STATUS.eq(InterviewStatus.COMPLETED.json()));
            }
            return visible;
        }
    }

    /** A page of interviews, newest first. */
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
                                QUALIFIED)
                        .from(INTERVIEW))
                .where(filter(tenant, scope, filter))
                .orderBy(INTERVIEW.CREATED_AT.desc(), INTERVIEW.ID)
                .offset(offset)
                .limit(limit)
                .fetch(r -> new InterviewSummary(
                        new InterviewId(r.value1()),
                        new ProspectId(r.value2()),
                        r.value3(),
                        new TemplateId(r.value4()),
                        r.value5(),
                        r.value6(),
                        r.value7(),
                        r.value8(),
                        InterviewStatus.fromJson(r.value9()),
                        InterviewSource.fromJson(r.value10()),
                        r.value11(),
                        r.value12().toInstant(),
                        instant(r.value13()),
                        r.value14(),
                        r.value15()));
    }

    public int count(TenantId tenant, Scope scope, InterviewFilter filter) {
        return dsl.fetchCount(joined(dsl.select(INTERVIEW.ID).from(INTERVIEW)).where(filter(tenant, scope, filter)));
    }

    /** The interview with its answers and history, if the scope lets the caller see it. */
    public Optional<InterviewDetail> find(TenantId tenant, Scope scope, InterviewId id) {
        var header = joined(dsl.select(
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
                                INTERVIEW.RESULT)
                        .from(INTERVIEW))
                .where(INTERVIEW.TENANT_ID.eq(tenant.value()))
                .and(INTERVIEW.ID.eq(id.value()))
                .and(scope.condition())
                .fetchOptional();
        if (header.isEmpty()) {
            return Optional.empty();
        }
        var r = header.get();
        return Optional.of(new InterviewDetail(
                id,
                new ProspectId(r.value1()),
                r.value2(),
                new TemplateId(r.value3()),
                r.value4(),
                r.value5(),
                r.value6(),
                r.value7(),
                r.value8(),
                r.value9(),
                InterviewStatus.fromJson(r.value10()),
                InterviewSource.fromJson(r.value11()),
                AnswerJson.targets(r.value12().data()),
                r.value13(),
                r.value14().toInstant(),
                r.value15(),
                instant(r.value16()),
                instant(r.value17()),
                answers(tenant, id),
                history(tenant, id),
                r.value18() == null
                        ? null
                        : ResultDocument.fromJson(JSON.readTree(r.value18().data()))));
    }

    private List<StoredAnswer> answers(TenantId tenant, InterviewId id) {
        return dsl.select(
                        INTERVIEW_ANSWER.QUESTION_KEY,
                        INTERVIEW_ANSWER.VALUE,
                        INTERVIEW_ANSWER.NOTE,
                        INTERVIEW_ANSWER.ANSWERED_BY,
                        INTERVIEW_ANSWER.ANSWERED_AT)
                .from(INTERVIEW_ANSWER)
                .where(INTERVIEW_ANSWER.TENANT_ID.eq(tenant.value()))
                .and(INTERVIEW_ANSWER.INTERVIEW_ID.eq(id.value()))
                .orderBy(INTERVIEW_ANSWER.ANSWERED_AT, INTERVIEW_ANSWER.QUESTION_KEY)
                .fetch(a -> new StoredAnswer(
                        a.value1(),
                        AnswerJson.answer(a.value2() == null ? null : a.value2().data(), a.value3()),
                        a.value4(),
                        a.value5().toInstant()));
    }

    private List<InterviewEvent> history(TenantId tenant, InterviewId id) {
        Member interviewer = MEMBER.as("interviewer");
        Member actor = MEMBER.as("actor");
        return dsl.select(
                        INTERVIEW_EVENT.KIND,
                        interviewer.EMAIL,
                        INTERVIEW_EVENT.REASON,
                        INTERVIEW_EVENT.ACTOR,
                        actor.DISPLAY_NAME,
                        actor.EMAIL,
                        INTERVIEW_EVENT.AT)
                .from(INTERVIEW_EVENT)
                .leftJoin(interviewer)
                .on(interviewer.TENANT_ID.eq(INTERVIEW_EVENT.TENANT_ID))
                .and(interviewer.ID.eq(INTERVIEW_EVENT.INTERVIEWER_ID))
                .leftJoin(actor)
                .on(actor.TENANT_ID.eq(INTERVIEW_EVENT.TENANT_ID))
                .and(actor.KEYCLOAK_USER_ID.eq(INTERVIEW_EVENT.ACTOR))
                .where(INTERVIEW_EVENT.TENANT_ID.eq(tenant.value()))
                .and(INTERVIEW_EVENT.INTERVIEW_ID.eq(id.value()))
                .orderBy(INTERVIEW_EVENT.AT, INTERVIEW_EVENT.ID)
                .fetch(e -> new InterviewEvent(
                        InterviewEventKind.fromJson(e.value1()),
                        e.value2(),
                        e.value3(),
                        e.value5() == null ? e.value4() : e.value5() + " (" + e.value6() + ")",
                        e.value7().toInstant()));
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
        Condition condition = INTERVIEW.TENANT_ID.eq(tenant.value()).and(scope.condition());
        if (filter.status() != null) {
            condition = condition.and(INTERVIEW.STATUS.eq(filter.status().json()));
        }
        if (filter.interviewerEmail() != null && !filter.interviewerEmail().isBlank()) {
            condition = condition.and(
                    DSL.lower(MEMBER.EMAIL).eq(filter.interviewerEmail().strip().toLowerCase(Locale.ROOT)));
        }
        if (filter.prospect() != null) {
            condition = condition.and(INTERVIEW.PROSPECT_ID.eq(filter.prospect().value()));
        }
        if (!filter.search().isBlank()) {
            String pattern = SearchPatterns.contains(filter.search());
            condition = condition.and(DSL.lower(PROSPECT.NAME)
                    .like(pattern)
                    .or(DSL.lower(TEMPLATE.NAME).like(pattern)));
        }
        return condition;
    }

    private static java.time.@Nullable Instant instant(@Nullable OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
