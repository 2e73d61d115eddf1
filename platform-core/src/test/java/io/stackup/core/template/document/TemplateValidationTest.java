package io.stackup.core.template.document;

import static io.stackup.core.template.document.TemplateDocs.JSON;
import static io.stackup.core.template.document.TemplateDocs.array;
import static io.stackup.core.template.document.TemplateDocs.assertOnly;
import static io.stackup.core.template.document.TemplateDocs.miniIoWith;
import static io.stackup.core.template.document.TemplateDocs.object;
import static io.stackup.core.template.document.TemplateDocs.problemsWith;
import static org.assertj.core.api.Assertions.assertThat;

import io.stackup.core.template.Band;
import io.stackup.core.template.Condition;
import io.stackup.core.template.Option;
import io.stackup.core.template.Problem;
import io.stackup.core.template.Question;
import io.stackup.core.template.Scoring;
import io.stackup.core.template.ScoringMode;
import io.stackup.core.template.Template;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** One test per rule of docs/spec/template-format.md "Validation", each breaking the spec's example in one place. */
class TemplateValidationTest {

    static final String CAPABILITY = "/areas/0/capabilities/0";
    static final String HAS_DIR = "/questionnaire/sections/0/questions/0";
    static final String PROVISIONING = "/questionnaire/sections/0/questions/1";
    static final String BUDGET = "/questionnaire/sections/0/questions/2";
    static final String QUESTIONS = "/questionnaire/sections/0/questions";

    static final String HAS_DIR_PATH = "$.questionnaire.sections[0].questions[0]";
    static final String PROVISIONING_PATH = "$.questionnaire.sections[0].questions[1]";
    static final String BUDGET_PATH = "$.questionnaire.sections[0].questions[2]";

    static ObjectNode parse(String json) {
        return (ObjectNode) JSON.readTree(json);
    }

    /** Drops the rule on {@code budget}'s options, for tests that make {@code budget} another type. */
    static void withoutBudgetRule(ObjectNode root) {
        array(root, "/qualification/rules").remove(0);
    }

    static Template read(Consumer<ObjectNode> edit) {
        return TemplateReader.readJson(miniIoWith(edit));
    }

    @Nested
    class Fields {

        @Test
        void an_unknown_field_is_rejected_not_ignored() {
            assertOnly(
                    problemsWith(
                            root -> object(root, PROVISIONING + "/options/0").put("colour", "red")),
                    PROVISIONING_PATH + ".options[0].colour",
                    "unknown field");
        }

        @Test
        void a_missing_field_is_reported_where_it_belongs() {
            assertOnly(problemsWith(root -> object(root, "/areas/0").remove("name")), "$.areas[0].name", "is required");
        }

        @Test
        void a_wrong_type_is_rejected() {
            assertOnly(
                    problemsWith(root -> object(root, CAPABILITY).put("weight", "heavy")),
                    "$.areas[0].capabilities[0].weight",
                    "must be a number, not a string");
        }

        @Test
        void null_is_not_an_absent_field() {
            assertOnly(
                    problemsWith(root -> root.putNull("description")), "$.description", "must be a string, not null");
        }

        @Test
        void the_format_must_be_stackup_template_1() {
            assertOnly(
                    problemsWith(root -> root.put("format", "stackup-template/2")), "$.format", "stackup-template/1");
        }

        @Test
        void a_key_must_be_a_slug() {
            assertOnly(problemsWith(root -> root.put("key", "Mini IO")), "$.key", "is not a key");
            assertOnly(problemsWith(root -> root.put("key", "-mini")), "$.key", "is not a key");
            assertOnly(problemsWith(root -> root.put("key", "m".repeat(64))), "$.key", "is not a key");
            assertThat(read(root -> root.put("key", "m".repeat(63))).key()).hasSize(63);
        }

        @Test
        void the_language_must_be_a_bcp_47_tag() {
            assertOnly(problemsWith(root -> root.put("language", "en_US!")), "$.language", "BCP 47");
            assertThat(read(root -> root.put("language", "de-CH")).language()).isEqualTo("de-CH");
        }

