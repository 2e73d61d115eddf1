package io.stackup.core.template.document;

import static io.stackup.core.template.document.TemplateDocs.array;
import static io.stackup.core.template.document.TemplateDocs.json;
import static io.stackup.core.template.document.TemplateDocs.miniIoWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.stackup.core.template.Answer;
import io.stackup.core.template.AnswerValidationException;
import io.stackup.core.template.Problem;
import io.stackup.core.template.Template;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

class AnswerReaderTest {

    /** The spec's example with a multi, a number and a text question added. */
    static final Template TEMPLATE = TemplateReader.readJson(miniIoWith(root -> {
        ArrayNode questions = array(root, "/questionnaire/sections/0/questions");
        ObjectNode tools =
                questions.addObject().put("key", "tools").put("type", "multi").put("text", "Which tools?");
        ArrayNode options = tools.putArray("options");
        options.addObject().put("key", "ldap").put("label", "LDAP");
        options.addObject().put("key", "scim").put("label", "SCIM");
        options.addObject().put("key", "sso").put("label", "SSO");
        questions
                .addObject()
                .put("key", "users")
                .put("type", "number")
                .put("text", "How many users?")
                .put("minValue", 1)
                .put("maxValue", 100_000);
        questions.addObject().put("key", "notes").put("type", "text").put("text", "Anything else?");
    }));

    static Answer read(String question, String answer) {
        return AnswerReader.read(TEMPLATE, question, answer);
    }

    static List<Problem> problems(Executable read) {
        AnswerValidationException refused = catchThrowableOfType(AnswerValidationException.class, read::execute);
        assertThat(refused).as("refused").isNotNull();
        return refused.problems();
    }

    static List<Problem> problems(String question, String answer) {
        return problems(() -> read(question, answer));
    }

    @Test
    void each_answer_shape_fits_its_question_type() {
        assertThat(read("has-dir", "{\"option\": \"no\"}")).isEqualTo(new Answer.Choice("no", null));
        assertThat(read("provisioning", "{\"option\": \"scripted\", \"note\": \"via HR\"}"))
                .isEqualTo(new Answer.Choice("scripted", "via HR"));
        assertThat(read("tools", "{\"options\": [\"sso\", \"ldap\"]}"))
                .isEqualTo(new Answer.Choices(List.of("sso", "ldap"), null));
        assertThat(read("users", "{\"number\": 250.5}")).isEqualTo(new Answer.Number(250.5, null));
        assertThat(read("notes", "{\"text\": \"Call after Easter\"}"))
                .isEqualTo(new Answer.Text("Call after Easter", null));
    }

    @Test
    void an_empty_options_list_is_a_real_answer() {
        assertThat(read("tools", "{\"options\": []}")).isEqualTo(new Answer.Choices(List.of(), null));
    }

    @Test
    void a_note_alone_leaves_the_question_unanswered() {
        Answer answer = read("budget", "{\"note\": \"ask the CFO\"}");

        assertThat(answer).isEqualTo(new Answer.NoteOnly("ask the CFO"));
        assertThat(answer.isAnswered()).isFalse();
    }

    @Test
    void an_unknown_question_is_refused() {
        assertThat(problems("nothing", "{\"option\": \"yes\"}"))
                .containsExactly(new Problem("$", "unknown question 'nothing'"));
    }

    @Test
    void an_unknown_option_is_refused() {
        assertThat(problems("has-dir", "{\"option\": \"maybe\"}"))
                .containsExactly(new Problem("$.option", "question 'has-dir' has no option 'maybe'"));
        assertThat(problems("tools", "{\"options\": [\"sso\", \"kerberos\"]}"))
                .containsExactly(new Problem("$.options[1]", "question 'tools' has no option 'kerberos'"));
    }

    @Test
    void a_wrong_shape_for_the_type_is_refused() {
        assertThat(problems("tools", "{\"option\": \"sso\"}"))
                .containsExactly(
                        new Problem("$.option", "question 'tools' is a multi question: answer with \"options\""));
        assertThat(problems("users", "{\"number\": \"12\"}"))
                .containsExactly(new Problem("$.number", "must be a number, not a string"));
        assertThat(problems("has-dir", "{\"option\": \"yes\", \"text\": \"yes\"}"))
                .containsExactly(
                        new Problem("$", "an answer has one of option, options, number or text, not option and text"));
        assertThat(problems("has-dir", "[\"yes\"]"))
                .containsExactly(new Problem("$", "must be an object, not an array"));
    }

    @Test
    void an_empty_answer_is_refused() {
        assertThat(problems("has-dir", "{}"))
                .singleElement()
                .satisfies(problem -> assertThat(problem.message()).contains("removed by deleting it"));
    }

