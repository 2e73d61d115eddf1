package io.stackup.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Every call the running application answers under {@code /api} and {@code /public}, read from Spring MVC itself. */
final class ApiMappings {

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");

    /** One call: a method and a path pattern with its variables, e.g. {@code POST /api/v1/templates/{id}/publish}. */
    record Endpoint(String method, String path, @Nullable String body) implements Comparable<Endpoint> {

        /** The key that matches a row of api.md: variables' names do not count ({@code {id}} = {@code {token}}). */
        String key() {
            return method + " " + VARIABLE.matcher(path).replaceAll("{}");
        }

        boolean isPublic() {
            return path.startsWith("/public/");
        }

        /** The path's variables in order, each with the segment before it ({@code templates} for {@code /templates/{id}}). */
        List<Variable> variables() {
            List<Variable> variables = new ArrayList<>();
            Matcher matcher = VARIABLE.matcher(path);
            while (matcher.find()) {
                String before = path.substring(0, matcher.start());
                String[] segments = before.split("/");
                variables.add(
                        new Variable(matcher.group(1), segments.length == 0 ? "" : segments[segments.length - 1]));
            }
            return variables;
        }

        /** The path with each variable replaced by what {@code value} gives for it. */
        String expand(java.util.function.Function<Variable, String> value) {
            StringBuilder expanded = new StringBuilder();
            Matcher matcher = VARIABLE.matcher(path);
            List<Variable> variables = variables();
            int i = 0;
            while (matcher.find()) {
                matcher.appendReplacement(expanded, Matcher.quoteReplacement(value.apply(variables.get(i++))));
            }
            matcher.appendTail(expanded);
            return expanded.toString();
        }

        @Override
        public int compareTo(Endpoint other) {
            int byPath = path.compareTo(other.path);
            return byPath != 0 ? byPath : method.compareTo(other.method);
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /** A path variable and the collection segment before it, which says what kind of object it names. */
    record Variable(String name, String collection) {}

    private ApiMappings() {}

    /** Every method and path pattern of every {@link RequestMappingHandlerMapping} under /api or /public, sorted. */
    static List<Endpoint> of(ApplicationContext context) {
        Set<Endpoint> endpoints = new TreeSet<>();
        for (RequestMappingHandlerMapping mapping :
                context.getBeansOfType(RequestMappingHandlerMapping.class).values()) {
            for (Map.Entry<RequestMappingInfo, HandlerMethod> handler :
                    mapping.getHandlerMethods().entrySet()) {
                RequestMappingInfo info = handler.getKey();
                String body = ExampleBodies.of(handler.getValue());
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                for (String path : info.getPatternValues()) {
                    if (!path.startsWith("/api/") && !path.startsWith("/public/")) {
                        continue;
                    }
                    if (methods.isEmpty()) {
                        // Any method: probe the ones a client would send.
                        for (String method : List.of("GET", "POST", "PUT", "DELETE")) {
                            endpoints.add(new Endpoint(method, path, body));
                        }
                    }
                    methods.forEach(method -> endpoints.add(new Endpoint(method.name(), path, body)));
                }
            }
        }
        return List.copyOf(endpoints);
    }
}
