package io.stackup.core.template.document;

import io.stackup.core.template.Template;
import io.stackup.core.template.TemplateValidationException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Imports a template document (docs/spec/template-format.md): JSON, or YAML read as YAML 1.2. All or nothing: either a
 * {@link Template} with every default made explicit, or a {@link TemplateValidationException} listing every problem
 * found. Never throws anything else for any input (broken syntax, more than 2 MiB, deep nesting, wrong types).
 * Stateless and thread-safe.
 */
public final class TemplateReader {

    /** The largest document accepted, in bytes (2 MiB). */
    public static final int MAX_DOCUMENT_BYTES = Documents.MAX_BYTES;

    /** How a document is written. */
    public enum Syntax {
        /** {@code application/vnd.stackup.template+json} or {@code application/json}. */
        JSON,
        /** {@code application/yaml}: YAML 1.2 core schema, so {@code yes} and {@code no} are strings. */
        YAML
    }

    private TemplateReader() {}

    /**
     * Reads a document given as bytes (UTF-8).
     *
     * @throws TemplateValidationException with every problem when the document is not a valid template
     */
    public static Template read(byte[] document, Syntax syntax) {
        Problems problems = new Problems();
        JsonNode tree = syntax == Syntax.JSON ? Documents.json(document, problems) : Documents.yaml(document, problems);
        if (tree != null) {
            controlCharacters(tree, "$", problems);
        }
        Template template = tree == null ? null : new TemplateParser(problems).parse(tree);
        if (template == null || !problems.isEmpty()) {
            throw new TemplateValidationException(problems.list());
        }
        return template;
    }

    /**
     * Refuses each text (a value or a name) holding a C0 control character other than tab, line feed and carriage
     * return: PostgreSQL stores no NUL in a text or {@code jsonb}, and no field of a template means any other.
     */
    private static void controlCharacters(JsonNode node, String path, Problems problems) {
        if (node.isString()) {
            if (hasControlCharacter(node.asString())) {
                problems.add(path, CONTROL_CHARACTER);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                controlCharacters(node.get(i), Problems.index(path, i), problems);
            }
        } else if (node.isObject()) {
            for (var field : node.properties()) {
                if (hasControlCharacter(field.getKey())) {
                    problems.add(path, "a name " + CONTROL_CHARACTER);
                } else {
                    controlCharacters(field.getValue(), Problems.member(path, field.getKey()), problems);
                }
            }
        }
    }

    private static boolean hasControlCharacter(String text) {
        return text.chars().anyMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r');
    }

    private static final String CONTROL_CHARACTER =
            "contains a control character; only tab, line feed and carriage return are allowed in a text";

    /** Reads a JSON document; see {@link #read(byte[], Syntax)}. */
    public static Template readJson(String document) {
        return read(document.getBytes(StandardCharsets.UTF_8), Syntax.JSON);
    }

    /**
     * Reads back a working copy that the editor kept unsaved (a JSON document as {@link TemplateWriter} wrote it),
     * without the validation an import applies: the editor holds invalid drafts while a person works on them, and a copy
     * kept for them must come back as it was, to be validated again in the editor. Every rule-breaking value is kept as
     * written. Two cannot be held by the model and are lost: a weighted threshold out of range (left out, so the editor
     * asks for it) and a question condition with no test (read as an empty one), both shown as problems again.
     *
     * @return empty when the text is no JSON object (broken syntax, over {@link #MAX_DOCUMENT_BYTES}, too deep): a
     *     copy that cannot be read is not offered back
     */
    public static Optional<Template> readUnchecked(String document) {
        Problems problems = new Problems();
        JsonNode tree = Documents.json(document.getBytes(StandardCharsets.UTF_8), problems);
        return Optional.ofNullable(tree == null ? null : new TemplateParser(problems).build(tree));
    }

    /** Reads a YAML document; see {@link #read(byte[], Syntax)}. */
    static Template readYaml(String document) {
        return read(document.getBytes(StandardCharsets.UTF_8), Syntax.YAML);
    }
}