    @Test
    void an_option_chosen_twice_is_refused() {
        assertThat(problems("tools", "{\"options\": [\"sso\", \"ldap\", \"sso\"]}"))
                .containsExactly(new Problem("$.options[2]", "option 'sso' is chosen twice"));
    }

    @Test
    void a_number_out_of_its_range_is_refused() {
        assertThat(problems("users", "{\"number\": 0}")).containsExactly(new Problem("$.number", "must be at least 1"));
        assertThat(problems("users", "{\"number\": 100001}"))
                .containsExactly(new Problem("$.number", "must be at most 100000"));
        assertThat(read("users", "{\"number\": 100000}")).isEqualTo(new Answer.Number(100_000, null));
    }

    @Test
    void a_text_is_1_to_10000_characters_and_so_is_a_note() {
        assertThat(problems("notes", "{\"text\": \"\"}")).containsExactly(new Problem("$.text", "must not be empty"));
        assertThat(problems("notes", "{\"text\": \"" + "x".repeat(10_001) + "\"}"))
                .containsExactly(new Problem("$.text", "must have at most 10000 characters, not 10001"));
        assertThat(read("notes", "{\"text\": \"" + "x".repeat(10_000) + "\"}")).isInstanceOf(Answer.Text.class);
        assertThat(problems("budget", "{\"option\": \"yes\", \"note\": \"" + "x".repeat(10_001) + "\"}"))
                .extracting(Problem::path)
                .containsExactly("$.note");
    }

    @Test
    void an_extra_field_is_refused() {
        assertThat(problems("has-dir", "{\"option\": \"yes\", \"confidence\": 0.9}"))
                .containsExactly(new Problem("$.confidence", "unknown field"));
    }

    @Test
    void every_problem_of_an_answer_is_reported_at_once() {
        assertThat(problems("tools", "{\"options\": [\"sso\", 7, \"sso\", \"x\"], \"note\": 1, \"when\": \"now\"}"))
                .extracting(Problem::path)
                .containsExactlyInAnyOrder("$.options[1]", "$.options[2]", "$.options[3]", "$.note", "$.when");
    }

    @Test
    void broken_json_is_a_problem_not_an_exception() {
        assertThat(problems("has-dir", "{\"option\": "))
                .singleElement()
                .satisfies(problem -> assertThat(problem.message()).startsWith("not valid JSON"));
    }

    @Test
    void answers_by_question_are_read_together_with_paths_from_their_key() {
        Map<String, Answer> answers = AnswerReader.readAll(
                TEMPLATE, json("{\"has-dir\": {\"option\": \"no\"}, \"budget\": {\"option\": \"yes\"}}"));
        assertThat(answers)
                .containsExactly(
                        Map.entry("has-dir", new Answer.Choice("no", null)),
                        Map.entry("budget", new Answer.Choice("yes", null)));

        assertThat(problems(() -> AnswerReader.readAll(
                        TEMPLATE, json("{\"has-dir\": {\"option\": \"maybe\"}, \"nothing\": {\"option\": \"yes\"}}"))))
                .containsExactly(
                        new Problem("$['has-dir'].option", "question 'has-dir' has no option 'maybe'"),
                        new Problem("$.nothing", "unknown question 'nothing'"));
    }

    @Test
    void target_overrides_name_known_capabilities_and_levels() {
        assertThat(AnswerReader.readTargets(TEMPLATE, json("{\"directory\": \"dynamic\"}")))
                .containsExactly(Map.entry("directory", "dynamic"));

        assertThat(problems(() -> AnswerReader.readTargets(TEMPLATE, Map.of("directory", "expert", "dns", "basic"))))
                .containsExactlyInAnyOrder(
                        new Problem("$.directory", "unknown level 'expert'"),
                        new Problem("$.dns", "unknown capability 'dns'"));
        assertThat(problems(() -> AnswerReader.readTargets(TEMPLATE, json("{\"directory\": 2}"))))
                .containsExactly(new Problem("$.directory", "must be a string, not a number"));
    }

    @Test
    void an_answer_written_as_json_reads_back_the_same() {
        for (Answer answer : List.of(
                new Answer.Choice("yes", "sure"),
                new Answer.Choices(List.of("ldap"), null),
                new Answer.Number(42, null),
                new Answer.Number(1.5, "about"),
                new Answer.Text("more", null),
                new Answer.NoteOnly("later"))) {
            String question = switch (answer) {
                case Answer.Choice c -> "budget";
                case Answer.Choices c -> "tools";
                case Answer.Number n -> "users";
                case Answer.Text t -> "notes";
                case Answer.NoteOnly n -> "budget";
            };
            assertThat(AnswerReader.read(TEMPLATE, question, AnswerReader.toJson(answer)))
                    .isEqualTo(answer);
        }
        assertThat(AnswerReader.toJson(new Answer.Number(42, null)).toString()).isEqualTo("{\"number\":42}");
    }
}