        @Test
        void lengths_of_name_version_description_and_question_text_are_limited() {
            assertOnly(problemsWith(root -> root.put("name", "")), "$.name", "must not be empty");
            assertOnly(problemsWith(root -> root.put("name", "n".repeat(201))), "$.name", "at most 200");
            assertOnly(problemsWith(root -> root.put("version", "1".repeat(33))), "$.version", "at most 32");
            assertOnly(
                    problemsWith(root -> root.put("description", "d".repeat(10_001))),
                    "$.description",
                    "at most 10000");
            assertOnly(
                    problemsWith(root -> object(root, BUDGET).put("text", "t".repeat(2001))),
                    BUDGET_PATH + ".text",
                    "at most 2000");
            assertThat(read(root -> object(root, BUDGET).put("text", "t".repeat(2000)))
                            .questionnaire()
                            .questions()
                            .toList()
                            .get(2)
                            .text())
                    .hasSize(2000);
        }

        @Test
        void a_weight_must_be_greater_than_0() {
            assertOnly(
                    problemsWith(root -> object(root, BUDGET).put("weight", 0)),
                    BUDGET_PATH + ".weight",
                    "greater than 0");
        }
    }

    @Nested
    class DuplicateKeys {

        @Test
        void capability_keys_are_unique_across_the_whole_template() {
            List<Problem> problems = problemsWith(root -> {
                ObjectNode area = array(root, "/areas").addObject();
                area.put("key", "other").put("name", "Other");
                area.putArray("capabilities")
                        .addObject()
                        .put("key", "directory")
                        .put("name", "Again");
            });
            assertOnly(problems, "$.areas[1].capabilities[0].key", "duplicate capability key 'directory'");
        }

        @Test
        void question_keys_are_unique_across_the_whole_template() {
            List<Problem> problems = problemsWith(root -> {
                ObjectNode section = array(root, "/questionnaire/sections")
                        .addObject()
                        .put("key", "s2")
                        .put("title", "More");
                section.putArray("questions")
                        .addObject()
                        .put("key", "budget")
                        .put("type", "text")
                        .put("text", "?");
            });
            assertOnly(problems, "$.questionnaire.sections[1].questions[0].key", "duplicate question key 'budget'");
        }

        @Test
        void option_keys_are_unique_within_their_question() {
            assertOnly(
                    problemsWith(
                            root -> object(root, PROVISIONING + "/options/2").put("key", "manual")),
                    PROVISIONING_PATH + ".options[2].key",
                    "duplicate option key");
        }

        @Test
        void recommendation_keys_are_unique_within_their_capability() {
            assertOnly(
                    problemsWith(root ->
                            object(root, CAPABILITY + "/recommendations/1").put("key", "central-dir")),
                    "$.areas[0].capabilities[0].recommendations[1].key",
                    "duplicate recommendation key");
        }

        @Test
        void level_area_and_section_keys_are_unique() {
            assertOnly(
                    problemsWith(root -> array(root, "/scale/levels")
                            .addObject()
                            .put("key", "basic")
                            .put("name", "Again")),
                    "$.scale.levels[4].key",
                    "duplicate level key 'basic'");
            List<Problem> areas = problemsWith(root -> {
                ObjectNode area =
                        array(root, "/areas").addObject().put("key", "iam").put("name", "Again");
                area.putArray("capabilities").addObject().put("key", "c2").put("name", "C2");
            });
            assertOnly(areas, "$.areas[1].key", "duplicate area key 'iam'");
            List<Problem> sections = problemsWith(root -> array(root, "/questionnaire/sections")
                    .addObject()
                    .put("key", "s1")
                    .put("title", "Again")
                    .putArray("questions"));
            assertOnly(sections, "$.questionnaire.sections[1].key", "duplicate section key 's1'");
        }

        @Test
        void rule_labels_are_unique() {
            assertOnly(
                    problemsWith(root -> object(root, "/qualification/rules/1").put("label", "budget")),
                    "$.qualification.rules[1].label",
                    "duplicate label 'budget'");
        }
    }

    @Nested
    class References {

        @Test
        void levels_named_anywhere_must_exist() {
            List<Problem> problems = problemsWith(root -> {
                root.put("defaultTarget", "expert");
                object(root, CAPABILITY).put("target", "expert");
                object(root, CAPABILITY)
                        .putObject("levels")
                        .put("basic", "Nothing")
                        .put("expert", "?");
                object(root, PROVISIONING + "/options/0").put("level", "expert");
                object(root, HAS_DIR).put("requires", "expert");
            });
            assertThat(problems)
                    .containsExactlyInAnyOrder(
                            new Problem("$.defaultTarget", "unknown level 'expert'"),
                            new Problem("$.areas[0].capabilities[0].target", "unknown level 'expert'"),
                            new Problem("$.areas[0].capabilities[0].levels.expert", "unknown level 'expert'"),
                            new Problem(PROVISIONING_PATH + ".options[0].level", "unknown level 'expert'"),
                            new Problem(HAS_DIR_PATH + ".requires", "unknown level 'expert'"));
        }

