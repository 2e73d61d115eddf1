package io.stackup.core.tenancy;

import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;

/**
 * The tenant (and user) the running thread works for. Set by the web layer from the authenticated principal for each
 * request, and by background work explicitly; never from a request parameter, header or path.
 *
 * <p>Every transaction reads it when it begins (see {@code io.stackup.core.persistence}); the tenant and user also go
 * into the log MDC as {@code tenant} and {@code user}.
 */
public final class TenantContext {

    private static final ThreadLocal<@Nullable Binding> CURRENT = new ThreadLocal<>();

    private TenantContext() {}

    /** Who the thread works for. */
    public record Binding(TenantId tenantId, String userId) {}

    /** The tenant of the running work, if any. */
    public static Optional<TenantId> currentTenant() {
        Binding binding = CURRENT.get();
        return binding == null ? Optional.empty() : Optional.of(binding.tenantId());
    }

    /** The tenant of the running work; fails when there is none. */
    public static TenantId requireTenant() {
        return currentTenant().orElseThrow(() -> new IllegalStateException("No tenant is bound to this work"));
    }

    /** The Keycloak user id of the running work, if any. */
    public static Optional<String> currentUser() {
        Binding binding = CURRENT.get();
        return binding == null ? Optional.empty() : Optional.of(binding.userId());
    }

    /**
     * Binds a tenant to this thread until the returned scope is closed, which restores what was bound before.
     *
     * @param userId the acting user's Keycloak id, or a name such as {@code system:mailer} for background work
     */
    public static Scope bind(TenantId tenantId, String userId) {
        Binding previous = CURRENT.get();
        set(new Binding(tenantId, userId));
        return () -> set(previous);
    }

    /** Runs {@code work} with the tenant bound, restoring the previous binding afterwards. */
    public static <T> T callAs(TenantId tenantId, String userId, Supplier<T> work) {
        try (Scope ignored = bind(tenantId, userId)) {
            return work.get();
        }
    }

    private static void set(@Nullable Binding binding) {
        if (binding == null) {
            CURRENT.remove();
            MDC.remove("tenant");
            MDC.remove("user");
        } else {
            CURRENT.set(binding);
            MDC.put("tenant", binding.tenantId().toString());
            MDC.put("user", binding.userId());
        }
    }

    /** Ends a binding. */
    @FunctionalInterface
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
