package io.stackup.core.template.query;

import static io.stackup.core.jooq.Tables.INTERVIEW;
import static io.stackup.core.jooq.Tables.TEMPLATE;

import io.stackup.core.jooq.tables.Template;
import io.stackup.core.shared.SearchPatterns;
import io.stackup.core.template.TemplateKeySummary;
import io.stackup.core.template.TemplateSummary;
import io.stackup.core.template.TemplateVersionSummary;
import io.stackup.core.tenancy.TenantId;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.springframework.stereotype.Repository;

/**
 * The template list grouped by key: a page of keys, each with its latest version (the one created last) and the
 * number of versions and of interviews using the key, in one statement per page (counts as grouped joins, no query
 * per row); and one key's versions with each version's interview count, in one statement. Every statement names the
 * tenant; row-level security checks it again.
 */
@Repository
public class TemplateKeyQueries {

    private static final Template T = TEMPLATE.as("t");
    private static final Template ALL = TEMPLATE.as("all_versions");

    private final DSLContext dsl;

    TemplateKeyQueries(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** A page of the tenant's keys by the latest version's name, then key; {@code search} matches its name or key. */
    public List<TemplateKeySummary> keys(TenantId tenant, String search, int offset, int limit) {
        Table<?> latest = latest(tenant).asTable("latest");
        Field<String> key = col(latest, T.KEY);
        Field<String> name = col(latest, T.NAME);
        Table<?> versions = dsl.select(ALL.KEY, DSL.count().as("n"))
                .from(ALL)
                .where(ALL.TENANT_ID.eq(tenant))
                .groupBy(ALL.KEY)
                .asTable("versions");
        Table<?> uses = dsl.select(ALL.KEY, DSL.count().as("n"))
                .from(INTERVIEW)
                .join(ALL)
                .on(ALL.TENANT_ID.eq(INTERVIEW.TENANT_ID).and(ALL.ID.eq(INTERVIEW.TEMPLATE_ID)))
                .where(INTERVIEW.TENANT_ID.eq(tenant))
                .groupBy(ALL.KEY)
                .asTable("uses");
        Field<Integer> versionCount = java.util.Objects.requireNonNull(versions.field("n", SQLDataType.INTEGER));
        Field<Integer> useCount = java.util.Objects.requireNonNull(uses.field("n", SQLDataType.INTEGER));
        Condition filter = DSL.trueCondition();
        if (!search.isBlank()) {
            String pattern = SearchPatterns.contains(search);
            filter = DSL.lower(name).like(pattern).or(key.like(pattern));
        }
        return dsl.select(
                        key,
                        name,
                        col(latest, T.ID),
                        col(latest, T.VERSION),
                        col(latest, T.STATUS),
                        col(latest, T.UPDATED_AT),
                        DSL.coalesce(versionCount, 0),
                        DSL.coalesce(useCount, 0))
                .from(latest)
                .join(versions)
                .on(col(versions, ALL.KEY).eq(key))
                .leftJoin(uses)
                .on(col(uses, ALL.KEY).eq(key))
                .where(filter)
                .orderBy(DSL.lower(name), key)
                .offset(offset)
                .limit(limit)
                .fetch(r -> new TemplateKeySummary(
                        r.value1(),
                        r.value2(),
                        r.value3(),
                        r.value4(),
                        r.value5(),
                        r.value6(),
                        r.value7(),
                        r.value8()));
    }

    public int countKeys(TenantId tenant, String search) {
        Table<?> latest = latest(tenant).asTable("latest");
        Condition filter = DSL.trueCondition();
        if (!search.isBlank()) {
            String pattern = SearchPatterns.contains(search);
            filter = DSL.lower(col(latest, T.NAME))
                    .like(pattern)
                    .or(col(latest, T.KEY).like(pattern));
        }
        return dsl.fetchCount(dsl.selectFrom(latest).where(filter));
    }

    /** The key's versions, the one created last first, each with the number of interviews that use it. */
    public List<TemplateVersionSummary> versions(TenantId tenant, String key) {
        Field<Integer> uses = DSL.field(DSL.selectCount()
                .from(INTERVIEW)
                .where(INTERVIEW.TENANT_ID.eq(tenant))
                .and(INTERVIEW.TEMPLATE_ID.eq(T.ID)));
        return dsl.select(T.ID, T.KEY, T.VERSION, T.NAME, T.STATUS, T.UPDATED_AT, uses)
                .from(T)
                .where(T.TENANT_ID.eq(tenant))
                .and(T.KEY.eq(key))
                .orderBy(T.CREATED_AT.desc(), T.ID)
                .fetch(r -> new TemplateVersionSummary(
                        new TemplateSummary(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6()),
                        r.value7()));
    }

    /** The table's column, which it always has (jOOQ answers null only for a column it lacks). */
    private static <V> Field<V> col(Table<?> table, Field<V> column) {
        return java.util.Objects.requireNonNull(table.field(column));
    }

    /** Each key's version created last. */
    private org.jooq.Select<?> latest(TenantId tenant) {
        return dsl.select(T.KEY, T.ID, T.VERSION, T.NAME, T.STATUS, T.UPDATED_AT)
                .distinctOn(T.KEY)
                .from(T)
                .where(T.TENANT_ID.eq(tenant))
                .orderBy(T.KEY, T.CREATED_AT.desc(), T.ID);
    }
}