        @Test
        void a_question_names_a_known_capability() {
            assertOnly(
                    problemsWith(root -> object(root, BUDGET).put("capability", "budgeting")),
                    BUDGET_PATH + ".capability",
                    "unknown capability 'budgeting'");
        }

        @Test
        void a_condition_names_options_of_its_question() {
            assertOnly(
                    problemsWith(root ->
                            array(root, "/qualification/rules/0/when/anyOf").add("maybe")),
                    "$.qualification.rules[0].when.anyOf[1]",
                    "question 'budget' has no option 'maybe'");
        }

        @Test
        void a_capability_condition_names_a_known_capability_and_levels() {
            List<Problem> problems = problemsWith(root -> object(root, "/qualification/rules/1")
                    .putObject("when")
                    .put("capability", "dns")
                    .put("atMost", "expert"));
            assertThat(problems)
                    .containsExactlyInAnyOrder(
                            new Problem("$.qualification.rules[1].when.capability", "unknown capability 'dns'"),
                            new Problem("$.qualification.rules[1].when.atMost", "unknown level 'expert'"));
        }
    }

    @Nested
    class ShowIf {

        @Test
        void a_showIf_referring_forward_is_rejected() {
            assertOnly(
                    problemsWith(root -> object(root, PROVISIONING + "/showIf").put("question", "budget")),
                    PROVISIONING_PATH + ".showIf.question",
                    "only refer to earlier questions");
        }

        @Test
        void a_showIf_referring_to_its_own_question_is_rejected() {
            assertOnly(
                    problemsWith(root -> object(root, PROVISIONING)
                            .putObject("showIf")
                            .put("question", "provisioning")
                            .put("answered", true)),
                    PROVISIONING_PATH + ".showIf.question",
                    "only refer to earlier questions");
        }

        @Test
        void a_showIf_referring_to_an_earlier_section_is_accepted() {
            Template template = read(root -> {
                ObjectNode question = array(root, "/questionnaire/sections")
                        .addObject()
                        .put("key", "s2")
                        .put("title", "More")
                        .putArray("questions")
                        .addObject()
                        .put("key", "why")
                        .put("type", "text")
                        .put("text", "Why?");
                question.putObject("showIf").put("question", "budget").put("answered", true);
            });
            assertThat(template.questionnaire().questions().toList().getLast().showIf())
                    .isEqualTo(new Condition.Answered("budget"));
        }

        @Test
        void a_showIf_takes_only_question_forms() {
            assertOnly(
                    problemsWith(root -> object(root, BUDGET)
                            .putObject("showIf")
                            .putArray("any")
                            .addObject()
                            .put("totalGapAtLeast", 2)),
                    BUDGET_PATH + ".showIf.any[0]",
                    "showIf takes only conditions on questions");
        }
    }

    @Nested
    class Scoring {

        static ObjectNode weighted(ObjectNode root) {
            ObjectNode scoring = root.putObject("scoring").put("mode", "weighted");
            scoring.putObject("thresholds")
                    .put("standardized", 0.25)
                    .put("rationalized", 0.5)
                    .put("dynamic", 1);
            return scoring;
        }

        @Test
        void weighted_thresholds_for_every_level_but_the_first_are_accepted() {
            Template template = read(Scoring::weighted);
            assertThat(template.scoring().mode()).isEqualTo(ScoringMode.WEIGHTED);
            assertThat(template.scoring().thresholds())
                    .containsExactly(
                            java.util.Map.entry("standardized", 0.25),
                            java.util.Map.entry("rationalized", 0.5),
                            java.util.Map.entry("dynamic", 1.0));
        }

        @Test
        void a_missing_threshold_is_reported_where_it_belongs() {
            assertOnly(
                    problemsWith(root -> ((ObjectNode) weighted(root).get("thresholds")).remove("rationalized")),
                    "$.scoring.thresholds.rationalized",
                    "every level but the first");
        }

        @Test
        void the_first_level_has_no_threshold() {
            assertOnly(
                    problemsWith(root -> ((ObjectNode) weighted(root).get("thresholds")).put("basic", 0.1)),
                    "$.scoring.thresholds.basic",
                    "first level");
        }

