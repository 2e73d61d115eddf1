package io.stackup.api;

import io.stackup.core.template.Problem;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.reflect.Type;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Where the API refuses texts with control characters ({@link ControlCharacters}): every string Jackson binds to a
 * field, every JSON tree a controller reads whole, and every query parameter of {@code /api/**} and {@code /public/**}.
 * Each is a 400 problem naming the field ({@code $.name}) or the parameter ({@code search}).
 */
@Configuration(proxyBeanMethods = false)
class TextInputConfiguration {

    @Bean
    JsonMapperBuilderCustomizer controlCharacterStrings() {
        return builder -> builder.addModule(
                new SimpleModule("stackup-texts").addDeserializer(String.class, new ControlCharacters.Deserializer()));
    }

    @Bean
    FilterRegistrationBean<QueryParameters> queryParameterCheck() {
        FilterRegistrationBean<QueryParameters> registration = new FilterRegistrationBean<>(new QueryParameters());
        registration.addUrlPatterns("/api/*", "/public/*");
        return registration;
    }

    /** The body of a controller that reads a JSON tree (a public submission, a link's change) is checked whole. */
    @ControllerAdvice(basePackages = "io.stackup.api")
    static class JsonTrees extends RequestBodyAdviceAdapter {

        @Override
        public boolean supports(
                MethodParameter parameter, Type targetType, Class<? extends HttpMessageConverter<?>> converterType) {
            return JsonNode.class.isAssignableFrom(parameter.getParameterType());
        }

        @Override
        public Object afterBodyRead(
                Object body,
                HttpInputMessage inputMessage,
                MethodParameter parameter,
                Type targetType,
                Class<? extends HttpMessageConverter<?>> converterType) {
            if (body instanceof JsonNode tree) {
                List<Problem> problems = ControlCharacters.problems(tree);
                if (!problems.isEmpty()) {
                    throw new BadRequestException(problems);
                }
            }
            return body;
        }
    }

    /**
     * Query parameters, decoded as Spring decodes them (UTF-8); a refused one is answered here, before any controller,
     * as {@link ApiProblems} answers a {@link BadRequestException}.
     */
    static final class QueryParameters extends OncePerRequestFilter {

        private static final JsonMapper JSON = JsonMapper.builder().build();

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            Set<String> refused = refusedParameters(request.getQueryString());
            if (refused.isEmpty()) {
                chain.doFilter(request, response);
                return;
            }
            // Written as ApiProblems writes a BadRequestException; ProblemWriter's plain mapper would nest the
            // errors under "properties", which only Spring's converters flatten.
            ObjectNode problem = JSON.createObjectNode();
            problem.put("type", "https://stackup.io/problems/bad-request");
            problem.put("title", "Bad request");
            problem.put("status", HttpStatus.BAD_REQUEST.value());
            problem.put("detail", refused.size() + " problem(s) in the request; fix each one at its path.");
            problem.put("instance", request.getRequestURI());
            ArrayNode errors = problem.putArray("errors");
            refused.forEach(name -> errors.addObject().put("path", name).put("message", ControlCharacters.MESSAGE));
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            JSON.writeValue(response.getOutputStream(), problem);
        }

        /** The names of the parameters whose name or value holds a refused character, in order. */
        static Set<String> refusedParameters(@Nullable String query) {
            Set<String> refused = new LinkedHashSet<>();
            if (query == null || query.isEmpty()) {
                return refused;
            }
            for (String pair : query.split("&")) {
                int eq = pair.indexOf('=');
                String name = decode(eq < 0 ? pair : pair.substring(0, eq));
                String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
                if (ControlCharacters.refused(name) || ControlCharacters.refused(value)) {
                    refused.add(ControlCharacters.refused(name) ? "?" : name);
                }
            }
            return refused;
        }

        private static String decode(String text) {
            try {
                return URLDecoder.decode(text, StandardCharsets.UTF_8);
            } catch (IllegalArgumentException malformed) {
                return text;
            }
        }
    }
}
