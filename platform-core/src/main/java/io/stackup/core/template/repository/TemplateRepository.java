package io.stackup.core.template.repository;

import static io.stackup.core.jooq.Tables.TEMPLATE;

import io.stackup.core.jooq.tables.records.TemplateRecord;
import io.stackup.core.shared.SearchPatterns;
import io.stackup.core.template.StoredTemplate;
import io.stackup.core.template.TemplateId;
import io.stackup.core.template.TemplateStatus;
import io.stackup.core.template.TemplateSummary;
import io.stackup.core.tenancy.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Template versions of a tenant. Every statement names the tenant; row-level security checks it again, and a trigger
 * refuses any change to a published version.
 */
@Repository
public class TemplateRepository {

    private final DSLContext dsl;

    TemplateRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** What a new version holds. */
    public record NewVersion(
            String key, String version, String name, TemplateStatus status, String document, String mediaType) {}

    @Transactional(propagation = Propagation.MANDATORY)
    public TemplateId insert(TenantId tenant, NewVersion version, String user) {
        Instant now = Instant.now();
        return dsl.insertInto(TEMPLATE)
                .set(TEMPLATE.TENANT_ID, tenant)
                .set(TEMPLATE.KEY, version.key())
                .set(TEMPLATE.VERSION, version.version())
                .set(TEMPLATE.NAME, version.name())
                .set(TEMPLATE.STATUS, version.status())
                .set(TEMPLATE.DOCUMENT, version.document())
                .set(TEMPLATE.MEDIA_TYPE, version.mediaType())
                .set(TEMPLATE.CREATED_BY, user)
                .set(TEMPLATE.UPDATED_BY, user)
                .set(TEMPLATE.PUBLISHED_AT, version.status() == TemplateStatus.PUBLISHED ? now : null)
                .set(TEMPLATE.PUBLISHED_BY, version.status() == TemplateStatus.PUBLISHED ? user : null)
                .returning(TEMPLATE.ID)
                .fetchOptional(TEMPLATE.ID)
                .orElseThrow();
    }

    public Optional<StoredTemplate> find(TenantId tenant, TemplateId id) {
        return dsl.selectFrom(TEMPLATE)
                .where(TEMPLATE.TENANT_ID.eq(tenant))
                .and(TEMPLATE.ID.eq(id))
                .fetchOptional(TemplateRepository::toStored);
    }

    /** The status and lock version of a template, without its document: enough to tell a cached copy is current. */
    public Optional<Revision> revision(TenantId tenant, TemplateId id) {
        return dsl.select(TEMPLATE.STATUS, TEMPLATE.LOCK_VERSION)
                .from(TEMPLATE)
                .where(TEMPLATE.TENANT_ID.eq(tenant))
                .and(TEMPLATE.ID.eq(id))
                .fetchOptional(Records.mapping(Revision::new));
    }

    /** Which state of a template a copy was made from. */
    public record Revision(TemplateStatus status, int lockVersion) {}

    public Optional<StoredTemplate> findDraft(TenantId tenant, String key) {
        return dsl.selectFrom(TEMPLATE)
                .where(TEMPLATE.TENANT_ID.eq(tenant))
                .and(TEMPLATE.KEY.eq(key))
                .and(TEMPLATE.STATUS.eq(TemplateStatus.DRAFT))
                .fetchOptional(TemplateRepository::toStored);
    }

    public boolean isPublished(TenantId tenant, String key, String version) {
        return dsl.fetchExists(
                TEMPLATE,
                TEMPLATE.TENANT_ID
                        .eq(tenant)
                        .and(TEMPLATE.KEY.eq(key))
                        .and(TEMPLATE.VERSION.eq(version))
                        .and(TEMPLATE.STATUS.eq(TemplateStatus.PUBLISHED)));
    }

