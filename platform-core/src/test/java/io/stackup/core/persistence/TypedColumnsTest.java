package io.stackup.core.persistence;

import static io.stackup.core.jooq.Tables.INTERVIEW;
import static io.stackup.core.jooq.Tables.INTERVIEW_ANSWER;
import static io.stackup.core.jooq.Tables.INTERVIEW_EVENT;
import static io.stackup.core.jooq.Tables.MEMBER;
import static io.stackup.core.jooq.Tables.PROSPECT;
import static io.stackup.core.jooq.Tables.PUBLIC_LINK;
import static io.stackup.core.jooq.Tables.SELF_ASSESSMENT;
import static io.stackup.core.jooq.Tables.STACKUP_PUBLIC_LINK;
import static io.stackup.core.jooq.Tables.TEMPLATE;
import static io.stackup.core.jooq.Tables.TENANT;
import static io.stackup.core.jooq.Tables.WEBHOOK_DELIVERY;
import static io.stackup.core.jooq.Tables.WEBHOOK_ENDPOINT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stackup.core.assessment.PublicLinkId;
import io.stackup.core.interview.InterviewEventKind;
import io.stackup.core.interview.InterviewId;
import io.stackup.core.interview.InterviewSource;
import io.stackup.core.interview.InterviewStatus;
import io.stackup.core.jooq.DefaultSchema;
import io.stackup.core.prospect.ProspectId;
import io.stackup.core.template.TemplateId;
import io.stackup.core.template.TemplateStatus;
import io.stackup.core.template.scoring.Result;
import io.stackup.core.template.scoring.ResultDocument;
import io.stackup.core.tenancy.TenantId;
import io.stackup.core.tenancy.TenantStatus;
import io.stackup.core.webhook.WebhookId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.Converter;
import org.jooq.Field;
import org.jooq.JSONB;
import org.jooq.Table;
import org.jooq.TableField;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The generated columns carry the application's types (build/JooqCodegen.java, forcedTypes), and their converters
 * write what the schema accepts and read it back unchanged.
 */
class TypedColumnsTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void id_columns_and_the_columns_referring_to_them_read_and_write_id_records() {
        UUID uuid = UUID.randomUUID();
        roundTrip(TENANT.ID, uuid, new TenantId(uuid));
        roundTrip(MEMBER.TENANT_ID, uuid, new TenantId(uuid));
        roundTrip(STACKUP_PUBLIC_LINK.TENANT_ID, uuid, new TenantId(uuid));
        roundTrip(TEMPLATE.ID, uuid, new TemplateId(uuid));
        roundTrip(PUBLIC_LINK.TEMPLATE_ID, uuid, new TemplateId(uuid));
        roundTrip(INTERVIEW.TEMPLATE_ID, uuid, new TemplateId(uuid));
        roundTrip(PROSPECT.ID, uuid, new ProspectId(uuid));
        roundTrip(INTERVIEW.PROSPECT_ID, uuid, new ProspectId(uuid));
        roundTrip(INTERVIEW.ID, uuid, new InterviewId(uuid));
        roundTrip(INTERVIEW_ANSWER.INTERVIEW_ID, uuid, new InterviewId(uuid));
        roundTrip(INTERVIEW_EVENT.INTERVIEW_ID, uuid, new InterviewId(uuid));
        roundTrip(SELF_ASSESSMENT.INTERVIEW_ID, uuid, new InterviewId(uuid));
        roundTrip(PUBLIC_LINK.ID, uuid, new PublicLinkId(uuid));
        roundTrip(SELF_ASSESSMENT.LINK_ID, uuid, new PublicLinkId(uuid));
        roundTrip(STACKUP_PUBLIC_LINK.LINK_ID, uuid, new PublicLinkId(uuid));
        roundTrip(WEBHOOK_ENDPOINT.ID, uuid, new WebhookId(uuid));
        roundTrip(WEBHOOK_DELIVERY.ENDPOINT_ID, uuid, new WebhookId(uuid));
    }

    @Test
    void the_only_plain_uuid_columns_are_ids_without_an_id_record() {
        Set<String> plain = DefaultSchema.DEFAULT_SCHEMA.getTables().stream()
                .flatMap(Table::fieldStream)
                .filter(field -> field.getType() == UUID.class)
                .map(field -> ((TableField<?, ?>) field).getTable().getName() + "." + field.getName())
                .collect(Collectors.toSet());

        assertThat(plain)
                .containsExactlyInAnyOrder(
                        "member.id",
                        "interview.interviewer_id",
                        "interview_event.id",
                        "interview_event.interviewer_id",
                        "self_assessment.id",
                        "lead.holder_id",
                        "lead_event.id",
                        "lead_event.holder_id",
                        "member_lead_area.member_id",
                        "member_notification.member_id",
                        "member_invitation.member_id",
                        "webhook_delivery.id",
                        "webhook_delivery.event_id",
                        "audit_event.id",
                        "tenant_export.id",
                        "tenant_export_chunk.export_id");
    }

    @Test
    void enum_columns_write_the_values_the_schema_checks_for() {
        roundTrip(TENANT.STATUS, "active", TenantStatus.ACTIVE);
        roundTrip(TENANT.STATUS, "suspended", TenantStatus.SUSPENDED);
        roundTrip(TEMPLATE.STATUS, "draft", TemplateStatus.DRAFT);
        roundTrip(TEMPLATE.STATUS, "published", TemplateStatus.PUBLISHED);
        roundTrip(INTERVIEW.STATUS, "assigned", InterviewStatus.ASSIGNED);
        roundTrip(INTERVIEW.STATUS, "in_progress", InterviewStatus.IN_PROGRESS);
        roundTrip(INTERVIEW.STATUS, "completed", InterviewStatus.COMPLETED);
        roundTrip(INTERVIEW.STATUS, "cancelled", InterviewStatus.CANCELLED);
        roundTrip(INTERVIEW.SOURCE, "assigned", InterviewSource.ASSIGNED);
        roundTrip(INTERVIEW.SOURCE, "self", InterviewSource.SELF);
        roundTrip(INTERVIEW.SOURCE, "self-assessment", InterviewSource.SELF_ASSESSMENT);
        roundTrip(INTERVIEW_EVENT.KIND, "assigned", InterviewEventKind.ASSIGNED);
        roundTrip(INTERVIEW_EVENT.KIND, "reassigned", InterviewEventKind.REASSIGNED);
        roundTrip(INTERVIEW_EVENT.KIND, "cancelled", InterviewEventKind.CANCELLED);
        roundTrip(INTERVIEW_EVENT.KIND, "completed", InterviewEventKind.COMPLETED);
        roundTrip(INTERVIEW_EVENT.KIND, "targets_changed", InterviewEventKind.TARGETS_CHANGED);
    }

    @Test
    void an_unknown_enum_value_in_the_database_is_refused_rather_than_guessed() {
        assertThatThrownBy(() -> converter(INTERVIEW.STATUS).from("paused"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_stored_result_is_the_result_document_of_api_md_and_reads_back_equal() {
        JsonNode document = JSON.readTree("""
                {
                  "interview": "i-1", "complete": true,
                  "template": { "key": "mini-io", "version": "1.0.0" },
                  "overall": { "level": "basic", "score": 0.0 },
                  "areas": [ { "key": "iam", "level": "basic", "score": 0.0 } ],
                  "capabilities": [ { "key": "directory", "level": "basic", "score": 0.0,
                                      "target": "rationalized", "gap": 2,
                                      "evidence": [ { "question": "has-dir", "level": "basic" } ] } ],
                  "roadmap": [ { "capability": "directory", "recommendation": "joiner-process",
                                 "toLevel": "standardized", "kind": "process", "effort": "S" } ],
                  "qualification": { "score": 5, "qualified": true, "rules": ["budget", "IAM gap"] }
                }
                """);
        Result result = ResultDocument.fromJson(document);
        Converter<Object, Result> converter = converter(INTERVIEW.RESULT);

        JSONB stored = (JSONB) converter.to(result);

        assertThat(JSON.readTree(stored.data())).isEqualTo(ResultDocument.toJson(result));
        assertThat(converter.from(stored)).isEqualTo(result);
        assertThat(converter.from(null)).isNull();
    }

    @Test
    void targets_read_and_write_as_a_map_of_capability_to_level() {
        roundTrip(
                INTERVIEW.TARGETS,
                JSONB.valueOf("{\"directory\":\"dynamic\",\"iam\":\"basic\"}"),
                Map.of("directory", "dynamic", "iam", "basic"));
        assertThat(converter(INTERVIEW.TARGETS).from(JSONB.valueOf("{}"))).isEmpty();
    }

    @Test
    void an_answer_value_is_its_json_tree_and_a_template_document_its_text() {
        roundTrip(INTERVIEW_ANSWER.VALUE, JSONB.valueOf("{\"options\":[\"a\",\"b\"]}"), JSON.readTree("""
                {"options": ["a", "b"]}"""));
        roundTrip(TEMPLATE.DOCUMENT, JSONB.valueOf("{\"key\":\"t\"}"), "{\"key\":\"t\"}");
    }

    @Test
    void every_timestamp_is_an_instant() {
        assertThat(DefaultSchema.DEFAULT_SCHEMA.getTables().stream()
                        .flatMap(Table::fieldStream)
                        .filter(field -> field.getDataType().isDateTime())
                        .<Class<?>>map(Field::getType))
                .contains(Instant.class)
                .allMatch(type -> type == Instant.class || type == LocalDate.class);
    }

    /** {@code field} writes {@code app} as {@code db}, reads {@code db} as {@code app}, and passes null through. */
    private static <U> void roundTrip(Field<U> field, Object db, U app) {
        Converter<Object, U> converter = converter(field);
        assertThat(converter.to(app)).as("%s written", field).isEqualTo(db);
        assertThat(converter.from(db)).as("%s read", field).isEqualTo(app);
        assertThat(converter.from(null)).as("%s read from NULL", field).isNull();
        assertThat(converter.to(null)).as("%s written as NULL", field).isNull();
    }

    @SuppressWarnings("unchecked")
    private static <U> Converter<Object, U> converter(Field<U> field) {
        return (Converter<Object, U>) field.getConverter();
    }
}
