package io.stackup.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Puts an authentication in place for the rest of one API request, in a security context of its own, and restores
 * the previous one when closed: the API is stateless, and the member's roles are read anew on every request
 * (docs/adr/0014-roles-per-tenant.md).
 */
final class RequestAuthentication implements AutoCloseable {

    private final SecurityContextHolderStrategy strategy = SecurityContextHolder.getContextHolderStrategy();
    private final SecurityContext previous;

    private RequestAuthentication(Authentication authentication) {
        previous = strategy.getContext();
        SecurityContext context = strategy.createEmptyContext();
        context.setAuthentication(authentication);
        strategy.setContext(context);
    }

    static RequestAuthentication use(Authentication authentication) {
        return new RequestAuthentication(authentication);
    }

    @Override
    public void close() {
        strategy.setContext(previous);
    }
}
