package io.stackup.core.template.document;

import static io.stackup.core.template.document.TemplateDocs.array;
import static io.stackup.core.template.document.TemplateDocs.miniIo;
import static io.stackup.core.template.document.TemplateDocs.miniIoWith;
import static io.stackup.core.template.document.TemplateDocs.object;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stackup.core.template.Template;
import io.stackup.core.template.TemplateValidationException;
import org.junit.jupiter.api.Test;

/** {@link TemplateReader#readUnchecked}: an editor's unsaved copy comes back as it was written, problems and all. */
class UncheckedReadTest {

    /** The example with what a person mid-edit leaves behind: blanks, a bad key, duplicates and a dangling reference. */
    private static final String INVALID = miniIoWith(root -> {
        root.put("name", "");
        object(root, "/areas/0").put("key", "Not A Key");
        var question = object(root, "/questionnaire/sections/0/questions/0");
        question.put("text", "");
        question.put("capability", "nowhere");
        array(root, "/questionnaire/sections/0/questions").add(question.deepCopy());
        object(root, "/questionnaire").put("title", "");
    });

    @Test
    void an_invalid_draft_comes_back_as_written_and_writes_the_same_document_again() {
        assertThatThrownBy(() -> TemplateReader.readJson(INVALID)).isInstanceOf(TemplateValidationException.class);

        Template read = TemplateReader.readUnchecked(INVALID).orElseThrow();

        assertThat(read.name()).isEmpty();
        assertThat(read.areas().getFirst().key()).isEqualTo("Not A Key");
        var questions = read.questionnaire().sections().getFirst().questions();
        assertThat(questions.getFirst().capability()).isEqualTo("nowhere");
        assertThat(questions.getLast().key())
                .as("a duplicate key")
                .isEqualTo(questions.getFirst().key());
        String written = TemplateWriter.write(read);
        assertThat(TemplateReader.readUnchecked(written)).contains(read);
        assertThat(TemplateWriter.write(TemplateReader.readUnchecked(written).orElseThrow()))
                .isEqualTo(written);
    }

    @Test
    void a_valid_document_reads_as_an_import_reads_it() {
        assertThat(TemplateReader.readUnchecked(miniIo())).contains(TemplateReader.readJson(miniIo()));
    }

    @Test
    void text_that_is_no_json_object_is_not_read() {
        assertThat(TemplateReader.readUnchecked("{\"name\": ")).isEmpty();
        assertThat(TemplateReader.readUnchecked("[1, 2]")).isEmpty();
        assertThat(TemplateReader.readUnchecked("")).isEmpty();
    }
}
