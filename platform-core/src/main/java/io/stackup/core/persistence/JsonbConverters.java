package io.stackup.core.persistence;

import java.util.Map;
import java.util.function.Function;
import org.jooq.Converter;
import org.jooq.JSONB;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Converters between {@code jsonb} columns and their Java form, through Jackson. The generated jOOQ columns use them
 * (build/JooqCodegen.java, forcedTypes), so repositories and queries never parse or print a column's JSON themselves.
 * Every converter passes SQL {@code NULL} through as {@code null}.
 */
public final class JsonbConverters {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, String>> STRING_MAP = new TypeReference<>() {};

    private JsonbConverters() {}

    /** A document read from and written to its JSON tree by the type's own functions (e.g. a result document). */
    public static <U> Converter<JSONB, U> of(
            Class<U> type,
            Function<? super JsonNode, ? extends U> read,
            Function<? super U, ? extends JsonNode> write) {
        return Converter.ofNullable(
                JSONB.class,
                type,
                json -> read.apply(JSON.readTree(json.data())),
                value -> JSONB.valueOf(write.apply(value).toString()));
    }

    /** A JSON object of string values, such as capability key to level key, in the stored order. */
    @SuppressWarnings("unchecked")
    public static Converter<JSONB, Map<String, String>> stringMap() {
        return Converter.ofNullable(
                JSONB.class,
                (Class<Map<String, String>>) (Class<?>) Map.class,
                json -> JSON.readValue(json.data(), STRING_MAP),
                map -> JSONB.valueOf(JSON.writeValueAsString(map)));
    }

    /** The JSON tree as it is, for a document whose meaning the feature reads itself. */
    public static Converter<JSONB, JsonNode> tree() {
        return of(JsonNode.class, Function.identity(), Function.identity());
    }

    /** The JSON text as it is, for a document kept and handed on as text. */
    public static Converter<JSONB, String> text() {
        return Converter.ofNullable(JSONB.class, String.class, JSONB::data, JSONB::valueOf);
    }
}
