package io.stackup.core.offboarding;

import io.stackup.core.offboarding.query.TenantRows;
import io.stackup.core.tenancy.TenantContext;
import java.util.List;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The bound tenant's data, read out for its export archive: table by table, row by row, as JSON lines; the template
 * documents; the completed interviews' results. Every method runs in the caller's transaction (it refuses to run
 * without one), so that the caller reads all of it from one snapshot (REPEATABLE READ). Rows are streamed, never held.
 * Who may read it is the caller's to decide (tenant-admin's export service allows the tenant's admins).
 */
@Service
@Transactional(propagation = Propagation.MANDATORY, readOnly = true)
public class TenantData {

    private final TenantRows rows;

    TenantData(TenantRows rows) {
        this.rows = rows;
    }

    /** Every table holding tenant data (having a {@code tenant_id} column), by name; found in the catalog. */
    public List<String> tables() {
        return rows.tenantTables();
    }

    /** Each of the bound tenant's rows of {@code table}, one JSON object per call; returns how many. */
    public long rows(String table, Consumer<String> row) {
        return rows.rows(table, TenantContext.requireTenant(), row);
    }

    /** How many rows of {@code table} the bound tenant has. */
    public long count(String table) {
        return rows.count(table, TenantContext.requireTenant());
    }

    /** How many template documents and results the archive of the bound tenant holds. */
    public long documents() {
        return rows.documents(TenantContext.requireTenant());
    }

    /** Each template version as {@code <key>/<version>-<status>} and its document (the template's JSON export). */
    public void templates(BiConsumer<String, String> document) {
        rows.templates(TenantContext.requireTenant(), d -> document.accept(d.name(), d.json()));
    }

    /** Each completed interview's id and its result as JSON. */
    public void results(BiConsumer<UUID, String> result) {
        rows.results(TenantContext.requireTenant(), r -> result.accept(r.interview(), r.json()));
    }
}