    /**
     * Replaces a draft's document if nobody saved it since {@code expectedLockVersion}.
     *
     * @return whether it was replaced; {@code false} when the draft is gone or another save came first
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean updateDraft(
            TenantId tenant, TemplateId id, int expectedLockVersion, NewVersion version, String user) {
        return dsl.update(TEMPLATE)
                        .set(TEMPLATE.VERSION, version.version())
                        .set(TEMPLATE.NAME, version.name())
                        .set(TEMPLATE.DOCUMENT, version.document())
                        .set(TEMPLATE.MEDIA_TYPE, version.mediaType())
                        .set(TEMPLATE.UPDATED_AT, Instant.now())
                        .set(TEMPLATE.UPDATED_BY, user)
                        .set(TEMPLATE.LOCK_VERSION, TEMPLATE.LOCK_VERSION.plus(1))
                        .where(TEMPLATE.TENANT_ID.eq(tenant))
                        .and(TEMPLATE.ID.eq(id))
                        .and(TEMPLATE.STATUS.eq(TemplateStatus.DRAFT))
                        .and(TEMPLATE.LOCK_VERSION.eq(expectedLockVersion))
                        .execute()
                == 1;
    }

    /** Publishes a draft; {@code false} when it is not a draft (any more). */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean publish(TenantId tenant, TemplateId id, String user) {
        Instant now = Instant.now();
        return dsl.update(TEMPLATE)
                        .set(TEMPLATE.STATUS, TemplateStatus.PUBLISHED)
                        .set(TEMPLATE.PUBLISHED_AT, now)
                        .set(TEMPLATE.PUBLISHED_BY, user)
                        .set(TEMPLATE.UPDATED_AT, now)
                        .set(TEMPLATE.UPDATED_BY, user)
                        .set(TEMPLATE.LOCK_VERSION, TEMPLATE.LOCK_VERSION.plus(1))
                        .where(TEMPLATE.TENANT_ID.eq(tenant))
                        .and(TEMPLATE.ID.eq(id))
                        .and(TEMPLATE.STATUS.eq(TemplateStatus.DRAFT))
                        .execute()
                == 1;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public boolean deleteDraft(TenantId tenant, TemplateId id) {
        return dsl.deleteFrom(TEMPLATE)
                        .where(TEMPLATE.TENANT_ID.eq(tenant))
                        .and(TEMPLATE.ID.eq(id))
                        .and(TEMPLATE.STATUS.eq(TemplateStatus.DRAFT))
                        .execute()
                == 1;
    }

    /** A page of the tenant's template versions, by name, key and version; {@code search} matches name or key. */
    public List<TemplateSummary> find(
            TenantId tenant, String search, @Nullable TemplateStatus status, int offset, int limit) {
        return dsl.select(
                        TEMPLATE.ID,
                        TEMPLATE.KEY,
                        TEMPLATE.VERSION,
                        TEMPLATE.NAME,
                        TEMPLATE.STATUS,
                        TEMPLATE.UPDATED_AT)
                .from(TEMPLATE)
                .where(filter(tenant, search, status))
                .orderBy(DSL.lower(TEMPLATE.NAME), TEMPLATE.KEY, TEMPLATE.VERSION)
                .offset(offset)
                .limit(limit)
                .fetch(Records.mapping(TemplateSummary::new));
    }

    public int count(TenantId tenant, String search, @Nullable TemplateStatus status) {
        return dsl.fetchCount(TEMPLATE, filter(tenant, search, status));
    }

    private static Condition filter(TenantId tenant, String search, @Nullable TemplateStatus status) {
        Condition condition = TEMPLATE.TENANT_ID.eq(tenant);
        if (!search.isBlank()) {
            String pattern = SearchPatterns.contains(search);
            condition = condition.and(DSL.lower(TEMPLATE.NAME).like(pattern).or(TEMPLATE.KEY.like(pattern)));
        }
        if (status != null) {
            condition = condition.and(TEMPLATE.STATUS.eq(status));
        }
        return condition;
    }

    private static StoredTemplate toStored(TemplateRecord r) {
        return new StoredTemplate(
                r.getId(),
                r.getKey(),
                r.getVersion(),
                r.getName(),
                r.getStatus(),
                r.getDocument(),
                r.getMediaType(),
                r.getLockVersion(),
                r.getUpdatedAt(),
                r.getUpdatedBy(),
                r.getPublishedAt());
    }
}
