package io.stackup.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.groups.Tuple.tuple;

import io.stackup.core.report.ResultReport.AnsweredQuestion;
import io.stackup.core.report.ResultReport.AreaReport;
import io.stackup.core.report.ResultReport.CapabilityRef;
import io.stackup.core.report.ResultReport.CapabilityReport;
import io.stackup.core.report.ResultReport.Evidence;
import io.stackup.core.report.ResultReport.Notes;
import io.stackup.core.report.ResultReport.OfferingSummary;
import io.stackup.core.report.ResultReport.RoadmapItem;
import io.stackup.core.report.ResultReport.RoadmapStep;
import io.stackup.core.report.ResultReport.RuleHeld;
import io.stackup.core.report.ResultReport.ScaleLevel;
import io.stackup.core.template.Answer;
import io.stackup.core.template.Effort;
import io.stackup.core.template.RecommendationKind;
import io.stackup.core.template.ScoringMode;
import io.stackup.core.template.Template;
import io.stackup.core.template.scoring.Result;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The report of a result: names, answers as words, the roadmap in steps, offerings, and the result's own numbers. */
class ResultReportTest {

    @Nested
    class TheSpecsSmallExample {

        final Template template = Reports.miniIo();
        final Map<String, Answer> answers = Map.of(
                "has-dir", new Answer.Choice("no", "only local accounts"),
                "provisioning", new Answer.Choice("manual", "hidden, so it counts nowhere"),
                "budget", new Answer.Choice("yes", null));
        final ResultReport report = Reports.report(template, answers, Map.of(), Notes.INCLUDED);

        @Test
        void says_who_what_and_when_by_name() {
            assertThat(report.tenantName()).isEqualTo("Partner GmbH");
            assertThat(report.prospectName()).isEqualTo("Acme <Retail> & Co");
            assertThat(report.interviewerName()).isEqualTo("Ivan");
            assertThat(report.interviewerEmail()).isEqualTo("ivan@example.test");
            assertThat(report.completedAt()).isEqualTo(Reports.COMPLETED);
            assertThat(report.complete()).isTrue();
            assertThat(report.template())
                    .isEqualTo(new ResultReport.TemplateInfo("mini-io", "Mini IO", "1.0.0", "en", ScoringMode.GATED));
            assertThat(report.levels())
                    .extracting(ScaleLevel::key, ScaleLevel::name, ScaleLevel::index, ScaleLevel::from)
                    .containsExactly(
                            tuple("basic", "Basic", 0, 0.0),
                            tuple("standardized", "Standardized", 1, 1.0 / 3),
                            tuple("rationalized", "Rationalized", 2, 2.0 / 3),
                            tuple("dynamic", "Dynamic", 3, 1.0));
        }

        @Test
        void directory_stands_at_basic_two_below_its_target_with_the_areas_target_score_for_the_radar() {
            assertThat(report.overall().level().name()).isEqualTo("Basic");
            assertThat(report.overall().score()).isEqualTo(0.0);
            AreaReport iam = report.areas().getFirst();
            assertThat(iam.name()).isEqualTo("Identity and Access");
            assertThat(iam.level().key()).isEqualTo("basic");
            assertThat(iam.score()).isEqualTo(0.0);
            assertThat(iam.targetScore()).isEqualTo(2.0 / 3);
            CapabilityReport directory = iam.capabilities().getFirst();
            assertThat(directory.name()).isEqualTo("Directory services");
            assertThat(directory.level().key()).isEqualTo("basic");
            assertThat(directory.target().name()).isEqualTo("Rationalized");
            assertThat(directory.gap()).isEqualTo(2);
            assertThat(directory.weight()).isEqualTo(1.0);
            assertThat(directory.levelDescription()).isNull();
        }

        @Test
        void evidence_shows_the_question_the_answer_in_words_the_level_and_the_note() {
            assertThat(report.areas().getFirst().capabilities().getFirst().evidence())
                    .as("provisioning is hidden by has-dir = no")
                    .containsExactly(new Evidence(
                            "has-dir",
                            "Do you have a directory service that authenticates your users?",
                            "No",
                            report.levels().getFirst(),
                            null,
                            "only local accounts"));
        }

        @Test
        void the_answers_hold_every_visible_answered_question_scoring_or_not_but_not_the_hidden_one() {
            assertThat(report.answers())
                    .containsExactly(
                            new AnsweredQuestion(
                                    "Identity",
                                    "has-dir",
                                    "Do you have a directory service that authenticates your users?",
                                    "No",
                                    "only local accounts"),
                            new AnsweredQuestion(
                                    "Identity",
                                    "budget",
                                    "Is there budget for this in the next 12 months?",
                                    "Yes",
                                    null));
        }

