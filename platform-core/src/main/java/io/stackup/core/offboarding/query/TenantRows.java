package io.stackup.core.offboarding.query;

import io.stackup.core.tenancy.TenantId;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A tenant's rows as JSON, read with a cursor ({@value #FETCH_SIZE} rows per round trip), so a tenant of any size is
 * never held in memory. Every method must run inside the caller's transaction: the export reads all tables in one
 * REPEATABLE READ transaction, so the archive is one consistent snapshot.
 */
@Repository
public class TenantRows {

    static final int FETCH_SIZE = 500;

    private final DSLContext dsl;

    TenantRows(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * The tables an export leaves out although they hold a {@code tenant_id}: the exports themselves and their
     * archives (an archive does not contain earlier archives, and would otherwise grow with each export).
     */
    public static final List<String> NOT_EXPORTED = List.of("tenant_export", "tenant_export_chunk");

    /**
     * The tables of the schema with a {@code tenant_id} column, by name, but {@link #NOT_EXPORTED}: every table that
     * holds tenant data.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<String> tenantTables() {
        return dsl.fetch("""
                        SELECT c.relname FROM pg_class c
                        JOIN pg_namespace ns ON ns.oid = c.relnamespace AND ns.nspname = 'public'
                        JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'tenant_id' AND NOT a.attisdropped
                        WHERE c.relkind IN ('r', 'p') AND NOT (c.relname = ANY ({0}))
                        ORDER BY c.relname""", DSL.val(NOT_EXPORTED.toArray(String[]::new))).getValues(0, String.class);
    }

    /** How many rows of {@code table} (a name from {@link #tenantTables()}) the tenant has. */
    @Transactional(propagation = Propagation.MANDATORY)
    public long count(String table, TenantId tenant) {
        Long count = dsl.resultQuery(
                        "SELECT count(*) FROM public." + quoted(table) + " WHERE tenant_id = {0}",
                        DSL.val(tenant.value()))
                .fetchOne(0, Long.class);
        return count == null ? 0 : count;
    }

    /** How many template versions and completed results the tenant has: the archive's other entries. */
    @Transactional(propagation = Propagation.MANDATORY)
    public long documents(TenantId tenant) {
        Long count = dsl.resultQuery("""
                        SELECT (SELECT count(*) FROM template WHERE tenant_id = {0})
                             + (SELECT count(*) FROM interview WHERE tenant_id = {0} AND status = 'completed'
                                  AND result IS NOT NULL)""", DSL.val(tenant.value())).fetchOne(0, Long.class);
        return count == null ? 0 : count;
    }

    /**
     * Hands each of the tenant's rows of {@code table} to {@code row} as one line of JSON: an object of column names to
     * values as PostgreSQL's {@code to_jsonb} writes them (jsonb as JSON, arrays as arrays, times in ISO 8601), except
     * bytea, which is written in base64. Rows come in primary-key order. Returns how many rows there were.
     *
     * @param table a name from {@link #tenantTables()}
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public long rows(String table, TenantId tenant, Consumer<String> row) {
        List<String> binary =
                dsl.fetch("""
                        SELECT a.attname FROM pg_attribute a
                        WHERE a.attrelid = to_regclass({0}) AND a.attnum > 0 AND NOT a.attisdropped
                          AND a.atttypid = 'bytea'::regtype
                        ORDER BY a.attnum""", DSL.inline("public." + quoted(table))).getValues(0, String.class);
        StringBuilder json = new StringBuilder("to_jsonb(t)");
        for (String column : binary) {
            json.append(" || jsonb_build_object('")
                    .append(column.replace("'", "''"))
                    .append("'")
                    .append(", encode(t.")
                    .append(quoted(column))
                    .append(", 'base64'))");
        }
        String sql = "SELECT (" + json + ")::text FROM public." + quoted(table) + " t WHERE t.tenant_id = {0}"
                + orderByPrimaryKey(table);
        long count = 0;
        try (Cursor<Record> cursor = dsl.resultQuery(sql, DSL.val(tenant.value()))
                .fetchSize(FETCH_SIZE)
                .fetchLazy()) {
            for (Record r : cursor) {
                row.accept(r.get(0, String.class));
                count++;
            }
        }
        return count;
    }

    /** Each of the tenant's template versions: key, version and status, and the document as pretty-printed JSON. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void templates(TenantId tenant, Consumer<TemplateDocument> document) {
        try (Cursor<Record> cursor = dsl.resultQuery("""
                        SELECT key || '/' || version || '-' || status, jsonb_pretty(document)
                        FROM template WHERE tenant_id = {0} ORDER BY key, created_at, id""", DSL.val(tenant.value()))
                .fetchSize(FETCH_SIZE)
                .fetchLazy()) {
            for (Record r : cursor) {
                document.accept(new TemplateDocument(r.get(0, String.class), r.get(1, String.class)));
            }
        }
    }

    /** The result of each of the tenant's completed interviews, as pretty-printed JSON, by interview id. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void results(TenantId tenant, Consumer<InterviewResult> result) {
        try (Cursor<Record> cursor = dsl.resultQuery("""
                        SELECT id, jsonb_pretty(result) FROM interview
                        WHERE tenant_id = {0} AND status = 'completed' AND result IS NOT NULL
                        ORDER BY completed_at, id""", DSL.val(tenant.value()))
                .fetchSize(FETCH_SIZE)
                .fetchLazy()) {
            for (Record r : cursor) {
                result.accept(new InterviewResult(r.get(0, UUID.class), r.get(1, String.class)));
            }
        }
    }

    /** A template version's document; {@code name} is {@code <key>/<version>-<status>}. */
    public record TemplateDocument(String name, String json) {}

    public record InterviewResult(UUID interview, String json) {}

    private String orderByPrimaryKey(String table) {
        List<String> columns =
                dsl.fetch("""
                        SELECT a.attname FROM pg_index i
                        JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)
                        WHERE i.indrelid = to_regclass({0}) AND i.indisprimary
                        ORDER BY array_position(i.indkey::int2[], a.attnum)""", DSL.inline("public." + quoted(table))).getValues(0, String.class);
        if (columns.isEmpty()) {
            return "";
        }
        StringBuilder order = new StringBuilder(" ORDER BY ");
        for (int i = 0; i < columns.size(); i++) {
            order.append(i == 0 ? "" : ", ").append("t.").append(quoted(columns.get(i)));
        }
        return order.toString();
    }

    /** An identifier quoted for SQL: names come from the catalog, and are quoted all the same. */
    private static String quoted(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
