package io.stackup.security;

import static org.springframework.security.config.http.SessionCreationPolicy.STATELESS;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import io.stackup.core.tenancy.MemberService;
import io.stackup.core.tenancy.Roles;
import io.stackup.tenantadmin.signup.SignupActivation;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Six filter chains: self sign-up for programs (anonymous, POST only), actuator (health open; metrics for a platform operator's bearer token, as a Prometheus scraper
 * would hold; the rest closed), the public self-assessment API (open,
 * stateless; the link's secret is the key), the API's description (its OpenAPI document and Swagger UI, open to read),
 * the API (stateless JWT of the realm, the audience {@code stackup-api} checked by Boot's decoder) and the Vaadin UI
 * (OIDC login with PKCE, logout that ends the Keycloak session too). See docs/adr/0003-identity.md and
 * docs/adr/0010-public-self-assessment.md.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfiguration {

    static final String LOGIN_PATH = "/oauth2/authorization/keycloak";

    static final String SIGNUPS_PATH = "/api/v1/signups";

    /** springdoc's OpenAPI document ({@code /v3/api-docs} and Swagger UI's config below it) and Swagger UI. */
    static final String[] API_DOCS = {"/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**"};

    /**
     * Self sign-up for programs ({@code POST /api/v1/signups}, docs/spec/api.md): anonymous and stateless, ahead of the
     * API's chain, which would ask for a token. Its own rate limits, counted in PostgreSQL, hold it back. Only the POST:
     * another method on the path goes to the API's chain, as any path does (401 without a token, 405 with one).
     */
    @Bean
    @Order(0)
    SecurityFilterChain signupChain(HttpSecurity http) throws Exception {
        return http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, SIGNUPS_PATH))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .addFilterBefore(new DatabaseUnavailableFilter(), AuthorizationFilter.class)
                .sessionManagement(session -> session.sessionCreationPolicy(STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain actuatorChain(HttpSecurity http) throws Exception {
        return http.securityMatcher("/actuator/**")
                .authorizeHttpRequests(requests -> requests.requestMatchers(
                                "/actuator/health", "/actuator/health/**", "/actuator/info")
                        .permitAll()
                        .requestMatchers("/actuator/prometheus")
                        .hasAuthority(Roles.authority(Roles.PLATFORM_OPERATOR))
                        .anyRequest()
                        .denyAll())
                .oauth2ResourceServer(server ->
                        server.jwt(jwt -> jwt.jwtAuthenticationConverter(token -> new JwtAuthenticationToken(
                                token, KeycloakToken.of(token.getClaims()).authorities(), token.getSubject()))))
                .exceptionHandling(
                        handling -> handling.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.NOT_FOUND)))
                .sessionManagement(session -> session.sessionCreationPolicy(STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    /**
     * The public self-assessment API ({@code /public/**}): no token and no session; the link's secret in the path is
     * the key, checked by the service (docs/adr/0010-public-self-assessment.md).
     */
    @Bean
    @Order(2)
    SecurityFilterChain publicChain(HttpSecurity http) throws Exception {
        return http.securityMatcher("/public/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .addFilterBefore(new DatabaseUnavailableFilter(), AuthorizationFilter.class)
                .sessionManagement(session -> session.sessionCreationPolicy(STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    /**
     * The API's description (docs/spec/api.md): anyone may read it, without a token or a session, since it is the same
     * for everyone and names no tenant, user or object. Only GET: anything else on these paths is 405, written here
     * (a {@code sendError} would end on the UI chain's login).
     */
    @Bean
    @Order(3)
    SecurityFilterChain apiDocsChain(HttpSecurity http) throws Exception {
        return http.securityMatcher(API_DOCS)
                .authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.GET, API_DOCS)
                        .permitAll()
                        .anyRequest()
                        .denyAll())
                .exceptionHandling(handling -> handling.authenticationEntryPoint((request, response, e) -> {
                    response.setHeader(HttpHeaders.ALLOW, HttpMethod.GET.name());
                    ProblemWriter.write(
                            response,
                            HttpStatus.METHOD_NOT_ALLOWED,
                            "method-not-allowed",
                            "Method not allowed",
                            "The API's description is only read: GET it.");
                }))
                .sessionManagement(session -> session.sessionCreationPolicy(STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    @Bean
    @Order(4)
    SecurityFilterChain apiChain(HttpSecurity http, TenantAccess access, JwtDecoder jwtDecoder) throws Exception {
        return http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                // the token gives only the platform's roles; ApiTenantFilter adds the roles of the caller's member row
                // in the token's tenant (docs/adr/0014-roles-per-tenant.md)
                .oauth2ResourceServer(server -> server.bearerTokenResolver(new HeaderBearerTokens())
                        .jwt(jwt -> jwt.decoder(new VerifiedTokens(jwtDecoder, Clock.systemUTC()))
                                .jwtAuthenticationConverter(
                                        token -> new org.springframework.security.oauth2.server.resource.authentication
                                                .JwtAuthenticationToken(
                                                token,
                                                KeycloakToken.of(token.getClaims())
                                                        .authorities(),
                                                token.getSubject())))
                        .authenticationEntryPoint((request, response, e) -> {
                            response.setHeader("WWW-Authenticate", "Bearer");
                            ProblemWriter.write(
                                    response,
                                    HttpStatus.UNAUTHORIZED,
                                    "unauthenticated",
                                    "Authentication required",
                                    "Send 'Authorization: Bearer <access token>' with a token of the Stackup realm.");
                        })
                        .accessDeniedHandler((request, response, e) -> ProblemWriter.write(
                                response,
                                HttpStatus.FORBIDDEN,
                                "forbidden",
                                "Not allowed",
                                "Your roles do not allow this call.")))
                .exceptionHandling(
                        handling -> handling.accessDeniedHandler((request, response, e) -> ProblemWriter.write(
                                response,
                                HttpStatus.FORBIDDEN,
                                "forbidden",
                                "Not allowed",
                                "Your roles do not allow this call.")))
                .addFilterBefore(new DatabaseUnavailableFilter(), BearerTokenAuthenticationFilter.class)
                .addFilterAfter(new ApiTenantFilter(access), BearerTokenAuthenticationFilter.class)
                .sessionManagement(session -> session.sessionCreationPolicy(STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    @Bean
    @Order(5)
    SecurityFilterChain uiChain(
            HttpSecurity http,
            ClientRegistrationRepository registrations,
            JwtDecoder jwtDecoder,
            TenantSelection selection,
            TenantAccess access,
            MemberService members,
            SignupActivation activation)
            throws Exception {
        DefaultOAuth2AuthorizationRequestResolver pkce =
                new DefaultOAuth2AuthorizationRequestResolver(registrations, "/oauth2/authorization");
        pkce.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        // /s/**, /signup: the public self-assessment pages and the self sign-up form (anonymous views;
        // docs/adr/0010-public-self-assessment.md). Vaadin
        // would open them anyway for their @AnonymousAllowed; said here so that the chain reads as it works.
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/styles.css", "/images/**", "/s/**", "/signup")
                .permitAll());
        // /scripts/**: browser code the pre-compiled bundle does not hold, for signed-in views (conversation mode,
        // docs/adr/0009-conversation-mode.md); Vaadin denies every path it does not know.
        http.authorizeHttpRequests(
                requests -> requests.requestMatchers("/scripts/**").authenticated());
        http.oauth2Login(login -> login.authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(pkce))
                .userInfoEndpoint(userInfo -> userInfo.oidcUserService(new StackupOidcUserService(jwtDecoder))));
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.oauth2LoginPage(LOGIN_PATH, "{baseUrl}"));
        http.addFilterAfter(
                new UiTenantFilter(selection, access, members, activation), AnonymousAuthenticationFilter.class);
        return http.build();
    }
}
