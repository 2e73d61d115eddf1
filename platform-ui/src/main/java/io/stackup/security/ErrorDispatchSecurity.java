package io.stackup.security;

import jakarta.servlet.DispatcherType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.util.matcher.DispatcherTypeRequestMatcher;

/**
 * The error dispatch ({@code /error}, {@link DispatcherType#ERROR}) is not refused: it only renders the status of a
 * request that its own chain already let through (or refused itself), so refusing it again turned a server error or a
 * bad request into a 403 without a body (a stateless chain has forgotten the caller by then) or, on the public API, a
 * redirect to the login. Kept apart from {@link SecurityConfiguration}'s chains, ahead of them.
 */
@Configuration(proxyBeanMethods = false)
class ErrorDispatchSecurity {

    @Bean
    @Order(0)
    SecurityFilterChain errorDispatchChain(HttpSecurity http) throws Exception {
        return http.securityMatcher(new DispatcherTypeRequestMatcher(DispatcherType.ERROR))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .build();
    }
}