        @Test
        void a_note_alone_is_an_answer_of_the_appendix_only_when_notes_are_included() {
            Map<String, Answer> noted = new LinkedHashMap<>(answers);
            noted.put("budget", new Answer.NoteOnly("ask the CFO"));
            assertThat(Reports.report(template, noted, Map.of(), Notes.INCLUDED).answers())
                    .extracting(AnsweredQuestion::question, AnsweredQuestion::answer, AnsweredQuestion::note)
                    .containsExactly(tuple("has-dir", "No", "only local accounts"), tuple("budget", "", "ask the CFO"));
            assertThat(Reports.report(template, noted, Map.of(), Notes.OMITTED).answers())
                    .extracting(AnsweredQuestion::question, AnsweredQuestion::note)
                    .containsExactly(tuple("has-dir", null));
        }

        @Test
        void a_report_without_notes_has_none() {
            ResultReport customers = Reports.report(template, answers, Map.of(), Notes.OMITTED);
            assertThat(customers.notes()).isEqualTo(Notes.OMITTED);
            assertThat(customers.areas().getFirst().capabilities().getFirst().evidence())
                    .extracting(Evidence::note)
                    .containsOnlyNulls();
        }

        @Test
        void the_roadmap_is_one_step_with_the_no_spend_process_first() {
            assertThat(report.roadmap()).singleElement().satisfies(step -> {
                assertThat(step.step()).isEqualTo(1);
                assertThat(step.items())
                        .extracting(
                                RoadmapItem::recommendation,
                                RoadmapItem::title,
                                RoadmapItem::kind,
                                RoadmapItem::effort,
                                RoadmapItem::noSpend,
                                RoadmapItem::capabilityName)
                        .containsExactly(
                                tuple(
                                        "joiner-process",
                                        "Written joiner/leaver process",
                                        RecommendationKind.PROCESS,
                                        Effort.S,
                                        true,
                                        "Directory services"),
                                tuple(
                                        "central-dir",
                                        "One directory for authentication",
                                        RecommendationKind.PRODUCT,
                                        Effort.M,
                                        false,
                                        "Directory services"));
                assertThat(step.items()).extracting(i -> i.toLevel().name()).containsOnly("Standardized");
            });
            assertThat(report.offerings()).as("the example names no offering").isEmpty();
        }

        @Test
        void the_lead_scores_five_with_both_rules_and_qualifies() {
            assertThat(report.qualification().score()).isEqualTo(5.0);
            assertThat(report.qualification().threshold()).isEqualTo(5.0);
            assertThat(report.qualification().qualified()).isTrue();
            assertThat(report.qualification().rules())
                    .containsExactly(new RuleHeld(0, "budget", 3), new RuleHeld(1, "IAM gap", 2));
        }

        @Test
        void a_higher_target_is_a_further_step_and_raises_the_target_score() {
            ResultReport dynamic = Reports.report(template, answers, Map.of("directory", "dynamic"), Notes.INCLUDED);
            assertThat(dynamic.areas().getFirst().targetScore()).isEqualTo(1.0);
            assertThat(dynamic.areas().getFirst().capabilities().getFirst().gap())
                    .isEqualTo(3);
            assertThat(dynamic.roadmap()).extracting(RoadmapStep::step).containsExactly(1);
        }
    }

    @Nested
    class AWeightedTemplate {

        final Template template = Reports.weighted();
        final ResultReport report = Reports.report(template, answers(), Map.of(), Notes.INCLUDED);

        static Map<String, Answer> answers() {
            Map<String, Answer> answers = new LinkedHashMap<>();
            answers.put("q-backup", new Answer.Choice("weekly", "only on Fridays"));
            answers.put("q-restore", new Answer.Number(2, null));
            answers.put("q-mon", new Answer.Choices(List.of("disk", "cpu"), null));
            answers.put("q-notes", new Answer.Text("we use tapes", null));
            return answers;
        }

        @Test
        void levels_start_at_their_thresholds() {
            assertThat(report.levels()).extracting(ScaleLevel::from).containsExactly(0.0, 0.5, 0.9);
            assertThat(report.levels().get(1).description()).isEqualTo("Half way");
            assertThat(report.template().mode()).isEqualTo(ScoringMode.WEIGHTED);
        }

        @Test
        void every_number_is_the_results_own() {
            Result result = report.result();
            assertThat(report.overall().score()).isEqualTo(result.overall().score());
            assertThat(report.overall().level().key())
                    .isEqualTo(result.overall().level());
            for (int a = 0; a < report.areas().size(); a++) {
                AreaReport area = report.areas().get(a);
                assertThat(area.key()).isEqualTo(result.areas().get(a).key());
                assertThat(area.score()).isEqualTo(result.areas().get(a).score());
            }
            List<CapabilityReport> capabilities = report.areas().stream()
                    .flatMap(a -> a.capabilities().stream())
                    .toList();
            assertThat(capabilities)
                    .extracting(
                            CapabilityReport::key,
                            CapabilityReport::score,
                            CapabilityReport::gap,
                            c -> c.target().key())
                    .containsExactlyElementsOf(result.capabilities().stream()
                            .map(c -> tuple(c.key(), c.score(), c.gap(), c.target()))
                            .toList());
            assertThat(report.roadmap().stream().flatMap(s -> s.items().stream()))
                    .extracting(RoadmapItem::capability, RoadmapItem::recommendation)
                    .containsExactlyElementsOf(result.roadmap().stream()
                            .map(s -> tuple(s.capability(), s.recommendation()))
                            .toList());
        }

