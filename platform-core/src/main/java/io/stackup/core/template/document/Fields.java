package io.stackup.core.template.document;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads the fields of one JSON object, recording a problem for each missing, mistyped or out-of-range field;
 * {@link #done()} reports the fields nobody asked for. Getters return a placeholder (never {@code null} where the
 * field is required) when there is a problem, so reading can go on and find the next one.
 */
final class Fields {

    static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

    private final @Nullable JsonNode node;
    private final String path;
    private final Problems problems;
    private final Set<String> read = new LinkedHashSet<>();

    private Fields(@Nullable JsonNode node, String path, Problems problems) {
        this.node = node;
        this.path = path;
        this.problems = problems;
    }

    /** The fields of {@code node}, which must be an object (else a problem, and every field reads as missing). */
    static Fields of(JsonNode node, String path, Problems problems) {
        if (!node.isObject()) {
            problems.add(path, "must be an object, not " + kind(node));
            return new Fields(null, path, problems);
        }
        return new Fields(node, path, problems);
    }

    String path() {
        return path;
    }

    String path(String name) {
        return Problems.member(path, name);
    }

    Problems problems() {
        return problems;
    }

    boolean isObject() {
        return node != null;
    }

    boolean has(String name) {
        return node != null && node.has(name);
    }

    /** The field names present, in document order. */
    List<String> names() {
        return node == null ? List.of() : List.copyOf(node.propertyNames());
    }

    /** The raw value of a field, or {@code null} when absent; a problem when required and absent. */
    /**
     * A field known to be there: one of {@link #names()}, or one that {@link #has} confirmed. Marks it read; never
     * returns null.
     */
    JsonNode present(String name) {
        return Objects.requireNonNull(get(name, false), () -> path(name) + " was expected to be present");
    }

    @Nullable
    JsonNode get(String name, boolean required) {
        read.add(name);
        JsonNode value = node == null ? null : node.get(name);
        if (value == null && required && node != null) {
            problems.add(path(name), "is required");
        }
        return value;
    }

    /** A required string of {@code min..max} characters; {@code ""} when there is a problem. */
    String string(String name, int min, int max) {
        String value = optionalString(name, min, max, true);
        return value == null ? "" : value;
    }

    @Nullable
    String optionalString(String name, int min, int max) {
        return optionalString(name, min, max, false);
    }

    private @Nullable String optionalString(String name, int min, int max, boolean required) {
        JsonNode value = get(name, required);
        return value == null ? null : string(value, path(name), min, max, problems);
    }

    static @Nullable String string(JsonNode value, String path, int min, int max, Problems problems) {
        if (!value.isString()) {
            problems.add(path, "must be a string, not " + kind(value));
            return null;
        }
        String text = value.stringValue();
        int length = text.codePointCount(0, text.length());
        if (length < min) {
            problems.add(path, min == 1 ? "must not be empty" : "must have at least " + min + " characters");
        } else if (length > max) {
            problems.add(path, "must have at most " + max + " characters, not " + length);
        }
        return text;
    }

    /** A required slug; {@code ""} when there is a problem. */
    String slug(String name) {
        JsonNode value = get(name, true);
        String slug = value == null ? null : slug(value, path(name), problems);
        return slug == null ? "" : slug;
    }

    static @Nullable String slug(JsonNode value, String path, Problems problems) {
        if (!value.isString()) {
            problems.add(path, "must be a string, not " + kind(value));
            return null;
        }
        String slug = value.stringValue();
        if (!SLUG.matcher(slug).matches()) {
            problems.add(
                    path,
                    "'" + abbreviate(slug) + "' is not a key: lower-case letters, digits and '-', 1..63 characters, "
                            + "not starting with '-'");
        }
        return slug;
    }

    /** An optional key that must be one of {@code known}; {@code what} names it in the message. */
    @Nullable
    String reference(String name, Set<String> known, String what) {
        JsonNode value = get(name, false);
        return value == null ? null : reference(value, path(name), known, what, problems);
    }

    static @Nullable String reference(JsonNode value, String path, Set<String> known, String what, Problems problems) {
        if (!value.isString()) {
            problems.add(path, "must be a string, not " + kind(value));
            return null;
        }
        String key = value.stringValue();
        if (!known.contains(key)) {
            problems.add(path, "unknown " + what + " '" + abbreviate(key) + "'");
        }
        return key;
    }

    /** A finite number, {@code fallback} when absent or wrong. */
    double number(String name, double fallback) {
        Double value = optionalNumber(name);
        return value == null ? fallback : value;
    }

    @Nullable
    Double optionalNumber(String name) {
        JsonNode value = get(name, false);
        return value == null ? null : number(value, path(name), problems);
    }

