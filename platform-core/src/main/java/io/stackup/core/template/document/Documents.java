package io.stackup.core.template.document;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;
import org.snakeyaml.engine.v2.schema.CoreSchema;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Reads a JSON or YAML 1.2 document into a Jackson tree, reporting problems instead of throwing. YAML is read with
 * snakeyaml-engine's event parser and the YAML 1.2 core schema, so {@code yes}, {@code no}, {@code on} stay strings;
 * quoted scalars are always strings. See {@link TreeBuilder} for the limits.
 */
final class Documents {

    static final int MAX_BYTES = 2 * 1024 * 1024;

    /**
     * The longest number read, in characters, in JSON and YAML alike: converting a 400,000-digit integer costs seconds
     * of CPU (BigInteger parsing is quadratic), and no template needs more than a few digits.
     */
    static final int MAX_NUMBER_LENGTH = 100;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(TreeBuilder.MAX_DEPTH + 1)
                    .maxDocumentLength(MAX_BYTES)
                    .maxNumberLength(MAX_NUMBER_LENGTH)
                    .build())
            .build();

    private static final ScalarResolver CORE = new CoreSchema().getScalarResolver();

    private Documents() {}

    /** The tree of a JSON document, or {@code null} with the problems recorded. */
    static @Nullable JsonNode json(byte[] document, Problems problems) {
        if (tooLarge(document, problems)) {
            return null;
        }
        TreeBuilder tree = new TreeBuilder(problems);
        try (JsonParser parser = JSON.createParser(ObjectReadContext.empty(), document)) {
            return json(parser, tree, problems);
        } catch (JacksonException e) {
            problems.add(tree.path(), "not valid JSON: " + e.getOriginalMessage() + at(e.getLocation()));
            return null;
        }
    }

    private static @Nullable JsonNode json(JsonParser parser, TreeBuilder tree, Problems problems) {
        try {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (tree.root() != null) {
                    problems.add("$", "unexpected content after the document" + at(parser.currentLocation()));
                    return null;
                }
                switch (token) {
                    case START_OBJECT -> tree.startObject(null);
                    case START_ARRAY -> tree.startArray(null);
                    case END_OBJECT, END_ARRAY -> tree.end();
                    case PROPERTY_NAME -> tree.name(parser.currentName());
                    case VALUE_STRING -> tree.value(NODES.stringNode(parser.getString()), null);
                    case VALUE_NUMBER_INT -> tree.value(NODES.numberNode(parser.getBigIntegerValue()), null);
                    case VALUE_NUMBER_FLOAT -> tree.value(NODES.numberNode(parser.getDoubleValue()), null);
                    case VALUE_TRUE, VALUE_FALSE -> tree.value(NODES.booleanNode(token == JsonToken.VALUE_TRUE), null);
                    case VALUE_NULL -> tree.value(NODES.nullNode(), null);
                    default -> {
                        problems.add(tree.path(), "unexpected " + token + at(parser.currentLocation()));
                        return null;
                    }
                }
            }
        } catch (TreeBuilder.Abort abort) {
            return null;
        } catch (JacksonException e) {
            String name = parser.streamReadContext().currentName();
            if (tree.expectsName() && name != null) {
                tree.name(name); // Jackson reads a name with the start of its value
            }
            problems.add(tree.path(), "not valid JSON: " + e.getOriginalMessage() + at(e.getLocation()));
            return null;
        }
        return complete(tree, problems);
    }

    /** The tree of a YAML 1.2 document (one document per stream), or {@code null} with the problems recorded. */
    static @Nullable JsonNode yaml(byte[] document, Problems problems) {
        if (tooLarge(document, problems)) {
            return null;
        }
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(document))
                    .toString();
        } catch (CharacterCodingException e) {
            problems.add("$", "not valid UTF-8");
            return null;
        }
        LoadSettings settings = LoadSettings.builder()
                .setSchema(new CoreSchema())
                .setCodePointLimit(MAX_BYTES)
                .build();
        TreeBuilder tree = new TreeBuilder(problems);
        int documents = 0;
        try {
            for (Event event : new Parse(settings).parseString(text)) {
                switch (event.getEventId()) {
                    case DocumentStart -> {
                        if (++documents > 1) {
                            problems.add("$", "more than one YAML document" + at(event.getStartMark()));
                            return null;
                        }
                    }
                    case MappingStart -> {
                        keyMustBeScalar(tree, event, problems);
                        tree.startObject(anchor(event));
                    }
                    case SequenceStart -> {
                        keyMustBeScalar(tree, event, problems);
                        tree.startArray(anchor(event));
                    }
                    case MappingEnd, SequenceEnd -> tree.end();
                    case Alias -> {
                        keyMustBeScalar(tree, event, problems);
                        tree.alias(((AliasEvent) event).getAlias().getValue());
                    }
                    case Scalar -> {
                        ScalarEvent scalar = (ScalarEvent) event;
                        if (tree.expectsName()) {
                            tree.name(scalar.getValue());
                        } else {
                            tree.value(scalar(scalar, tree, problems), anchor(event));
                        }
                    }
                    default -> {}
                }
            }
        } catch (TreeBuilder.Abort abort) {
            return null;
        } catch (MarkedYamlEngineException e) {
            problems.add(tree.path(), "not valid YAML: " + e.getProblem() + at(e.getProblemMark()));
            return null;
        } catch (YamlEngineException e) {
            problems.add(tree.path(), "not valid YAML: " + e.getMessage());
            return null;
        }
        return complete(tree, problems);
    }

    private static boolean tooLarge(byte[] document, Problems problems) {
        if (document.length > MAX_BYTES) {
            problems.add(
                    "$",
                    "the document has " + document.length + " bytes; at most 2 MiB (" + MAX_BYTES
                            + " bytes) are allowed");
            return true;
        }
        return false;
    }

    private static @Nullable JsonNode complete(TreeBuilder tree, Problems problems) {
        JsonNode root = tree.root();
        if (root == null) {
            problems.add(tree.path(), "the document is empty or ends too early");
        }
        return root;
    }

    private static void keyMustBeScalar(TreeBuilder tree, Event event, Problems problems) {
        if (tree.expectsName()) {
            problems.add(tree.path(), "a field name must be a plain string" + at(event.getStartMark()));
            throw new TreeBuilder.Abort();
        }
    }

    private static @Nullable String anchor(Event event) {
        return ((NodeEvent) event).getAnchor().map(Anchor::getValue).orElse(null);
    }

    private static JsonNode scalar(ScalarEvent scalar, TreeBuilder tree, Problems problems) {
        String value = scalar.getValue();
        Optional<String> explicit = scalar.getTag().filter(tag -> !tag.equals("!"));
        Tag tag;
        if (explicit.isPresent()) {
            tag = new Tag(explicit.get());
        } else if (scalar.isPlain()) {
            tag = CORE.resolve(value, true);
        } else {
            tag = Tag.STR;
        }
        if ((tag.equals(Tag.INT) || tag.equals(Tag.FLOAT)) && value.length() > MAX_NUMBER_LENGTH) {
            problems.add(
                    tree.path(),
                    "a number of " + value.length() + " characters; at most " + MAX_NUMBER_LENGTH + " are allowed"
                            + at(scalar.getStartMark()));
            return NODES.nullNode();
        }
        try {
            if (tag.equals(Tag.STR)) {
                return NODES.stringNode(value);
            } else if (tag.equals(Tag.NULL)) {
                return NODES.nullNode();
            } else if (tag.equals(Tag.BOOL)) {
                return NODES.booleanNode(value.equalsIgnoreCase("true"));
            } else if (tag.equals(Tag.INT)) {
                return NODES.numberNode(integer(value));
            } else if (tag.equals(Tag.FLOAT)) {
                return NODES.numberNode(floating(value));
            }
        } catch (NumberFormatException e) {
            problems.add(tree.path(), "'" + value + "' is not a " + tag.getValue() + at(scalar.getStartMark()));
            return NODES.nullNode();
        }
        problems.add(tree.path(), "unsupported YAML tag " + tag.getValue() + at(scalar.getStartMark()));
        return NODES.nullNode();
    }

    private static BigInteger integer(String value) {
        if (value.startsWith("0o")) {
            return new BigInteger(value.substring(2), 8);
        } else if (value.startsWith("0x")) {
            return new BigInteger(value.substring(2), 16);
        }
        return new BigInteger(value.startsWith("+") ? value.substring(1) : value);
    }

    private static double floating(String value) {
        String lower = value.toLowerCase(java.util.Locale.ROOT);
        return switch (lower) {
            case ".inf", "+.inf" -> Double.POSITIVE_INFINITY;
            case "-.inf" -> Double.NEGATIVE_INFINITY;
            case ".nan" -> Double.NaN;
            default -> Double.parseDouble(value);
        };
    }

    private static String at(@Nullable TokenStreamLocation location) {
        return location == null ? "" : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    private static String at(Optional<Mark> mark) {
        return mark.map(m -> " (line " + (m.getLine() + 1) + ", column " + (m.getColumn() + 1) + ")")
                .orElse("");
    }
}
