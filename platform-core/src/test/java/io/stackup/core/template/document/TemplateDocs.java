package io.stackup.core.template.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.stackup.core.template.Problem;
import io.stackup.core.template.TemplateValidationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The spec's example and ways to break it, for tests. */
final class TemplateDocs {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private TemplateDocs() {}

    /** The example of docs/spec/template-format.md, as written there. */
    static String miniIo() {
        try (InputStream in = TemplateDocs.class.getResourceAsStream("/io/stackup/core/template/mini-io.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ObjectNode miniIoTree() {
        return (ObjectNode) JSON.readTree(miniIo());
    }

    /** The example changed by {@code edit}, as JSON text. */
    static String miniIoWith(Consumer<ObjectNode> edit) {
        ObjectNode tree = miniIoTree();
        edit.accept(tree);
        return JSON.writeValueAsString(tree);
    }

    static ObjectNode object(ObjectNode root, String pointer) {
        return (ObjectNode) root.at(JsonPointer.compile(pointer));
    }

    static ArrayNode array(ObjectNode root, String pointer) {
        return (ArrayNode) root.at(JsonPointer.compile(pointer));
    }

    static JsonNode json(String text) {
        return JSON.readTree(text);
    }

    /** The problems of a document that must be refused. */
    static List<Problem> problemsOf(String json) {
        TemplateValidationException refused =
                catchThrowableOfType(TemplateValidationException.class, () -> TemplateReader.readJson(json));
        assertThat(refused).as("the document is refused").isNotNull();
        return refused.problems();
    }

    static List<Problem> problemsOfYaml(String yaml) {
        TemplateValidationException refused =
                catchThrowableOfType(TemplateValidationException.class, () -> TemplateReader.readYaml(yaml));
        assertThat(refused).as("the document is refused").isNotNull();
        return refused.problems();
    }

    /** The problems of the example changed by {@code edit}. */
    static List<Problem> problemsWith(Consumer<ObjectNode> edit) {
        return problemsOf(miniIoWith(edit));
    }

    /** Asserts exactly one problem, at {@code path}, whose message contains {@code message}. */
    static void assertOnly(List<Problem> problems, String path, String message) {
        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.path()).isEqualTo(path);
            assertThat(problem.message()).contains(message);
        });
    }
}
