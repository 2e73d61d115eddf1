package io.stackup.api.offboarding;

import io.stackup.core.offboarding.TenantDeletions;
import io.stackup.core.tenancy.Tenant;
import io.stackup.core.tenancy.TenantContext;
import io.stackup.core.tenancy.TenantId;
import io.stackup.security.ApiTenantFilter;
import io.stackup.security.ProblemWriter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * While a tenant's deletion is pending, the tenant is suspended for the API: every call of its members is refused with
 * 403 {@code tenant-deletion-pending}, except the export and the deletion request itself, so that an admin can still
 * take the data out and cancel the deletion.
 */
@Configuration(proxyBeanMethods = false)
class DeletionPendingInterceptor implements HandlerInterceptor, WebMvcConfigurer {

    private final TenantDeletions deletions;

    DeletionPendingInterceptor(TenantDeletions deletions) {
        this.deletions = deletions;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this)
                .addPathPatterns("/api/**")
                .excludePathPatterns(
                        "/api/v1/export", "/api/v1/exports", "/api/v1/exports/**", "/api/v1/deletion-request");
    }

    /**
     * From the tenant row the request was bound with ({@link ApiTenantFilter#BOUND_TENANT}, read a moment ago), else
     * read now.
     */
    private boolean deletionPending(HttpServletRequest request, TenantId tenant) {
        if (request.getAttribute(ApiTenantFilter.BOUND_TENANT) instanceof Tenant bound
                && bound.id().equals(tenant)) {
            return bound.deletionPending();
        }
        return deletions.pending(tenant).isPresent();
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws Exception {
        Optional<TenantId> tenant = TenantContext.currentTenant();
        if (tenant.isEmpty() || !deletionPending(request, tenant.get())) {
            return true;
        }
        ProblemWriter.write(
                response,
                HttpStatus.FORBIDDEN,
                "tenant-deletion-pending",
                "Tenant deletion pending",
                "The tenant is to be deleted and is suspended until then. Its admins may still export its data"
                        + " (/api/v1/exports) and cancel the deletion (DELETE /api/v1/deletion-request).");
        return false;
    }
}
