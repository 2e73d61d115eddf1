package io.stackup.core.template.document;

import static io.stackup.core.template.document.TemplateDocs.array;
import static io.stackup.core.template.document.TemplateDocs.miniIo;
import static io.stackup.core.template.document.TemplateDocs.object;
import static io.stackup.core.template.document.TemplateDocs.problemsOf;
import static io.stackup.core.template.document.TemplateDocs.problemsWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.stackup.core.template.Capability;
import io.stackup.core.template.Condition;
import io.stackup.core.template.Effort;
import io.stackup.core.template.Level;
import io.stackup.core.template.Option;
import io.stackup.core.template.Problem;
import io.stackup.core.template.Qualification;
import io.stackup.core.template.Question;
import io.stackup.core.template.QuestionType;
import io.stackup.core.template.Recommendation;
import io.stackup.core.template.RecommendationKind;
import io.stackup.core.template.Scoring;
import io.stackup.core.template.Template;
import io.stackup.core.template.TemplateValidationException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TemplateReaderTest {

    @Test
    void the_example_of_the_spec_is_read_with_defaults_made_explicit() {
        Template template = TemplateReader.readJson(miniIo());

        assertThat(template.format()).isEqualTo("stackup-template/1");
        assertThat(template.key()).isEqualTo("mini-io");
        assertThat(template.language()).isEqualTo("en");
        assertThat(template.description()).isNull();
        assertThat(template.scale().levels())
                .extracting(Level::key)
                .containsExactly("basic", "standardized", "rationalized", "dynamic");
        assertThat(template.scoring()).isEqualTo(Scoring.gated());
        assertThat(template.defaultTarget()).isEqualTo("rationalized");

        Capability directory = template.areas().getFirst().capabilities().getFirst();
        assertThat(directory.weight()).isEqualTo(1);
        assertThat(directory.target()).isNull();
        assertThat(directory.levels()).isEmpty();
        assertThat(directory.recommendations())
                .extracting(Recommendation::key, Recommendation::kind, Recommendation::effort)
                .containsExactly(
                        tuple("central-dir", RecommendationKind.PRODUCT, Effort.M),
                        tuple("joiner-process", RecommendationKind.PROCESS, Effort.S));

        List<Question> questions = template.questionnaire().questions().toList();
        assertThat(questions).extracting(Question::key).containsExactly("has-dir", "provisioning", "budget");
        Question hasDir = questions.getFirst();
        assertThat(hasDir.type()).isEqualTo(QuestionType.YES_NO);
        assertThat(hasDir.required()).isTrue();
        assertThat(hasDir.weight()).isEqualTo(1);
        assertThat(hasDir.options()).isEmpty();
        assertThat(hasDir.requires()).isEqualTo("standardized");
        assertThat(hasDir.effectiveOptions(template.scale()))
                .containsExactly(new Option("yes", "Yes", "dynamic", 1), new Option("no", "No", "basic", 0));
        Question provisioning = questions.get(1);
        assertThat(provisioning.showIf()).isEqualTo(new Condition.AnyOf("has-dir", List.of("yes")));
        assertThat(provisioning.options())
                .extracting(Option::key, Option::level, Option::points)
                .containsExactly(
                        tuple("manual", "standardized", 0.0),
                        tuple("scripted", "rationalized", 0.0),
                        tuple("automatic", "dynamic", 0.0));

        assertThat(template.qualification())
                .isEqualTo(new Qualification(
                        5,
                        List.of(
                                new Qualification.Rule(new Condition.AnyOf("budget", List.of("yes")), 3, "budget"),
                                new Qualification.Rule(new Condition.AreaGap("iam", 1), 2, "IAM gap")),
                        List.of()));
    }

    @Test
    void every_problem_is_reported_at_once_each_at_its_path() {
        List<Problem> problems = problemsWith(root -> {
            root.put("version", "");
            object(root, "/areas/0/capabilities/0").put("target", "expert");
            object(root, "/areas/0/capabilities/0/recommendations/1").put("effort", "XL");
            object(root, "/questionnaire/sections/0/questions/2").put("colour", "red");
            array(root, "/qualification/rules").addObject().put("points", 1);
        });

        assertThat(problems)
                .extracting(Problem::path)
                .containsExactlyInAnyOrder(
                        "$.version",
                        "$.areas[0].capabilities[0].target",
                        "$.areas[0].capabilities[0].recommendations[1].effort",
                        "$.questionnaire.sections[0].questions[2].colour",
                        "$.qualification.rules[2].when");
        assertThat(problems)
                .extracting(Problem::message)
                .containsExactlyInAnyOrder(
                        "must not be empty",
                        "unknown level 'expert'",
                        "'XL' is not one of S, M, L",
                        "unknown field",
                        "is required");
    }

    @Test
    void broken_json_is_a_problem_at_the_place_it_breaks() {
        List<Problem> problems = problemsOf("{ \"format\": \"stackup-template/1\", \"areas\": [ { \"key\": ");

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.path()).isEqualTo("$.areas[0].key");
            assertThat(problem.message()).startsWith("not valid JSON");
        });
    }

    @Test
    void an_empty_document_and_trailing_content_are_problems() {
        assertThat(problemsOf("")).extracting(Problem::path).containsExactly("$");
        assertThat(problemsOf("{} {}"))
                .singleElement()
                .satisfies(
                        problem -> assertThat(problem.message()).startsWith("unexpected content after the document"));
        assertThat(problemsOf("[1, 2]")).containsExactly(new Problem("$", "must be an object, not an array"));
    }

    @Test
    void a_document_over_2_mib_is_refused_without_reading_it() {
        byte[] big = ("{\"description\": \"" + "x".repeat(3 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);

        var refused = org.assertj.core.api.Assertions.catchThrowableOfType(
                TemplateValidationException.class, () -> TemplateReader.read(big, TemplateReader.Syntax.JSON));

        assertThat(refused.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.path()).isEqualTo("$");
            assertThat(problem.message()).contains("at most 2 MiB");
        });
    }

    @Test
    void ten_thousand_nested_arrays_are_a_problem_not_a_stack_overflow() {
        String deep = "{\"description\": " + "[".repeat(10_000) + "]".repeat(10_000) + "}";

        assertThat(problemsOf(deep))
                .singleElement()
                .satisfies(problem -> assertThat(problem.message()).contains("nested deeper than 64 levels"));
        assertThat(TemplateDocs.problemsOfYaml("description: " + "[".repeat(10_000) + "]".repeat(10_000)))
                .singleElement()
                .satisfies(problem -> assertThat(problem.message()).contains("nested deeper than 64 levels"));
    }

    @Test
    void deeply_nested_conditions_within_the_limit_are_read() {
        String notNot = "{\"not\": ".repeat(50) + "{\"question\": \"budget\", \"answered\": true}" + "}".repeat(50);
        String json = miniIo().replace("\"when\": { \"area\": \"iam\", \"gapAtLeast\": 1 }", "\"when\": " + notNot);

        Template template = TemplateReader.readJson(json);

        Condition when = template.qualification().rules().get(1).when();
        for (int i = 0; i < 50; i++) {
            when = ((Condition.Not) when).condition();
        }
        assertThat(when).isEqualTo(new Condition.Answered("budget"));
    }

    @Test
    void wrong_types_everywhere_give_a_problem_for_each_and_no_exception() {
        String json = """
                { "format": 1, "key": [], "name": {}, "version": true, "language": 5, "description": null,
                  "scale": "levels", "scoring": [], "defaultTarget": 3, "areas": {},
                  "questionnaire": { "title": 7, "sections": [ 1, { "key": 2, "title": [], "questions": [ null, "q",
                    { "key": "q1", "text": 1, "type": "yes_no", "required": "yes", "weight": "1", "showIf": [] } ] } ] },
                  "qualification": { "threshold": "5", "rules": [ { "when": 1, "points": null } ], "require": {} } }
                """;

        List<Problem> problems = problemsOf(json);

        assertThat(problems)
                .extracting(Problem::path)
                .containsExactlyInAnyOrder(
                        "$.format",
                        "$.key",
                        "$.name",
                        "$.version",
                        "$.language",
                        "$.description",
                        "$.scale",
                        "$.scoring",
                        "$.defaultTarget",
                        "$.areas",
                        "$.questionnaire.title",
                        "$.questionnaire.sections[0]",
                        "$.questionnaire.sections[1].key",
                        "$.questionnaire.sections[1].title",
                        "$.questionnaire.sections[1].questions[0]",
                        "$.questionnaire.sections[1].questions[1]",
                        "$.questionnaire.sections[1].questions[2].text",
                        "$.questionnaire.sections[1].questions[2].required",
                        "$.questionnaire.sections[1].questions[2].weight",
                        "$.questionnaire.sections[1].questions[2].showIf",
                        "$.qualification.threshold",
                        "$.qualification.rules[0].when",
                        "$.qualification.rules[0].points",
                        "$.qualification.require");
    }

    @Test
    void a_duplicate_field_in_an_object_is_a_problem_and_reading_goes_on() {
        String json = miniIo().replace("\"key\": \"mini-io\",", "\"key\": \"mini-io\", \"key\": \"other\", \"x\": 1,");

        assertThat(problemsOf(json))
                .containsExactlyInAnyOrder(
                        new Problem("$.key", "duplicate field 'key'"), new Problem("$.x", "unknown field"));
    }

    @Test
    void references_to_nothing_are_problems() {
        List<Problem> problems = problemsWith(root -> {
            object(root, "/questionnaire/sections/0/questions/0").put("capability", "nothing");
            object(root, "/qualification/rules/0/when").put("question", "nothing");
            object(root, "/qualification/rules/1/when").put("area", "nothing");
        });

        assertThat(problems)
                .containsExactlyInAnyOrder(
                        new Problem(
                                "$.questionnaire.sections[0].questions[0].capability", "unknown capability 'nothing'"),
                        new Problem("$.qualification.rules[0].when.question", "unknown question 'nothing'"),
                        new Problem("$.qualification.rules[1].when.area", "unknown area 'nothing'"));
    }

    @Test
    void the_message_of_the_exception_names_the_first_problem() {
        var refused = org.assertj.core.api.Assertions.catchThrowableOfType(
                TemplateValidationException.class, () -> TemplateReader.readJson("{"));

        assertThat(refused).hasMessageStartingWith("template refused: $");
    }
}
