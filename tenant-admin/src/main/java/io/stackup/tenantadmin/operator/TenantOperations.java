package io.stackup.tenantadmin.operator;

import io.stackup.core.audit.AuditEntry;
import io.stackup.core.audit.AuditLog;
import io.stackup.core.tenancy.Roles;
import io.stackup.core.tenancy.Tenant;
import io.stackup.core.tenancy.TenantActivity;
import io.stackup.core.tenancy.TenantContext;
import io.stackup.core.tenancy.TenantDirectory;
import io.stackup.core.tenancy.TenantId;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What platform operators do with tenants. Listing reads the registry and the counts only
 * ({@link TenantDirectory#activity}); suspending and reactivating change the tenant's status and record it in the
 * tenant's own audit log ({@code tenant.suspended} with the reason, {@code tenant.reactivated}), actor the operator, in
 * one transaction opened with the tenant bound ({@link TenantContext#callAs}), since the audit log is the tenant's and
 * row-level security admits only the bound tenant's records.
 */
@Service
public class TenantOperations {

    /** The longest reason, as the database keeps it. */
    public static final int MAX_REASON = 500;

    private final TenantDirectory directory;
    private final AuditLog audit;
    private final TransactionTemplate transaction;

    TenantOperations(TenantDirectory directory, AuditLog audit, PlatformTransactionManager transactions) {
        this.directory = directory;
        this.audit = audit;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** A page of every tenant, by name; {@code search} matches name or slug. At most 200 at a time. */
    @RolesAllowed(Roles.PLATFORM_OPERATOR)
    public List<TenantOverview> find(String search, int offset, int limit) {
        List<Tenant> tenants = directory.find(search, offset, Math.min(limit, 200));
        Map<TenantId, TenantActivity> activity = directory
                .activity(tenants.stream().map(Tenant::id).toList())
                .stream()
                .collect(Collectors.toMap(TenantActivity::tenant, Function.identity()));
        return tenants.stream()
                .map(t -> {
                    TenantActivity a = activity.get(t.id());
                    return new TenantOverview(
                            t,
                            a == null ? 0 : a.members(),
                            a == null ? 0 : a.interviews(),
                            a == null ? null : a.lastActivity(),
                            t.isActive()
                                    ? null
                                    : directory.suspensionReason(t.id()).orElse(null));
                })
                .toList();
    }

    @RolesAllowed(Roles.PLATFORM_OPERATOR)
    public int count(String search) {
        return directory.count(search);
    }

    /** One tenant's overview. */
    @RolesAllowed(Roles.PLATFORM_OPERATOR)
    public TenantOverview get(TenantId id) {
        Tenant tenant = directory.findById(id).orElseThrow(TenantNotFoundException::new);
        TenantActivity a = directory.activity(List.of(id)).stream().findFirst().orElse(null);
        return new TenantOverview(
                tenant,
                a == null ? 0 : a.members(),
                a == null ? 0 : a.interviews(),
                a == null ? null : a.lastActivity(),
                directory.suspensionReason(id).orElse(null));
    }

    /**
     * Suspends an active tenant: its members see the suspended page with {@code reason} on their next request, and the
     * API refuses them with it.
     *
     * @throws SuspensionValidationException for a blank reason or one over {@value #MAX_REASON} characters
     * @throws TenantNotFoundException for an unknown tenant
     * @throws TenantStatusConflictException when it is suspended already
     */
    @RolesAllowed(Roles.PLATFORM_OPERATOR)
    public TenantOverview suspend(TenantId id, @Nullable String reason, Operator operator) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new SuspensionValidationException("is required: the tenant's members are shown it");
        }
        if (why.length() > MAX_REASON) {
            throw new SuspensionValidationException("is longer than " + MAX_REASON + " characters");
        }
        Tenant tenant = directory.findById(id).orElseThrow(TenantNotFoundException::new);
        try (TenantContext.Scope bound = TenantContext.bind(id, operator.id())) {
            transaction.executeWithoutResult(status -> {
                if (!directory.suspend(id, why)) {
                    throw new TenantStatusConflictException("The tenant '" + tenant.name() + "' is suspended already.");
                }
                audit.record(
                        operator.id(),
                        operator.label(),
                        AuditEntry.ofTenant("tenant.suspended", "Suspended the tenant: " + why)
                                .with("status.before", "active")
                                .with("status.after", "suspended")
                                .with("reason", why));
            });
        }
        return get(id);
    }

    /**
     * Reactivates a suspended tenant; its members work again on their next request.
     *
     * @throws TenantNotFoundException for an unknown tenant
     * @throws TenantStatusConflictException when it is active
     */
    @RolesAllowed(Roles.PLATFORM_OPERATOR)
    public TenantOverview reactivate(TenantId id, Operator operator) {
        Tenant tenant = directory.findById(id).orElseThrow(TenantNotFoundException::new);
        try (TenantContext.Scope bound = TenantContext.bind(id, operator.id())) {
            transaction.executeWithoutResult(status -> {
                String reason = directory.suspensionReason(id).orElse(null);
                if (!directory.reactivate(id)) {
                    throw new TenantStatusConflictException("The tenant '" + tenant.name() + "' is active already.");
                }
                audit.record(
                        operator.id(),
                        operator.label(),
                        AuditEntry.ofTenant("tenant.reactivated", "Reactivated the tenant")
                                .with("status.before", "suspended")
                                .with("status.after", "active")
                                .with("reason.before", reason));
            });
        }
        return get(id);
    }
}
