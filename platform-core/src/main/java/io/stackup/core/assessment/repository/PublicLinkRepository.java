package io.stackup.core.assessment.repository;

import static io.stackup.core.jooq.Tables.PUBLIC_LINK;
import static io.stackup.core.jooq.Tables.SELF_ASSESSMENT;
import static io.stackup.core.jooq.Tables.STACKUP_PUBLIC_LINK;

import io.stackup.core.assessment.PublicLinkId;
import io.stackup.core.assessment.PublicLinkSettings;
import io.stackup.core.interview.InterviewId;
import io.stackup.core.jooq.tables.StackupPublicLink;
import io.stackup.core.template.TemplateId;
import io.stackup.core.tenancy.TenantId;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The writes of public links and self-assessment receipts of a tenant (the links' reads for screens are
 * {@code query.PublicLinkQueries}). Every statement names the tenant, and row-level security checks
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
        StackupPublicLink resolved = STACKUP_PUBLIC_LINK(token);
        return dsl.select(resolved.TENANT_ID, resolved.LINK_ID)
                .from(resolved)
                .fetchOptional(Records.mapping(Resolved::new));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public PublicLinkId insert(
            TenantId tenant, TemplateId template, String token, PublicLinkSettings settings, String user) {
        return dsl.insertInto(PUBLIC_LINK)
                .set(PUBLIC_LINK.TENANT_ID, tenant)
                .set(PUBLIC_LINK.TEMPLATE_ID, template)
                .set(PUBLIC_LINK.TOKEN, token)
                .set(PUBLIC_LINK.ENABLED, settings.enabled())
                .set(PUBLIC_LINK.EXPIRES_AT, settings.expiresAt())
                .set(PUBLIC_LINK.WELCOME, settings.welcome())
                .set(PUBLIC_LINK.CREATED_BY, user)
                .set(PUBLIC_LINK.UPDATED_BY, user)
                .returning(PUBLIC_LINK.ID)
                .fetchOptional(PUBLIC_LINK.ID)
                .orElseThrow();
    }

    /** Replaces the settings if nobody saved them since {@code expectedLockVersion}; {@code false} otherwise. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean update(
            TenantId tenant, PublicLinkId id, int expectedLockVersion, PublicLinkSettings settings, String user) {
        return dsl.update(PUBLIC_LINK)
                        .set(PUBLIC_LINK.ENABLED, settings.enabled())
                        .set(PUBLIC_LINK.EXPIRES_AT, settings.expiresAt())
                        .set(PUBLIC_LINK.WELCOME, settings.welcome())
                        .set(PUBLIC_LINK.UPDATED_AT, Instant.now())
                        .set(PUBLIC_LINK.UPDATED_BY, user)
                        .set(PUBLIC_LINK.LOCK_VERSION, PUBLIC_LINK.LOCK_VERSION.plus(1))
                        .where(PUBLIC_LINK.TENANT_ID.eq(tenant))
                        .and(PUBLIC_LINK.ID.eq(id))
                        .and(PUBLIC_LINK.LOCK_VERSION.eq(expectedLockVersion))
                        .execute()
                == 1;
    }

    /**
     * Locks the link until the transaction ends, so submissions through it are counted and recorded one at a time
     * ({@link #nthLatestSubmissionSince}).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void lockForSubmission(TenantId tenant, PublicLinkId link) {
        dsl.select(PUBLIC_LINK.ID)
                .from(PUBLIC_LINK)
                .where(PUBLIC_LINK.TENANT_ID.eq(tenant))
                .and(PUBLIC_LINK.ID.eq(link))
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
                .where(SELF_ASSESSMENT.TENANT_ID.eq(tenant))
                .and(SELF_ASSESSMENT.LINK_ID.eq(link))
                .and(SELF_ASSESSMENT.CREATED_AT.gt(since.toInstant()))
                .orderBy(SELF_ASSESSMENT.CREATED_AT.desc())
                .offset(n - 1)
                .limit(1)
                .fetchOptional(SELF_ASSESSMENT.CREATED_AT)
                .map(at -> at.atOffset(since.getOffset()));
    }

    /** Keeps the hash of a respondent's receipt with the interview their submission made. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void insertReceipt(TenantId tenant, PublicLinkId link, InterviewId interview, byte[] receiptSha256) {
        dsl.insertInto(SELF_ASSESSMENT)
                .set(SELF_ASSESSMENT.TENANT_ID, tenant)
                .set(SELF_ASSESSMENT.LINK_ID, link)
                .set(SELF_ASSESSMENT.INTERVIEW_ID, interview)
                .set(SELF_ASSESSMENT.RECEIPT_SHA256, receiptSha256)
                .execute();
    }

    /** The interview a receipt of this link was given for. */
    public Optional<InterviewId> findByReceipt(TenantId tenant, PublicLinkId link, byte[] receiptSha256) {
        return dsl.select(SELF_ASSESSMENT.INTERVIEW_ID)
                .from(SELF_ASSESSMENT)
                .where(SELF_ASSESSMENT.TENANT_ID.eq(tenant))
                .and(SELF_ASSESSMENT.LINK_ID.eq(link))
                .and(SELF_ASSESSMENT.RECEIPT_SHA256.eq(receiptSha256))
                .fetchOptional(SELF_ASSESSMENT.INTERVIEW_ID);
    }
}