        @Test
        void areas_and_capabilities_stand_where_the_weights_put_them() {
            AreaReport ops = report.areas().getFirst();
            assertThat(ops.score()).isCloseTo((3 * 0.5 + 0.4) / 4, within(1e-12));
            assertThat(ops.level().key()).isEqualTo("low");
            assertThat(ops.targetScore()).isCloseTo(0.9, within(1e-12));
            CapabilityReport backup = ops.capabilities().getFirst();
            assertThat(backup.weight()).isEqualTo(3.0);
            assertThat(backup.level().key()).isEqualTo("mid");
            assertThat(backup.levelDescription()).isEqualTo("Weekly copies");
            assertThat(backup.targetDescription()).isEqualTo("Tested restores");
            AreaReport sec = report.areas().get(1);
            assertThat(sec.level()).isNull();
            assertThat(sec.score()).isNull();
            assertThat(sec.targetScore()).as("nothing assessed").isNull();
            CapabilityReport patching = sec.capabilities().getFirst();
            assertThat(patching.level()).isNull();
            assertThat(patching.gap()).isNull();
            assertThat(patching.target().key()).isEqualTo("high");
            assertThat(patching.evidence()).isEmpty();
        }

        @Test
        void answers_read_as_words_with_their_ratios() {
            List<Evidence> backup =
                    report.areas().getFirst().capabilities().get(0).evidence();
            assertThat(backup)
                    .extracting(Evidence::question, Evidence::answer, Evidence::ratio, Evidence::level, Evidence::note)
                    .containsExactly(
                            tuple("q-backup", "Weekly", 0.5, null, "only on Fridays"),
                            tuple("q-restore", "2 restores a year", 0.5, null, null));
            assertThat(report.areas().getFirst().capabilities().get(1).evidence())
                    .extracting(Evidence::answer, Evidence::ratio)
                    .as("labels in the question's order")
                    .containsExactly(tuple("CPU, Disk", 0.4));
        }

        @Test
        void the_roadmap_groups_steps_with_no_spend_first_and_names_the_offerings_it_implies() {
            assertThat(report.roadmap()).extracting(RoadmapStep::step).containsExactly(1, 2);
            assertThat(report.roadmap().get(0).items())
                    .extracting(RoadmapItem::recommendation, RoadmapItem::noSpend)
                    .containsExactly(tuple("r1", true), tuple("r3", false), tuple("m1", false), tuple("r2", false));
            assertThat(report.roadmap().get(0).items().getFirst().description())
                    .isEqualTo("Pick one system a quarter.");
            assertThat(report.roadmap().get(1).items())
                    .extracting(
                            RoadmapItem::recommendation,
                            RoadmapItem::capabilityName,
                            i -> i.toLevel().key())
                    .containsExactly(tuple("m2", "Monitoring", "high"));
            assertThat(report.offerings())
                    .extracting(
                            OfferingSummary::offering,
                            OfferingSummary::capabilities,
                            o -> o.items().stream()
                                    .map(RoadmapItem::recommendation)
                                    .toList())
                    .containsExactly(
                            tuple(
                                    "Backup Review",
                                    List.of(
                                            new CapabilityRef("backup", "Backup"),
                                            new CapabilityRef("monitoring", "Monitoring")),
                                    List.of("r1", "r3", "m2")),
                            tuple(
                                    "Managed Monitoring",
                                    List.of(new CapabilityRef("monitoring", "Monitoring")),
                                    List.of("m1")),
                            tuple("Managed Backup", List.of(new CapabilityRef("backup", "Backup")), List.of("r2")));
        }

        @Test
        void rules_without_a_label_are_named_by_index() {
            assertThat(report.qualification().rules())
                    .containsExactly(new RuleHeld(0, "gap", 2), new RuleHeld(1, null, 0));
            assertThat(report.qualification().qualified()).isTrue();
        }
    }

    @Test
    void numbers_are_written_without_needless_fractions() {
        assertThat(ReportBuilder.number(250)).isEqualTo("250");
        assertThat(ReportBuilder.number(2.5)).isEqualTo("2.5");
        assertThat(ReportBuilder.number(-0.0)).isEqualTo("0");
        assertThat(ReportBuilder.number(1e20)).isEqualTo("1.0E20");
    }

    @Test
    void an_empty_choice_reads_as_none_of_these() {
        Template template = Reports.weighted();
        Map<String, Answer> answers = AWeightedTemplate.answers();
        answers.put("q-mon", new Answer.Choices(List.of(), null));
        ResultReport report = Reports.report(template, answers, Map.of(), Notes.INCLUDED);
        assertThat(report.areas().getFirst().capabilities().get(1).evidence())
                .extracting(Evidence::answer)
                .containsExactly(ReportBuilder.NONE_CHOSEN);
    }
}
