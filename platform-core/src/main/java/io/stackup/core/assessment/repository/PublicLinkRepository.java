package io.stackup.core.assessment.repository;

import static io.stackup.core.jooq.Tables.PUBLIC_LINK;
import static io.stackup.core.jooq.Tables.SELF_ASSESSMENT;
import static io.stackup.core.jooq.Tables.TEMPLATE;

import io.stackup.core.assessment.PublicLink;
import io.stackup.core.assessment.PublicLinkId;
import io.stackup.core.assessment.PublicLinkSettings;
import io.stackup.core.interview.InterviewId;
import io.stackup.core.template.TemplateId;
import io.stackup.core.tenancy.TenantId;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Public links and self-assessment receipts of a tenant. Every statement names the tenant, and row-level security checks
 * it again, except {@link #resolve(String)}: the one narrow way from a token to its tenant, through the database
 * function {@code stackup_public_link}.
 */
@Repository
public class PublicLinkRepository {

    private final DSLContext dsl;

    PublicLinkRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The tenant and id of the link with this token, when it is enabled, unexpired and its tenant active. */
    public record Resolved(TenantId tenant, PublicLinkId link) {}

    public Optional<Resolved> resolve(String token) {
        return dsl.resultQuery("SELECT tenant_id, link_id FROM stackup_public_link(?)", token)
                .fetchOptional(
                        r -> new Resolved(new TenantId(r.get(0, UUID.class)), new PublicLinkId(r.get(1, UUID.class))));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public PublicLinkId insert(
            TenantId tenant, TemplateId template, String token, PublicLinkSettings settings, String user) {
        return new PublicLinkId(dsl.insertInto(PUBLIC_LINK)
                .set(PUBLIC_LINK.TENANT_ID, tenant.value())
                .set(PUBLIC_LINK.TEMPLATE_ID, template.value())
                .set(PUBLIC_LINK.TOKEN, token)
                .set(PUBLIC_LINK.ENABLED, settings.enabled())
                .set(PUBLIC_LINK.EXPIRES_AT, offset(settings))
                .set(PUBLIC_LINK.WELCOME, settings.welcome())
                .set(PUBLIC_LINK.CREATED_BY, user)
                .set(PUBLIC_LINK.UPDATED_BY, user)
                .returning(PUBLIC_LINK.ID)
                .fetchOne(PUBLIC_LINK.ID));
    }

    /** Replaces the settings if nobody saved them since {@code expectedLockVersion}; {@code false} otherwise. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean update(
            TenantId tenant, PublicLinkId id, int expectedLockVersion, PublicLinkSettings settings, String user) {
        return dsl.update(PUBLIC_LINK)
                        .set(PUBLIC_LINK.ENABLED, settings.enabled())
                        .set(PUBLIC_LINK.EXPIRES_AT, offset(settings))
                        .set(PUBLIC_LINK.WELCOME, settings.welcome())
                        .set(PUBLIC_LINK.UPDATED_AT, OffsetDateTime.now())
                        .set(PUBLIC_LINK.UPDATED_BY, user)
                        .set(PUBLIC_LINK.LOCK_VERSION, PUBLIC_LINK.LOCK_VERSION.plus(1))
                        .where(PUBLIC_LINK.TENANT_ID.eq(tenant.value()))
                        .and(PUBLIC_LINK.ID.eq(id.value()))
                        .and(PUBLIC_LINK.LOCK_VERSION.eq(expectedLockVersion))
                        .execute()
                == 1;
    }

    public Optional<PublicLink> find(TenantId tenant, PublicLinkId id) {
        return select().where(PUBLIC_LINK.TENANT_ID.eq(tenant.value()))
                .and(PUBLIC_LINK.ID.eq(id.value()))
                .fetchOptional(PublicLinkRepository::toLink);
    }

    /** A page of the tenant's links, newest first; of one template when {@code template} is given. */
    public List<PublicLink> find(TenantId tenant, @Nullable TemplateId template, int offset, int limit) {
        return select().where(filter(tenant, template))
                .orderBy(PUBLIC_LINK.CREATED_AT.desc(), PUBLIC_LINK.ID)
                .offset(offset)
                .limit(limit)
                .fetch(PublicLinkRepository::toLink);
    }

    public int count(TenantId tenant, @Nullable TemplateId template) {
        return dsl.fetchCount(PUBLIC_LINK, filter(tenant, template));
    }

    /**
     * Locks the link until the transaction ends, so submissions through it are counted and recorded one at a time
     * ({@link #nthLatestSubmissionSince}).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void lockForSubmission(TenantId tenant, PublicLinkId link) {
        dsl.select(PUBLIC_LINK.ID)
                .from(PUBLIC_LINK)
                .where(PUBLIC_LINK.TENANT_ID.eq(tenant.value()))
                .and(PUBLIC_LINK.ID.eq(link.value()))
                .forUpdate()
                .fetch();
    }

    /**
     * When the link's {@code n}-th latest submission since {@code since} was made; empty when it had fewer.
     *
     * @param n 1 for the latest
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<OffsetDateTime> nthLatestSubmissionSince(
            TenantId tenant, PublicLinkId link, OffsetDateTime since, int n) {
        return dsl.select(SELF_ASSESSMENT.CREATED_AT)
                .from(SELF_ASSESSMENT)
                .where(SELF_ASSESSMENT.TENANT_ID.eq(tenant.value()))
                .and(SELF_ASSESSMENT.LINK_ID.eq(link.value()))
                .and(SELF_ASSESSMENT.CREATED_AT.gt(since))
                .orderBy(SELF_ASSESSMENT.CREATED_AT.desc())
                .offset(n - 1)
                .limit(1)
                .fetchOptional(SELF_ASSESSMENT.CREATED_AT);
    }

    /** Keeps the hash of a respondent's receipt with the interview their submission made. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void insertReceipt(TenantId tenant, PublicLinkId link, InterviewId interview, byte[] receiptSha256) {
        dsl.insertInto(SELF_ASSESSMENT)
                .set(SELF_ASSESSMENT.TENANT_ID, tenant.value())
                .set(SELF_ASSESSMENT.LINK_ID, link.value())
                .set(SELF_ASSESSMENT.INTERVIEW_ID, interview.value())
                .set(SELF_ASSESSMENT.RECEIPT_SHA256, receiptSha256)
                .execute();
    }

    /** The interview a receipt of this link was given for. */
    public Optional<InterviewId> findByReceipt(TenantId tenant, PublicLinkId link, byte[] receiptSha256) {
        return dsl.select(SELF_ASSESSMENT.INTERVIEW_ID)
                .from(SELF_ASSESSMENT)
                .where(SELF_ASSESSMENT.TENANT_ID.eq(tenant.value()))
                .and(SELF_ASSESSMENT.LINK_ID.eq(link.value()))
                .and(SELF_ASSESSMENT.RECEIPT_SHA256.eq(receiptSha256))
                .fetchOptional(r -> new InterviewId(r.value1()));
    }

    private org.jooq.SelectOnConditionStep<Record> select() {
        var submissions = DSL.field(DSL.selectCount()
                        .from(SELF_ASSESSMENT)
                        .where(SELF_ASSESSMENT.TENANT_ID.eq(PUBLIC_LINK.TENANT_ID))
                        .and(SELF_ASSESSMENT.LINK_ID.eq(PUBLIC_LINK.ID)))
                .as("submissions");
        return dsl.select(PUBLIC_LINK.fields())
                .select(TEMPLATE.KEY, TEMPLATE.NAME, TEMPLATE.VERSION, submissions)
                .from(PUBLIC_LINK)
                .join(TEMPLATE)
                .on(TEMPLATE.TENANT_ID.eq(PUBLIC_LINK.TENANT_ID).and(TEMPLATE.ID.eq(PUBLIC_LINK.TEMPLATE_ID)));
    }

    private static Condition filter(TenantId tenant, @Nullable TemplateId template) {
        Condition condition = PUBLIC_LINK.TENANT_ID.eq(tenant.value());
        return template == null ? condition : condition.and(PUBLIC_LINK.TEMPLATE_ID.eq(template.value()));
    }

    private static @Nullable OffsetDateTime offset(PublicLinkSettings settings) {
        return settings.expiresAt() == null ? null : settings.expiresAt().atOffset(ZoneOffset.UTC);
    }

    private static PublicLink toLink(Record r) {
        OffsetDateTime expires = r.get(PUBLIC_LINK.EXPIRES_AT);
        return new PublicLink(
                new PublicLinkId(r.get(PUBLIC_LINK.ID)),
                new TemplateId(r.get(PUBLIC_LINK.TEMPLATE_ID)),
                r.get(TEMPLATE.KEY),
                r.get(TEMPLATE.NAME),
                r.get(TEMPLATE.VERSION),
                r.get(PUBLIC_LINK.TOKEN),
                r.get(PUBLIC_LINK.ENABLED),
                expires == null ? null : expires.toInstant(),
                r.get(PUBLIC_LINK.WELCOME),
                r.get(PUBLIC_LINK.LOCK_VERSION),
                r.get(PUBLIC_LINK.CREATED_AT).toInstant(),
                r.get(PUBLIC_LINK.CREATED_BY),
                r.get("submissions", Integer.class));
    }
}