        @Test
        void thresholds_are_in_0_exclusive_to_1() {
            assertOnly(
                    problemsWith(root -> ((ObjectNode) weighted(root).get("thresholds")).put("dynamic", 1.5)),
                    "$.scoring.thresholds.dynamic",
                    "greater than 0 and at most 1");
            List<Problem> zero =
                    problemsWith(root -> ((ObjectNode) weighted(root).get("thresholds")).put("standardized", 0));
            assertOnly(zero, "$.scoring.thresholds.standardized", "greater than 0 and at most 1");
        }

        @Test
        void thresholds_out_of_order_are_rejected() {
            assertOnly(
                    problemsWith(root -> ((ObjectNode) weighted(root).get("thresholds")).put("rationalized", 0.25)),
                    "$.scoring.thresholds.rationalized",
                    "must be greater than the threshold of 'standardized'");
        }

        @Test
        void thresholds_are_only_for_the_weighted_mode() {
            assertOnly(
                    problemsWith(root -> weighted(root).put("mode", "gated")),
                    "$.scoring.thresholds",
                    "only for the weighted mode");
            assertOnly(
                    problemsWith(root -> weighted(root).remove("thresholds")),
                    "$.scoring.thresholds",
                    "is required in the weighted mode");
        }
    }

    @Nested
    class Questions {

        @Test
        void single_scale_and_multi_questions_need_options() {
            for (String type : List.of("single", "scale", "multi")) {
                assertOnly(
                        problemsWith(root -> {
                            withoutBudgetRule(root);
                            object(root, BUDGET).put("type", type);
                        }),
                        BUDGET_PATH + ".options",
                        "is required for a " + type + " question");
            }
        }

        @Test
        void a_choice_question_has_2_to_50_options() {
            assertOnly(
                    problemsWith(root -> {
                        ArrayNode options = array(root, PROVISIONING + "/options");
                        options.remove(2);
                        options.remove(1);
                    }),
                    PROVISIONING_PATH + ".options",
                    "must have 2..50 options, not 1");
            assertOnly(
                    problemsWith(root -> {
                        ArrayNode options = array(root, PROVISIONING + "/options");
                        for (int i = 0; i < 48; i++) {
                            options.addObject().put("key", "o" + i).put("label", "O" + i);
                        }
                    }),
                    PROVISIONING_PATH + ".options",
                    "must have 2..50 options, not 51");
        }

        @Test
        void a_yes_no_question_with_options_has_exactly_yes_and_no() {
            Template template = read(root -> {
                ArrayNode options = object(root, BUDGET).putArray("options");
                options.addObject().put("key", "yes").put("label", "Yes").put("points", 3);
                options.addObject().put("key", "no").put("label", "No");
            });
            assertThat(template.questionnaire().questions().toList().get(2).options())
                    .containsExactly(new Option("yes", "Yes", null, 3), new Option("no", "No", null, 0));

            assertOnly(
                    problemsWith(root -> {
                        ArrayNode options = object(root, BUDGET).putArray("options");
                        options.addObject().put("key", "yes").put("label", "Yes");
                        options.addObject().put("key", "maybe").put("label", "Maybe");
                    }),
                    BUDGET_PATH + ".options",
                    "exactly two, keyed 'yes' and 'no'");
        }

        @Test
        void a_yes_no_question_with_options_has_no_requires() {
            assertOnly(
                    problemsWith(root -> {
                        ArrayNode options = object(root, HAS_DIR).putArray("options");
                        options.addObject().put("key", "yes").put("label", "Yes");
                        options.addObject().put("key", "no").put("label", "No");
                    }),
                    HAS_DIR_PATH + ".requires",
                    "not allowed with explicit options");
        }

        @Test
        void requires_is_not_the_first_level_and_only_on_yes_no() {
            assertOnly(
                    problemsWith(root -> object(root, HAS_DIR).put("requires", "basic")),
                    HAS_DIR_PATH + ".requires",
                    "must not be the first level");
            assertOnly(
                    problemsWith(root -> object(root, PROVISIONING).put("requires", "dynamic")),
                    PROVISIONING_PATH + ".requires",
                    "only a yes_no question has requires");
        }

        @Test
        void options_are_only_for_choice_questions() {
            assertOnly(
                    problemsWith(root -> object(root, PROVISIONING).put("type", "text")),
                    PROVISIONING_PATH + ".options",
                    "only yes_no, single, scale and multi questions have options");
        }