    double requiredNumber(String name) {
        JsonNode value = get(name, true);
        Double number = value == null ? null : number(value, path(name), problems);
        return number == null ? 0 : number;
    }

    /** A number greater than 0, 1 by default. */
    double weight(String name) {
        double weight = number(name, 1);
        if (weight <= 0 && has(name)) {
            problems.add(path(name), "must be greater than 0");
        }
        return weight;
    }

    static @Nullable Double number(JsonNode value, String path, Problems problems) {
        if (!value.isNumber()) {
            problems.add(path, "must be a number, not " + kind(value));
            return null;
        }
        double number = value.doubleValue();
        if (!Double.isFinite(number)) {
            problems.add(path, "must be a finite number");
            return null;
        }
        return number + 0.0; // no -0.0
    }

    boolean bool(String name, boolean fallback) {
        JsonNode value = get(name, false);
        if (value == null) {
            return fallback;
        }
        if (!value.isBoolean()) {
            problems.add(path(name), "must be true or false, not " + kind(value));
            return fallback;
        }
        return value.booleanValue();
    }

    /** An enum given by its JSON name; {@code null} when absent (a problem if required) or unknown. */
    <E extends Enum<E>> @Nullable E choice(String name, Map<String, E> byJson, boolean required) {
        JsonNode value = get(name, required);
        if (value == null) {
            return null;
        }
        if (!value.isString()) {
            problems.add(path(name), "must be a string, not " + kind(value));
            return null;
        }
        E choice = byJson.get(value.stringValue());
        if (choice == null) {
            problems.add(
                    path(name),
                    "'" + abbreviate(value.stringValue()) + "' is not one of " + String.join(", ", byJson.keySet()));
        }
        return choice;
    }

    /** An optional array, each element read by {@code element} (given the element and its path). */
    <T> @Nullable List<T> optionalArray(String name, Element<T> element) {
        JsonNode value = get(name, false);
        return value == null ? null : array(value, path(name), element, problems);
    }

    /** A required array; empty when absent or wrong. */
    <T> List<T> array(String name, Element<T> element) {
        JsonNode value = get(name, true);
        List<T> list = value == null ? null : array(value, path(name), element, problems);
        return list == null ? List.of() : list;
    }

    /** Reads one element of an array; {@code null} leaves it out (its problems are recorded). */
    interface Element<T> {
        @Nullable
        T read(JsonNode element, String path);
    }

    static <T> @Nullable List<T> array(JsonNode value, String path, Element<T> element, Problems problems) {
        if (!value.isArray()) {
            problems.add(path, "must be an array, not " + kind(value));
            return null;
        }
        List<T> list = new java.util.ArrayList<>(value.size());
        for (int i = 0; i < value.size(); i++) {
            T item = element.read(value.get(i), Problems.index(path, i));
            if (item != null) {
                list.add(item);
            }
        }
        return list;
    }

    /** The size of the array at {@code name}; -1 when absent or not an array. */
    int arraySize(String name) {
        JsonNode value = node == null ? null : node.get(name);
        return value != null && value.isArray() ? value.size() : -1;
    }

    /** Records a problem on the array at {@code name} when its size is outside {@code min..max}. */
    void size(String name, int size, int min, int max, String what) {
        if (size < min || size > max) {
            String range = max == Integer.MAX_VALUE ? "at least " + min : min + ".." + max;
            problems.add(path(name), "must have " + range + " " + what + ", not " + size);
        }
    }

    /** Reports every field that was not read. */
    void done() {
        if (node == null) {
            return;
        }
        for (String name : node.propertyNames()) {
            if (!read.contains(name)) {
                problems.add(path(name), "unknown field");
            }
        }
    }

    static <E extends Enum<E>> Map<String, E> byJson(E[] values, Function<E, String> json) {
        Map<String, E> map = new java.util.LinkedHashMap<>();
        for (E value : values) {
            map.put(json.apply(value), value);
        }
        return map;
    }

    static String kind(JsonNode node) {
        if (node.isNull()) {
            return "null";
        } else if (node.isString()) {
            return "a string";
        } else if (node.isNumber()) {
            return "a number";
        } else if (node.isBoolean()) {
            return "a boolean";
        } else if (node.isArray()) {
            return "an array";
        } else if (node.isObject()) {
            return "an object";
        }
        return node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
    }

    /** A number for a message: {@code 5}, not {@code 5.0}. */
    static String format(double number) {
        return number == Math.rint(number) && Math.abs(number) < 1e15
                ? Long.toString((long) number)
                : Double.toString(number);
    }

    static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }
}
