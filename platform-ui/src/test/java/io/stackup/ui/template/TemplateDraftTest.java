package io.stackup.ui.template;

import static io.stackup.ui.template.KeyRenames.Ref.QUESTIONS;
import static io.stackup.ui.template.KeyRenames.Ref.REQUIREMENTS;
import static io.stackup.ui.template.KeyRenames.Ref.RULES;
import static io.stackup.ui.template.KeyRenames.Ref.SHOW_IFS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stackup.core.template.Template;
import io.stackup.core.template.TemplateValidationException;
import io.stackup.core.template.document.TemplateReader;
import io.stackup.core.template.document.TemplateWriter;
import io.stackup.ui.template.KeyRenames.Followed;
import io.stackup.ui.template.TemplateDraft.QuestionDraft;
import java.io.IOException;
import java.io.InputStream;
import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The editor's working copy gives back exactly the template it was made from, and an edit the validator can judge. */
class TemplateDraftTest {

    @ParameterizedTest
    @ValueSource(strings = {"core-infrastructure-optimization.yaml", "information-security-maturity.yaml"})
    void a_draft_of_a_template_gives_back_an_equal_template(String file) throws IOException {
        Template starter = starter(file);

        assertThat(TemplateDraft.of(starter).toTemplate()).isEqualTo(starter);
    }

    @ParameterizedTest
    @ValueSource(strings = {"core-infrastructure-optimization.yaml"})
    void a_blank_level_key_is_named_at_its_path(String file) throws IOException {
        TemplateDraft draft = TemplateDraft.of(starter(file));
        draft.levels.getFirst().key = "";

        assertThatThrownBy(() -> TemplateReader.readJson(TemplateWriter.write(draft.toTemplate())))
                .isInstanceOf(TemplateValidationException.class)
                .satisfies(e -> assertThat(((TemplateValidationException) e).problems())
                        .anySatisfy(p -> assertThat(p.path()).isEqualTo("$.scale.levels[0].key")));
    }