        @Test
        void bands_min_max_value_and_unit_are_only_for_number_questions() {
            List<Problem> problems = problemsWith(root -> {
                ObjectNode budget = object(root, BUDGET);
                budget.putArray("bands").addObject().put("min", 0);
                budget.put("minValue", 0).put("maxValue", 10).put("unit", "k€");
            });
            assertThat(problems)
                    .extracting(Problem::path)
                    .containsExactlyInAnyOrder(
                            BUDGET_PATH + ".bands",
                            BUDGET_PATH + ".minValue",
                            BUDGET_PATH + ".maxValue",
                            BUDGET_PATH + ".unit");
        }

        @Test
        void a_number_question_with_bands_and_bounds_is_read() {
            Template template = read(root -> {
                withoutBudgetRule(root);
                ObjectNode budget = object(root, BUDGET).put("type", "number");
                ArrayNode bands = budget.putArray("bands");
                bands.addObject().put("max", 10).put("level", "basic");
                bands.addObject().put("min", 10).put("level", "dynamic").put("points", 2.5);
                budget.put("minValue", 0).put("maxValue", 1e6).put("unit", "k€");
            });
            Question budget = template.questionnaire().questions().toList().get(2);
            assertThat(budget.bands())
                    .containsExactly(new Band(null, 10.0, "basic", 0), new Band(10.0, null, "dynamic", 2.5));
            assertThat(budget.minValue()).isEqualTo(0);
            assertThat(budget.maxValue()).isEqualTo(1e6);
        }

        @Test
        void min_value_must_not_exceed_max_value() {
            assertOnly(
                    problemsWith(root -> {
                        withoutBudgetRule(root);
                        object(root, BUDGET)
                                .put("type", "number")
                                .put("minValue", 5)
                                .put("maxValue", 4);
                    }),
                    BUDGET_PATH + ".maxValue",
                    "must not be less than minValue");
        }

        @Test
        void a_recommendation_does_not_lead_to_the_first_level() {
            assertOnly(
                    problemsWith(root ->
                            object(root, CAPABILITY + "/recommendations/0").put("toLevel", "basic")),
                    "$.areas[0].capabilities[0].recommendations[0].toLevel",
                    "must not be the first level");
        }
    }

    @Nested
    class Conditions {

        static final String WHEN = "/qualification/rules/0/when";
        static final String WHEN_PATH = "$.qualification.rules[0].when";

        static List<Problem> whenIs(String condition) {
            return problemsWith(root -> object(root, "/qualification/rules/0").set("when", parse(condition)));
        }

        @Test
        void a_condition_has_exactly_one_form() {
            assertOnly(
                    whenIs("{ \"question\": \"budget\", \"answered\": true, \"totalGapAtLeast\": 1 }"),
                    WHEN_PATH,
                    "exactly one form, not question and totalGapAtLeast");
            assertOnly(whenIs("{}"), WHEN_PATH, "a condition needs one of");
            assertOnly(
                    whenIs("{ \"question\": \"budget\", \"answered\": true, \"anyOf\": [\"yes\"] }"),
                    WHEN_PATH,
                    "exactly one of anyOf, allOf, min/max, answered");
        }

        @Test
        void an_option_list_is_not_empty() {
            assertOnly(
                    whenIs("{ \"question\": \"budget\", \"allOf\": [] }"), WHEN_PATH + ".allOf", "at least one option");
        }

        @Test
        void anyOf_and_allOf_are_only_on_questions_with_options() {
            List<Problem> problems = problemsWith(root -> {
                object(root, BUDGET).put("type", "text");
                object(root, WHEN).put("question", "budget");
                object(root, "/qualification/rules/1")
                        .set("when", parse("{ \"question\": \"has-dir\", \"allOf\": [\"yes\"] }"));
            });
            assertOnly(problems, WHEN_PATH + ".anyOf", "is a text question and has no options");
        }

        @Test
        void min_and_max_are_only_on_number_questions() {
            assertOnly(
                    whenIs("{ \"question\": \"budget\", \"min\": 1 }"),
                    WHEN_PATH + ".min",
                    "only for number questions");
        }

        @Test
        void a_number_condition_is_read_with_one_bound() {
            Template template = read(root -> {
                object(root, BUDGET).put("type", "number");
                object(root, "/qualification/rules/0").set("when", parse("{ \"question\": \"budget\", \"max\": 5 }"));
            });
            assertThat(template.qualification().rules().getFirst().when())
                    .isEqualTo(new Condition.NumberRange("budget", null, 5.0));
        }

