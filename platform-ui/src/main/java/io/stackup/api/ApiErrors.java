package io.stackup.api;

import io.stackup.security.DatabaseUnavailableFilter;
import io.stackup.security.ProblemWriter;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestHandler;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;

/**
 * Every answer of {@code /api/**} and {@code /public/**} that is not a call's own is still an RFC 9457 problem that
 * says what to do (docs/spec/api.md, "Errors"), where Spring alone would answer its default JSON of the error
 * dispatch or, for a path no call maps, the UI's page:
 *
 * <ul>
 *   <li>a path no call maps is 404 {@code not-found} (a handler mapping just ahead of the UI's, which takes every path
 *       left over); without a token, {@code /api} paths are 401 before that, known or not;
 *   <li>a request refused before any call was chosen (a method the path does not take: 405; a body type it does not
 *       read: 415; an {@code Accept} it cannot answer: 406) is answered by {@link #apiRequestProblems}, with the
 *       methods or media types the path takes, which {@link ApiProblems} cannot do (its advice applies to the calls of
 *       this package, and no call was chosen);
 *   <li>anything that still reaches the error dispatch (a refusal of the servlet container or of a filter) is written
 *       as a problem of its status by {@link #errorDispatchProblems}, never as Spring's default JSON.
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class ApiErrors {

    private static final String DESCRIPTION = "/v3/api-docs";

    /** Whether {@code path} (without the context path) is the API's, whose every error is a problem. */
    static boolean apiPath(String path) {
        return path.equals("/api") || path.startsWith("/api/") || path.equals("/public") || path.startsWith("/public/");
    }

    /**
     * A path under {@code /api} or {@code /public} that no call maps: 404. Ordered just ahead of the UI's forwarding
     * mapping ({@code Integer.MAX_VALUE - 1}), after Spring MVC's request mappings, so that a known path with another
     * method or media type is still refused by them with 405, 415 or 406.
     */
    @Bean
    SimpleUrlHandlerMapping unknownApiPaths() {
        HttpRequestHandler notFound = (request, response) -> ProblemWriter.write(response, notFound(request));
        SimpleUrlHandlerMapping mapping =
                new SimpleUrlHandlerMapping(Map.of("/api/**", notFound, "/public/**", notFound));
        mapping.setOrder(Integer.MAX_VALUE - 2);
        return mapping;
    }

    @Bean
    HandlerExceptionResolver apiRequestProblems() {
        return new RequestProblems();
    }

    @Bean
    FilterRegistrationBean<ErrorDispatch> errorDispatchProblems() {
        FilterRegistrationBean<ErrorDispatch> registration = new FilterRegistrationBean<>(new ErrorDispatch());
        registration.setDispatcherTypes(DispatcherType.ERROR);
        registration.addUrlPatterns("/*");
        return registration;
    }

    private static ProblemDetail notFound(HttpServletRequest request) {
        return ErrorDispatch.problemOf(404, request.getMethod(), request.getRequestURI());
    }

    private static String pathOf(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /**
     * Answers, for an API path, what Spring MVC refused before choosing a call (405, 415, 406 and any other
     * {@link ErrorResponse}), with its headers ({@code Allow}, {@code Accept}). A call of this package that was chosen
     * is left to {@link ApiProblems}. Ordered ahead of Spring MVC's own resolvers, which would send the status to the
     * error dispatch.
     */
    static final class RequestProblems implements HandlerExceptionResolver, Ordered {

        @Override
        public @Nullable ModelAndView resolveException(
                HttpServletRequest request, HttpServletResponse response, @Nullable Object handler, Exception ex) {
            if (!(ex instanceof ErrorResponse refusal)
                    || !apiPath(pathOf(request))
                    || (handler instanceof HandlerMethod method
                            && method.getBeanType().getPackageName().startsWith("io.stackup.api"))
                    || response.isCommitted()) {
                return null;
            }
            try {
                refusal.getHeaders().forEach((name, values) -> values.forEach(v -> response.addHeader(name, v)));
                ProblemWriter.write(response, problem(ex, refusal, request));
                return new ModelAndView();
            } catch (IOException e) {
                return null;
            }
        }

        @Override
        public int getOrder() {
            // after Boot's error attributes (which only note the exception), ahead of Spring MVC's composite
            return Ordered.HIGHEST_PRECEDENCE + 1;
        }

        private static ProblemDetail problem(Exception ex, ErrorResponse refusal, HttpServletRequest request) {
            String path = request.getRequestURI();
            return switch (ex) {
                case HttpRequestMethodNotSupportedException method ->
                    ProblemWriter.problem(
                            HttpStatus.METHOD_NOT_ALLOWED,
                            "method-not-allowed",
                            "Method not allowed",
                            path + " does not take " + method.getMethod() + "; use "
                                    + methods(method.getSupportedHttpMethods()) + " (the Allow header names them).");
                case HttpMediaTypeNotSupportedException media -> unsupportedMediaType(media);
                case HttpMediaTypeNotAcceptableException accept ->
                    ProblemWriter.problem(
                            HttpStatus.NOT_ACCEPTABLE,
                            "not-acceptable",
                            "Not acceptable",
                            accept.getSupportedMediaTypes().isEmpty()
                                    ? "The Accept header does not parse; send one of this call's media types, or */*."
                                    : "Accept one of: " + MediaType.toString(accept.getSupportedMediaTypes()) + ".");
                default -> ErrorDispatch.problemOf(refusal.getStatusCode().value(), request.getMethod(), path);
            };
        }

        /** 415 naming the body's type and those the call reads; also for a call that was chosen ({@link ApiProblems}). */
        static ProblemDetail unsupportedMediaType(HttpMediaTypeNotSupportedException media) {
            return ProblemWriter.problem(
                    HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    "unsupported-media-type",
                    "Unsupported media type",
                    (media.getContentType() == null
                                    ? "The body has no Content-Type."
                                    : "This call does not read a body of type " + media.getContentType() + ".")
                            + " Send it as " + mediaTypes(media.getSupportedMediaTypes())
                            + " (the Accept header names them).");
        }

        private static String methods(@Nullable Set<HttpMethod> methods) {
            return methods == null || methods.isEmpty()
                    ? "another method"
                    : "one of "
                            + methods.stream().map(HttpMethod::name).sorted().collect(Collectors.joining(", "));
        }

        private static String mediaTypes(List<MediaType> types) {
            return types.isEmpty() ? "application/json" : "one of " + MediaType.toString(types);
        }
    }

    /**
     * The error dispatch of an API path (the status a filter or the servlet container sent with {@code sendError}, or
     * an exception that escaped every handler): answered here as a problem of that status instead of Spring Boot's
     * error JSON. An escaped exception is a 500 with a reference that the log names, as {@link ApiProblems} answers it.
     */
    static final class ErrorDispatch extends OncePerRequestFilter {

        @Override
        protected boolean shouldNotFilterErrorDispatch() {
            return false;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
            String contextPath = request.getContextPath();
            if (request.getDispatcherType() != DispatcherType.ERROR
                    || !(uri instanceof String original)
                    || !apiPath(original.substring(Math.min(contextPath.length(), original.length())))
                    || response.isCommitted()) {
                chain.doFilter(request, response);
                return;
            }
            String method = request.getMethod();
            ProblemDetail problem;
            if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable failure) {
                problem = DatabaseUnavailableFilter.problemFor(failure, method + " " + original);
            } else {
                int status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code
                        ? code
                        : response.getStatus();
                problem = problemOf(status, method, original);
            }
            ProblemWriter.write(response, problem);
        }

        /** A problem for a status alone, with what a caller can do about it. */
        static ProblemDetail problemOf(int code, String method, String path) {
            HttpStatus status = HttpStatus.resolve(code);
            if (status == null || status.is5xxServerError()) {
                status = status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
                return ProblemWriter.problem(
                        status,
                        "internal-error",
                        "Something went wrong",
                        "The call failed on our side. Try again; if it fails again, contact support.");
            }
            return switch (status) {
                case NOT_FOUND ->
                    ProblemWriter.problem(
                            status,
                            "not-found",
                            "Not found",
                            "No call of the API answers " + path + ". Check the path and its version against the"
                                    + " API's description at " + DESCRIPTION + ".");
                case METHOD_NOT_ALLOWED ->
                    ProblemWriter.problem(
                            status,
                            "method-not-allowed",
                            "Method not allowed",
                            path + " does not take " + method + "; the Allow header names the methods it takes.");
                case UNSUPPORTED_MEDIA_TYPE ->
                    ProblemWriter.problem(
                            status,
                            "unsupported-media-type",
                            "Unsupported media type",
                            "Send the body as application/json (the Accept header names the types this call reads).");
                case NOT_ACCEPTABLE ->
                    ProblemWriter.problem(
                            status,
                            "not-acceptable",
                            "Not acceptable",
                            "Send an Accept header of application/json, or */*.");
                case UNAUTHORIZED ->
                    ProblemWriter.problem(
                            status,
                            "unauthenticated",
                            "Authentication required",
                            "Send 'Authorization: Bearer <access token>' with a token of the Stackup realm.");
                case FORBIDDEN ->
                    ProblemWriter.problem(
                            status,
                            "forbidden",
                            "Not allowed",
                            "This call is not open to you: " + method + " " + path + " is refused.");
                case CONTENT_TOO_LARGE ->
                    ProblemWriter.problem(
                            status,
                            "too-large",
                            "Request too large",
                            "The request is larger than this call takes; send a smaller one.");
                default ->
                    ProblemWriter.problem(
                            status,
                            "bad-request",
                            status.getReasonPhrase(),
                            "The request was refused as it is (" + code + " " + status.getReasonPhrase()
                                    + "); check it against the API's description at " + DESCRIPTION + ".");
            };
        }
    }
}
