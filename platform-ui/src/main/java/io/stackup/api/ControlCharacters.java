package io.stackup.api;

import io.stackup.core.template.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Texts the API takes: no C0 control character but tab, line feed and carriage return, in any JSON string (a record's
 * field, a tree's value or name) or query parameter. PostgreSQL refuses a NUL in a text, and no field of the product
 * means any other control character, so they are refused where they enter, naming the field, instead of failing in the
 * database. Fields that allow no line break (a name) are checked further by their service.
 */
final class ControlCharacters {

    static final String MESSAGE =
            "contains a control character; only tab, line feed and carriage return are allowed in a text";

    private ControlCharacters() {}

    /** Whether {@code text} holds a C0 control character other than tab, line feed and carriage return. */
    static boolean refused(@Nullable CharSequence text) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                return true;
            }
        }
        return false;
    }

    /** A problem at each string value or name of {@code tree} that {@link #refused}, by JSON path from {@code $}. */
    static List<Problem> problems(JsonNode tree) {
        List<Problem> problems = new ArrayList<>();
        collect(tree, "$", problems);
        return problems;
    }

    private static void collect(JsonNode node, String path, List<Problem> problems) {
        if (node.isString()) {
            if (refused(node.asString())) {
                problems.add(new Problem(path, MESSAGE));
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), path + "[" + i + "]", problems);
            }
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                String at = path + "." + field.getKey();
                if (refused(field.getKey())) {
                    problems.add(new Problem(path, "a name " + MESSAGE));
                }
                collect(field.getValue(), at, problems);
            }
        }
    }

    /** Jackson's strings, refused as {@link Refused} (a 400 at the field's path, ApiProblems) when they hold one. */
    static final class Deserializer extends StringDeserializer {

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) {
            String value = super.deserialize(p, ctxt);
            if (refused(value)) {
                throw new Refused(p);
            }
            return value;
        }
    }

    /** A string with a refused control character; Jackson adds the path as it unwinds. */
    static final class Refused extends MismatchedInputException {

        Refused(JsonParser p) {
            super(p, MESSAGE, String.class);
        }
    }
}
