package io.stackup.core.audit;

import io.stackup.core.audit.query.AuditQueries;
import io.stackup.core.tenancy.Roles;
import io.stackup.core.tenancy.TenantContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The current tenant's audit log, for its admins only: a page of the records that match a filter, newest first, how
 * many match, and every one of them streamed for the CSV export. Only reads: the log is written by {@link AuditLog}.
 * Never returns null.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed(Roles.TENANT_ADMIN)
public class AuditService {

    private final AuditQueries queries;

    AuditService(AuditQueries queries) {
        this.queries = queries;
    }

    /** A page of the records that match, newest first. */
    public List<AuditRecord> find(AuditFilter filter, int offset, int limit) {
        return queries.find(TenantContext.requireTenant(), filter, offset, limit);
    }

    /** How many records match. */
    public int count(AuditFilter filter) {
        return queries.count(TenantContext.requireTenant(), filter);
    }

    /**
     * Hands every record that matches to {@code sink}, newest first, read through a database cursor in one read-only
     * transaction: an export of any size holds only a few hundred records in memory. {@code sink} runs inside that
     * transaction; it should write the record out and return.
     */
    public void export(AuditFilter filter, Consumer<AuditRecord> sink) {
        queries.forEach(TenantContext.requireTenant(), filter, sink);
    }
}