        @Test
        void answered_is_only_true() {
            assertOnly(
                    whenIs("{ \"question\": \"budget\", \"answered\": false }"),
                    WHEN_PATH + ".answered",
                    "must be true");
        }

        @Test
        void a_level_condition_needs_at_least_one_bound() {
            assertOnly(whenIs("{ \"capability\": \"directory\" }"), WHEN_PATH, "needs atMost or atLeast");
            assertOnly(whenIs("{ \"overall\": {} }"), WHEN_PATH + ".overall", "needs atMost or atLeast");
        }

        @Test
        void every_form_is_read() {
            Template template = read(
                    root -> object(root, "/qualification").putArray("require").add(parse("""
                            { "all": [
                              { "capability": "directory", "atLeast": "standardized", "atMost": "dynamic" },
                              { "overall": { "atMost": "rationalized" } },
                              { "totalGapAtLeast": 1 },
                              { "any": [ { "question": "provisioning", "allOf": ["manual"] },
                                         { "not": { "question": "has-dir", "answered": true } } ] } ] }
                            """)));
            assertThat(template.qualification().require())
                    .containsExactly(new Condition.All(List.of(
                            new Condition.CapabilityLevel("directory", "dynamic", "standardized"),
                            new Condition.OverallLevel("rationalized", null),
                            new Condition.TotalGap(1),
                            new Condition.Any(List.of(
                                    new Condition.AllOf("provisioning", List.of("manual")),
                                    new Condition.Not(new Condition.Answered("has-dir")))))));
        }
    }

    @Nested
    class Limits {

        @Test
        void a_scale_has_2_to_10_levels() {
            assertOnly(
                    problemsWith(root -> {
                        ArrayNode levels = array(root, "/scale/levels");
                        for (int i = 0; i < 7; i++) {
                            levels.addObject().put("key", "l" + i).put("name", "L" + i);
                        }
                    }),
                    "$.scale.levels",
                    "must have 2..10 levels, not 11");
        }

        @Test
        void a_template_has_1_to_50_areas_and_an_area_1_to_100_capabilities() {
            List<Problem> noAreas = problemsWith(root -> {
                root.putArray("areas");
                object(root, HAS_DIR).remove("capability");
                object(root, PROVISIONING).remove("capability");
                root.remove("qualification");
            });
            assertOnly(noAreas, "$.areas", "must have 1..50 areas, not 0");

            List<Problem> noCapabilities = problemsWith(root -> {
                object(root, "/areas/0").putArray("capabilities");
                object(root, HAS_DIR).remove("capability");
                object(root, PROVISIONING).remove("capability");
            });
            assertOnly(noCapabilities, "$.areas[0].capabilities", "must have 1..100 capabilities, not 0");

            List<Problem> tooMany = problemsWith(root -> {
                ArrayNode capabilities = array(root, "/areas/0/capabilities");
                for (int i = 0; i < 100; i++) {
                    capabilities.addObject().put("key", "c" + i).put("name", "C" + i);
                }
            });
            assertOnly(tooMany, "$.areas[0].capabilities", "must have 1..100 capabilities, not 101");
        }

        @Test
        void a_template_has_at_most_500_capabilities() {
            List<Problem> problems = problemsWith(root -> {
                ArrayNode areas = array(root, "/areas");
                for (int a = 0; a < 5; a++) {
                    ArrayNode capabilities = areas.addObject()
                            .put("key", "a" + a)
                            .put("name", "A" + a)
                            .putArray("capabilities");
                    for (int c = 0; c < 100; c++) {
                        capabilities.addObject().put("key", "a" + a + "-c" + c).put("name", "C");
                    }
                }
            });
            assertOnly(problems, "$.areas", "at most 500 capabilities, not 501");
        }

        @Test
        void a_template_has_at_most_2000_questions() {
            List<Problem> problems = problemsWith(root -> {
                ArrayNode questions = array(root, QUESTIONS);
                for (int i = 0; i < 1998; i++) {
                    questions
                            .addObject()
                            .put("key", "q" + i)
                            .put("type", "text")
                            .put("text", "?");
                }
            });
            assertOnly(problems, "$.questionnaire.sections", "at most 2000 questions, not 2001");
        }
    }
}
