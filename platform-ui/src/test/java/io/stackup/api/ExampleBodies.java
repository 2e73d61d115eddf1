package io.stackup.api;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.method.HandlerMethod;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A body of the right form for a call, made from its {@code @RequestBody} type: every field of a record present with
 * a plain value of its type ({@code "x"}, {@code 1}, {@code true}, an empty list; a made-up id for a field named
 * {@code …Id}). Such a body passes the form checks
 * that run before a service (Bean Validation of the record), so what answers is the service: its role check first,
 * then its lookup and validation. A tree ({@link JsonNode}) or raw body gets {@code {}}.
 */
final class ExampleBodies {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * Texts whose form a controller checks before its service (and so before the role): a field named {@code …Id} is a
     * made-up id, and these names get a value of their form.
     */
    private static final Map<String, JsonNode> EXAMPLES =
            Map.of("status", JSON.getNodeFactory().stringNode("won"));

    private ExampleBodies() {}

    /** The body for this handler, or {@code null} when it reads none. */
    static @Nullable String of(HandlerMethod handler) {
        for (MethodParameter parameter : handler.getMethodParameters()) {
            if (parameter.hasParameterAnnotation(RequestBody.class)) {
                return JSON.writeValueAsString(value(parameter.getGenericParameterType(), 0));
            }
        }
        return null;
    }

    private static JsonNode value(Type type, int depth) {
        Class<?> raw = raw(type);
        if (raw == String.class) {
            return JSON.getNodeFactory().stringNode("x");
        }
        if (raw == Integer.class || raw == int.class || raw == Long.class || raw == long.class) {
            return JSON.getNodeFactory().numberNode(1);
        }
        if (raw == Boolean.class || raw == boolean.class) {
            return JSON.getNodeFactory().booleanNode(true);
        }
        if (raw == Instant.class) {
            return JSON.getNodeFactory().stringNode("2099-01-01T00:00:00Z");
        }
        if (raw == LocalDate.class) {
            return JSON.getNodeFactory().stringNode("2099-01-01");
        }
        if (Collection.class.isAssignableFrom(raw) || raw.isArray() && raw != byte[].class) {
            return JSON.createArrayNode();
        }
        ObjectNode object = JSON.createObjectNode();
        if (raw.isRecord() && depth < 5 && !Map.class.isAssignableFrom(raw)) {
            for (RecordComponent component : raw.getRecordComponents()) {
                String name = component.getName();
                JsonNode example = component.getType() == String.class ? EXAMPLES.get(name) : null;
                if (example == null && component.getType() == String.class && name.endsWith("Id")) {
                    example = JSON.getNodeFactory().stringNode(UUID.randomUUID().toString());
                }
                object.set(name, example != null ? example : value(component.getGenericType(), depth + 1));
            }
        }
        return object;
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
            return c;
        }
        return Object.class;
    }
}
