package io.stackup.core.template.scoring;

import static io.stackup.core.template.scoring.Answers.answers;
import static io.stackup.core.template.scoring.TestConditions.anyOf;
import static io.stackup.core.template.scoring.TestConditions.areaGap;
import static org.assertj.core.api.Assertions.assertThat;

import io.stackup.core.template.Effort;
import io.stackup.core.template.RecommendationKind;
import io.stackup.core.template.Template;
import io.stackup.core.template.scoring.Result.CapabilityResult;
import io.stackup.core.template.scoring.Result.Evidence;
import io.stackup.core.template.scoring.Result.RoadmapStep;
import io.stackup.core.template.scoring.TemplateBuilder.Q;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** docs/spec/template-format.md, "A small example", number for number. */
class WorkedExampleTest {

    static Template miniIo() {
        return TemplateBuilder.gated()
                .defaultTarget("rationalized")
                .area("iam")
                .capability("directory")
                .recommend("central-dir", "standardized", RecommendationKind.PRODUCT, Effort.M)
                .recommend("joiner-process", "standardized", RecommendationKind.PROCESS, Effort.S)
                .question(Q.yesNo("has-dir").of("directory").requires("standardized"))
                .question(Q.single("provisioning")
                        .of("directory")
                        .showIf(anyOf("has-dir", "yes"))
                        .option("manual", "standardized")
                        .option("scripted", "rationalized")
                        .option("automatic", "dynamic"))
                .question(Q.yesNo("budget"))
                .threshold(5)
                .rule(anyOf("budget", "yes"), 3, "budget")
                .rule(areaGap("iam", 1), 2, "IAM gap")
                .build();
    }

    @Test
    void no_directory_and_a_budget_give_basic_gap_two_and_a_qualified_lead() {
        Result result = new ScoringEngine()
                .score(
                        miniIo(),
                        answers()
                                .choice("has-dir", "no")
                                .choice("budget", "yes")
                                .map(),
                        Map.of(),
                        "interview-1",
                        true);

        assertThat(result.interview()).isEqualTo("interview-1");
        assertThat(result.complete()).isTrue();
        assertThat(result.template()).isEqualTo(new Result.TemplateRef("test", "1.0.0"));
        assertThat(result.overall()).isEqualTo(new Result.Standing("basic", 0.0));
        assertThat(result.areas()).containsExactly(new Result.AreaResult("iam", "basic", 0.0));
        assertThat(result.capabilities())
                .containsExactly(new CapabilityResult(
                        "directory",
                        "basic",
                        0.0,
                        "rationalized",
                        2,
                        java.util.List.of(new Evidence("has-dir", "basic", null))));
        assertThat(result.roadmap())
                .containsExactly(
                        new RoadmapStep(
                                "directory", "joiner-process", "standardized", RecommendationKind.PROCESS, Effort.S),
                        new RoadmapStep(
                                "directory", "central-dir", "standardized", RecommendationKind.PRODUCT, Effort.M));
        assertThat(result.qualification())
                .isEqualTo(new Result.QualificationResult(5, true, java.util.List.of("budget", "IAM gap")));
    }

    @Test
    void a_directory_with_scripted_provisioning_stands_at_rationalized_with_no_gap_and_no_roadmap() {
        Result result = Scores.score(
                miniIo(),
                answers()
                        .choice("has-dir", "yes")
                        .choice("provisioning", "scripted")
                        .choice("budget", "yes"));

        CapabilityResult directory = Scores.capability(result, "directory");
        assertThat(directory.level()).isEqualTo("rationalized");
        assertThat(directory.score()).isEqualTo(2.0 / 3);
        assertThat(directory.gap()).isZero();
        assertThat(directory.evidence())
                .containsExactly(
                        new Evidence("has-dir", "dynamic", null), new Evidence("provisioning", "rationalized", null));
        assertThat(result.roadmap()).isEmpty();
        assertThat(result.qualification())
                .isEqualTo(new Result.QualificationResult(3, false, java.util.List.of("budget")));
    }

    @Test
    void nothing_answered_leaves_everything_unassessed_and_the_lead_unqualified() {
        Result result = Scores.score(miniIo(), answers());

        assertThat(result.overall()).isEqualTo(new Result.Standing(null, null));
        assertThat(result.areas()).containsExactly(new Result.AreaResult("iam", null, null));
        assertThat(result.capabilities())
                .containsExactly(
                        new CapabilityResult("directory", null, null, "rationalized", null, java.util.List.of()));
        assertThat(result.roadmap()).isEmpty();
        assertThat(result.qualification()).isEqualTo(new Result.QualificationResult(0, false, java.util.List.of()));
    }
}