    /**
     * Every kind of reference docs/spec/template-format.md defines, each at least once: a level as default target,
     * threshold, capability target and level text, recommendation {@code toLevel}, {@code requires}, option and band
     * level, and bound of a capability and the overall condition; a capability named by questions and a condition; an
     * area named by a gap condition; questions and their options named in {@code showIf} (also inside all/any/not),
     * rules and requirements. Keys are chosen so that each appears in quotes only where it is defined or referred to.
     */
    private static final String REFERENCES = """
            {"format": "stackup-template/1", "key": "refs", "name": "References", "version": "1.0.0",
             "scale": {"levels": [{"key": "basic", "name": "Basic"}, {"key": "standardized", "name": "Standardized"},
               {"key": "rationalized", "name": "Rationalized"}, {"key": "dynamic", "name": "Dynamic"}]},
             "scoring": {"mode": "weighted", "thresholds": {"standardized": 0.3, "rationalized": 0.6, "dynamic": 0.9}},
             "defaultTarget": "rationalized",
             "areas": [{"key": "iam", "name": "Identity", "capabilities": [
               {"key": "directory", "name": "Directory", "target": "rationalized",
                "levels": {"standardized": "One directory", "rationalized": "Scripted joiners"},
                "recommendations": [
                  {"key": "central-dir", "toLevel": "rationalized", "title": "One directory", "kind": "product",
                   "effort": "M"}]}]}],
             "questionnaire": {"title": "Interview", "sections": [
               {"key": "s1", "title": "Identity", "questions": [
                 {"key": "has-dir", "capability": "directory", "type": "yes_no", "requires": "rationalized",
                  "text": "Directory?"},
                 {"key": "provisioning", "capability": "directory", "type": "single", "text": "How?",
                  "showIf": {"question": "has-dir", "anyOf": ["yes"]},
                  "options": [{"key": "manual", "label": "By hand", "level": "standardized", "points": 1},
                              {"key": "automatic", "label": "Automatic", "level": "rationalized", "points": 2}]}]},
               {"key": "s2", "title": "Size", "questions": [
                 {"key": "seats", "type": "number", "text": "Seats?",
                  "showIf": {"any": [{"not": {"question": "provisioning", "allOf": ["manual"]}},
                                     {"question": "has-dir", "answered": true}]},
                  "bands": [{"max": 50, "level": "basic"}, {"min": 50, "level": "rationalized", "points": 1}]},
                 {"key": "budget", "type": "yes_no", "text": "Budget?"}]}]},
             "qualification": {"threshold": 5, "rules": [
               {"when": {"question": "budget", "anyOf": ["yes"]}, "points": 3, "label": "budget"},
               {"when": {"area": "iam", "gapAtLeast": 1}, "points": 2},
               {"when": {"all": [{"capability": "directory", "atLeast": "standardized", "atMost": "rationalized"},
                                 {"overall": {"atMost": "rationalized"}},
                                 {"question": "seats", "min": 10},
                                 {"question": "provisioning", "anyOf": ["manual", "automatic"]}]}, "points": 1}],
              "require": [{"question": "has-dir", "answered": true},
                          {"not": {"question": "provisioning", "allOf": ["manual"]}}]}}
            """;

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
        "level, rationalized, rat",
        "level, standardized, std",
        "area, iam, identity",
        "capability, directory, dir",
        "question, has-dir, has-directory",
        "question, provisioning, accounts",
        "question, seats, licensed-seats",
        "option, manual, by-hand",
        "recommendation, central-dir, one-dir",
        "section, s2, size"
    })
    void renaming_a_key_makes_every_reference_to_it_follow(String kind, String from, String to) {
        TemplateDraft draft = TemplateDraft.of(TemplateReader.readJson(REFERENCES));

        rename(draft, kind, from, to);

        Template expected = TemplateReader.readJson(REFERENCES.replace('"' + from + '"', '"' + to + '"'));
        assertThat(draft.toTemplate()).isEqualTo(expected);
    }

    @Test
    void a_rename_counts_what_followed_it_by_kind() {
        TemplateDraft draft = TemplateDraft.of(TemplateReader.readJson(REFERENCES));

        assertThat(KeyRenames.question(draft, draft.questions().getFirst(), "has-directory"))
                .isEqualTo(Followed.of(SHOW_IFS, 2, REQUIREMENTS, 1));
        assertThat(KeyRenames.question(draft, draft.questions().get(1), "accounts"))
                .isEqualTo(Followed.of(SHOW_IFS, 1, RULES, 1, REQUIREMENTS, 1));
        assertThat(KeyRenames.capability(draft, draft.capabilities().getFirst(), "dir"))
                .isEqualTo(Followed.of(QUESTIONS, 2, RULES, 1));
        assertThat(KeyRenames.question(draft, draft.questions().getLast(), "money"))
                .isEqualTo(Followed.of(RULES, 1));
        assertThat(KeyRenames.question(draft, draft.questions().getLast(), "money")
                        .none())
                .isTrue();
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            level  | rationalized | rat      | DEFAULT_TARGET=1 THRESHOLDS=1 TARGETS=1 LEVEL_TEXTS=1 RECOMMENDATIONS=1 REQUIRES=1 OPTIONS=1 BANDS=1 RULES=1
            level  | standardized | std      | THRESHOLDS=1 LEVEL_TEXTS=1 OPTIONS=1 RULES=1
            level  | basic        | initial  | BANDS=1
            level  | dynamic      | top      | THRESHOLDS=1
            area   | iam          | identity | RULES=1
            option | manual       | by-hand  | SHOW_IFS=1 RULES=1 REQUIREMENTS=1
            option | automatic    | auto     | RULES=1
            """)
    void a_level_area_or_option_rename_counts_exactly_what_followed_it(
            String kind, String from, String to, String counts) {
        TemplateDraft draft = TemplateDraft.of(TemplateReader.readJson(REFERENCES));
        Map<KeyRenames.Ref, Integer> expected = new EnumMap<>(KeyRenames.Ref.class);
        for (String count : counts.split(" ")) {
            String[] pair = count.split("=");
            expected.put(KeyRenames.Ref.valueOf(pair[0]), Integer.parseInt(pair[1]));
        }

        Followed followed = rename(draft, kind, from, to);

        assertThat(followed.counts()).isEqualTo(expected);
        assertThat(draft.toTemplate())
                .isEqualTo(TemplateReader.readJson(REFERENCES.replace('"' + from + '"', '"' + to + '"')));
    }

    @Test
    void a_rename_of_a_key_that_another_item_also_has_follows_nothing_and_says_nothing() {
        TemplateDraft draft = TemplateDraft.of(TemplateReader.readJson(REFERENCES));
        draft.levels.getFirst().key = "dynamic";

        Followed followed = KeyRenames.level(draft, draft.levels.getLast(), "top");

        assertThat(followed.none()).isTrue();
        assertThat(draft.thresholds).containsKey("dynamic");
        assertThat(RenameNotice.text(TemplateDraftTest::english, "level", "dynamic", "top", followed))
                .isEmpty();
    }

    @Test
    void the_summary_of_a_level_rename_names_each_kind_of_reference_that_followed() {
        TemplateDraft draft = TemplateDraft.of(TemplateReader.readJson(REFERENCES));
        Followed followed = rename(draft, "level", "rationalized", "rat");

        assertThat(RenameNotice.text(TemplateDraftTest::english, "level", "rationalized", "rat", followed))
                .isEqualTo("Renamed level rationalized \u2192 rat; updated the default target, 1 threshold,"
                        + " 1 capability target, 1 capability's level texts, 1 recommendation, 1 requires,"
                        + " 1 option level, 1 band level, 1 rule");
    }

    @Test
    void the_summary_of_an_option_rename_names_the_conditions_that_followed() {
        TemplateDraft draft = TemplateDraft.of(TemplateReader.readJson(REFERENCES));
        Followed followed = rename(draft, "option", "manual", "by-hand");

        assertThat(RenameNotice.text(TemplateDraftTest::english, "option", "manual", "by-hand", followed))
                .isEqualTo("Renamed option manual \u2192 by-hand; updated 1 showIf, 1 rule, 1 requirement");
    }

    /** The English bundle read as Vaadin's default translation provider reads it: MessageFormat over properties. */
    private static String english(String key, Object... params) {
        ResourceBundle bundle = ResourceBundle.getBundle("vaadin-i18n.translations", Locale.ROOT);
        return new MessageFormat(bundle.getString(key), Locale.ENGLISH).format(params);
    }

    @Test
    void a_duplicate_comes_right_after_its_original_under_a_new_key_and_keeps_the_template_valid() {
        TemplateDraft draft = TemplateDraft.of(TemplateReader.readJson(REFERENCES));
        QuestionDraft provisioning = draft.questions().get(1);

        QuestionDraft copy = draft.duplicate(provisioning);
        QuestionDraft second = draft.duplicate(provisioning);
        TemplateDraft.CapabilityDraft capability =
                draft.duplicate(draft.capabilities().getFirst());

        assertThat(draft.questions().stream().map(q -> q.key))
                .containsExactly(
                        "has-dir", "provisioning", "provisioning-copy-2", "provisioning-copy", "seats", "budget");
        assertThat(copy.options).hasSize(2).isNotSameAs(provisioning.options);
        assertThat(copy.showIf).isEqualTo(provisioning.showIf);
        assertThat(second.key).isEqualTo("provisioning-copy-2");
        assertThat(capability.key).isEqualTo("directory-copy");
        assertThat(capability.recommendations).hasSize(1);
        TemplateReader.readJson(TemplateWriter.write(draft.toTemplate()));
    }

    @Test
    void renaming_a_level_keeps_its_place_among_thresholds_and_level_texts() {
        TemplateDraft draft = TemplateDraft.of(TemplateReader.readJson(REFERENCES));

        rename(draft, "level", "standardized", "std");

        assertThat(draft.thresholds.keySet()).containsExactly("std", "rationalized", "dynamic");
        assertThat(draft.capabilities().getFirst().levels.keySet()).containsExactly("std", "rationalized");
    }

    @Test
    void renaming_to_a_key_another_question_has_leaves_references_alone_so_the_validator_names_them() {
        TemplateDraft draft = TemplateDraft.of(TemplateReader.readJson(REFERENCES));

        rename(draft, "question", "has-dir", "budget");

        assertThat(draft.questions().get(1).showIf)
                .isEqualTo(new io.stackup.core.template.Condition.AnyOf("has-dir", List.of("yes")));
        assertThatThrownBy(() -> TemplateReader.readJson(TemplateWriter.write(draft.toTemplate())))
                .isInstanceOf(TemplateValidationException.class)
                .satisfies(e -> assertThat(((TemplateValidationException) e).problems())
                        .anySatisfy(p -> assertThat(p.path())
                                .isEqualTo("$.questionnaire.sections[0].questions[1].showIf.question")));
    }

    @Test
    void renaming_one_of_two_questions_with_the_same_key_repoints_nothing() {
        TemplateDraft draft = TemplateDraft.of(TemplateReader.readJson(REFERENCES));
        QuestionDraft budget = draft.questions().get(3);
        budget.key = "has-dir";

        KeyRenames.question(draft, budget, "budget");

        assertThat(draft.questions().get(1).showIf)
                .isEqualTo(new io.stackup.core.template.Condition.AnyOf("has-dir", List.of("yes")));
        assertThat(draft.require.getFirst()).isEqualTo(new io.stackup.core.template.Condition.Answered("has-dir"));
    }

    @Test
    void a_question_moved_to_a_later_section_comes_first_there_and_to_an_earlier_one_last() {
        TemplateDraft draft = TemplateDraft.of(TemplateReader.readJson(REFERENCES));
        QuestionDraft budget = draft.questions().get(3);
        QuestionDraft provisioning = draft.questions().get(1);

        draft.moveQuestion(budget, draft.sections.getFirst());
        draft.moveQuestion(provisioning, draft.sections.getLast());

        assertThat(draft.questions().stream().map(q -> q.key))
                .containsExactly("has-dir", "budget", "provisioning", "seats");
        assertThat(TemplateReader.readJson(TemplateWriter.write(draft.toTemplate())))
                .isEqualTo(draft.toTemplate());
    }

    @Test
    void a_question_dropped_before_another_takes_its_place_in_the_same_or_another_section() {
        TemplateDraft draft = TemplateDraft.of(TemplateReader.readJson(REFERENCES));
        QuestionDraft budget = draft.questions().get(3);
        QuestionDraft seats = draft.questions().get(2);

        assertThat(draft.moveQuestion(budget, draft.sections.getLast(), 0)).isTrue();
        assertThat(draft.sections.getLast().questions).containsExactly(budget, seats);
        assertThat(draft.moveQuestion(budget, draft.sections.getLast(), 1)).isFalse();
        assertThat(draft.moveQuestion(seats, draft.sections.getFirst(), 1)).isTrue();

        assertThat(draft.questions().stream().map(q -> q.key))
                .containsExactly("has-dir", "seats", "provisioning", "budget");
    }

    @Test
    void a_capability_moved_to_another_area_keeps_its_key_and_everything_that_refers_to_it() {
        TemplateDraft draft = TemplateDraft.of(TemplateReader.readJson(REFERENCES));
        TemplateDraft.AreaDraft other = new TemplateDraft.AreaDraft();
        other.key = "ops";
        other.name = "Operations";
        TemplateDraft.CapabilityDraft monitoring = new TemplateDraft.CapabilityDraft();
        monitoring.key = "monitoring";
        monitoring.name = "Monitoring";
        other.capabilities.add(monitoring);
        draft.areas.add(other);
        TemplateDraft.CapabilityDraft directory =
                draft.areas.getFirst().capabilities.getFirst();

        assertThat(draft.moveCapability(directory, other, 1)).isTrue();

        assertThat(draft.areas.getFirst().capabilities).isEmpty();
        assertThat(other.capabilities).containsExactly(monitoring, directory);
        assertThat(draft.moveCapability(directory, other, 0)).isTrue();
        assertThat(other.capabilities).containsExactly(directory, monitoring);
        assertThat(draft.moveCapability(directory, other, 1)).isFalse();
        assertThat(draft.toTemplate().areas().get(1).capabilities().getFirst().recommendations())
                .hasSize(1);
    }

    @ParameterizedTest(name = "{1} before {2}")
    @CsvSource({"a b c d, 0, 2, b a c d", "a b c d, 3, 0, d a b c", "a b c d, 0, 4, b c d a", "a b c d, 1, 1, a b c d"})
    void an_element_moved_before_an_index_stands_where_that_element_stood(
            String list, int from, int before, String expected) {
        java.util.List<String> items = new java.util.ArrayList<>(List.of(list.split(" ")));

        boolean moved = EditorFields.moveBefore(items, items.get(from), before);

        assertThat(String.join(" ", items)).isEqualTo(expected);
        assertThat(moved).isEqualTo(!list.equals(expected));
    }

    @Test
    void moving_a_question_past_one_that_refers_to_it_is_named_by_the_validator() {
        TemplateDraft draft = TemplateDraft.of(TemplateReader.readJson(REFERENCES));

        draft.moveQuestion(draft.questions().getFirst(), draft.sections.getLast());

        assertThat(draft.questions().stream().map(q -> q.key))
                .containsExactly("provisioning", "has-dir", "seats", "budget");
        assertThatThrownBy(() -> TemplateReader.readJson(TemplateWriter.write(draft.toTemplate())))
                .isInstanceOf(TemplateValidationException.class)
                .satisfies(e -> assertThat(((TemplateValidationException) e).problems())
                        .extracting(p -> p.path())
                        .containsExactly("$.questionnaire.sections[0].questions[0].showIf.question"));
    }

    private static Followed rename(TemplateDraft d, String kind, String from, String to) {
        return switch (kind) {
            case "level" ->
                KeyRenames.level(
                        d,
                        d.levels.stream()
                                .filter(l -> l.key.equals(from))
                                .findFirst()
                                .orElseThrow(),
                        to);
            case "area" ->
                KeyRenames.area(
                        d,
                        d.areas.stream()
                                .filter(a -> a.key.equals(from))
                                .findFirst()
                                .orElseThrow(),
                        to);
            case "capability" ->
                KeyRenames.capability(
                        d,
                        d.capabilities().stream()
                                .filter(c -> c.key.equals(from))
                                .findFirst()
                                .orElseThrow(),
                        to);
            case "question" ->
                KeyRenames.question(
                        d,
                        d.questions().stream()
                                .filter(q -> q.key.equals(from))
                                .findFirst()
                                .orElseThrow(),
                        to);
            case "option" -> {
                QuestionDraft q = d.questions().stream()
                        .filter(x -> x.options.stream().anyMatch(o -> o.key.equals(from)))
                        .findFirst()
                        .orElseThrow();
                yield KeyRenames.option(
                        d,
                        q,
                        q.options.stream()
                                .filter(o -> o.key.equals(from))
                                .findFirst()
                                .orElseThrow(),
                        to);
            }
            case "recommendation" -> {
                d.capabilities().stream()
                        .flatMap(c -> c.recommendations.stream())
                        .filter(r -> r.key.equals(from))
                        .forEach(r -> r.key = to);
                yield Followed.NOTHING;
            }
            case "section" -> {
                d.sections.stream().filter(s -> s.key.equals(from)).forEach(s -> s.key = to);
                yield Followed.NOTHING;
            }
            default -> throw new IllegalArgumentException(kind);
        };
    }

    private static Template starter(String file) throws IOException {
        try (InputStream in = TemplateDraftTest.class.getResourceAsStream("/starters/" + file)) {
            return TemplateReader.read(in.readAllBytes(), TemplateReader.Syntax.YAML);
        }
    }
}
