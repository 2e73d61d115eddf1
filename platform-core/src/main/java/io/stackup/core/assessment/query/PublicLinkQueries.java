package io.stackup.core.assessment.query;

import static io.stackup.core.jooq.Tables.PUBLIC_LINK;
import static io.stackup.core.jooq.Tables.SELF_ASSESSMENT;
import static io.stackup.core.jooq.Tables.TEMPLATE;

import io.stackup.core.assessment.PublicLink;
import io.stackup.core.assessment.PublicLinkId;
import io.stackup.core.template.TemplateId;
import io.stackup.core.tenancy.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record13;
import org.jooq.Records;
import org.jooq.SelectOnConditionStep;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/**
 * A tenant's public links as the links screen and the API show them: with their template's key, name and version and
 * how many submissions each has had, in one statement per read. Every statement names the tenant; row-level security
 * checks it again.
 */
@Repository
public class PublicLinkQueries {

    private final DSLContext dsl;

    PublicLinkQueries(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<PublicLink> find(TenantId tenant, PublicLinkId id) {
        return select().where(PUBLIC_LINK.TENANT_ID.eq(tenant))
                .and(PUBLIC_LINK.ID.eq(id))
                .fetchOptional(Records.mapping(PublicLink::new));
    }

    /** A page of the tenant's links, newest first; of one template when {@code template} is given. */
    public List<PublicLink> find(TenantId tenant, @Nullable TemplateId template, int offset, int limit) {
        return select().where(filter(tenant, template))
                .orderBy(PUBLIC_LINK.CREATED_AT.desc(), PUBLIC_LINK.ID)
                .offset(offset)
                .limit(limit)
                .fetch(Records.mapping(PublicLink::new));
    }

    public int count(TenantId tenant, @Nullable TemplateId template) {
        return dsl.fetchCount(PUBLIC_LINK, filter(tenant, template));
    }

    private SelectOnConditionStep<
                    Record13<
                            PublicLinkId,
                            TemplateId,
                            String,
                            String,
                            String,
                            String,
                            Boolean,
                            Instant,
                            String,
                            Integer,
                            Instant,
                            String,
                            Integer>>
            select() {
        Field<Integer> submissions = DSL.field(DSL.selectCount()
                .from(SELF_ASSESSMENT)
                .where(SELF_ASSESSMENT.TENANT_ID.eq(PUBLIC_LINK.TENANT_ID))
                .and(SELF_ASSESSMENT.LINK_ID.eq(PUBLIC_LINK.ID)));
        return dsl.select(
                        PUBLIC_LINK.ID,
                        PUBLIC_LINK.TEMPLATE_ID,
                        TEMPLATE.KEY,
                        TEMPLATE.NAME,
                        TEMPLATE.VERSION,
                        PUBLIC_LINK.TOKEN,
                        PUBLIC_LINK.ENABLED,
                        PUBLIC_LINK.EXPIRES_AT,
                        PUBLIC_LINK.WELCOME,
                        PUBLIC_LINK.LOCK_VERSION,
                        PUBLIC_LINK.CREATED_AT,
                        PUBLIC_LINK.CREATED_BY,
                        submissions)
                .from(PUBLIC_LINK)
                .join(TEMPLATE)
                .on(TEMPLATE.TENANT_ID.eq(PUBLIC_LINK.TENANT_ID).and(TEMPLATE.ID.eq(PUBLIC_LINK.TEMPLATE_ID)));
    }

    private static Condition filter(TenantId tenant, @Nullable TemplateId template) {
        Condition condition = PUBLIC_LINK.TENANT_ID.eq(tenant);
        return template == null ? condition : condition.and(PUBLIC_LINK.TEMPLATE_ID.eq(template));
    }
}
