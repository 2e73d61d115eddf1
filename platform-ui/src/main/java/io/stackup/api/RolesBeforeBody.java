package io.stackup.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Checks a controller method's {@code @RolesAllowed} before its arguments are resolved, so that a caller without the
 * role gets 403 even when the body is malformed or invalid (Spring MVC reads and validates {@code @RequestBody} before
 * the service's own {@code @RolesAllowed} could refuse). Why an interceptor rather than URL rules in the API's filter
 * chain: the roles stay next to the mapping they guard, in the same annotation the services and views use, and a
 * {@link HandlerInterceptor} runs after the handler is chosen but before any argument is read. The refusal is an
 * {@link AccessDeniedException}, answered by {@link ApiProblems} like the service's. Method security checks the same
 * annotation again once the method is called; the service checks the roles that matter to its own rules (the
 * assigned interviewer, the expert holding a lead) as before.
 */
@Configuration(proxyBeanMethods = false)
class RolesBeforeBody implements HandlerInterceptor, WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/**").order(Ordered.HIGHEST_PRECEDENCE);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        RolesAllowed allowed = method.getMethodAnnotation(RolesAllowed.class);
        if (allowed == null) {
            allowed = method.getBeanType().getAnnotation(RolesAllowed.class);
        }
        if (allowed == null) {
            return true;
        }
        if (!holdsOneOf(SecurityContextHolder.getContext().getAuthentication(), allowed.value())) {
            throw new AccessDeniedException("none of the roles " + Arrays.toString(allowed.value()));
        }
        return true;
    }

    private static boolean holdsOneOf(@Nullable Authentication caller, String[] roles) {
        if (caller == null || !caller.isAuthenticated()) {
            return false;
        }
        Set<String> held = caller.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
        return Arrays.stream(roles)
                .map(io.stackup.core.tenancy.Roles::authority)
                .anyMatch(held::contains);
    }
}
