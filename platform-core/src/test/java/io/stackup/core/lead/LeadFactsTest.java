package io.stackup.core.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.stackup.core.template.Template;
import io.stackup.core.template.scoring.Result;
import io.stackup.core.template.scoring.ScoringEngine;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a lead takes of a result: gaps summed by area, offerings once each in roadmap order, the rules that held. */
class LeadFactsTest {

    private final Template template = LeadTemplates.leadIo();
    private final ScoringEngine engine = new ScoringEngine();

    @Test
    void gaps_are_summed_by_area_in_template_order_and_offerings_are_distinct_in_roadmap_order() {
        Result result = engine.score(template, LeadTemplates.allGaps(), Map.of(), "i", true);

        LeadFacts facts = LeadFacts.of(result, template);

        assertThat(facts.status()).isEqualTo(LeadStatus.QUALIFIED);
        assertThat(facts.qualified()).isTrue();
        assertThat(facts.score()).isEqualTo(6.0);
        assertThat(facts.rules()).containsExactly("budget", 1, "backup gap");
        assertThat(facts.areaGaps()).containsExactly(new AreaGap("iam", 4), new AreaGap("backup", 2));
        assertThat(result.roadmap())
                .extracting(Result.RoadmapStep::recommendation)
                .as("nearest step first, then process, service, product, then effort")
                .containsExactly("joiner-process", "mfa-rollout", "baas", "central-dir", "automation");
        assertThat(facts.offerings())
                .as("mfa-rollout names Directory Rollout first; central-dir names it again")
                .containsExactly("Directory Rollout", "Backup as a Service", "Identity Automation");
    }

    @Test
    void an_area_without_a_gap_is_left_out_and_a_roadmap_without_offerings_implies_none() {
        LeadFacts backup =
                LeadFacts.of(engine.score(template, LeadTemplates.backupGap(), Map.of(), "i", true), template);
        assertThat(backup.areaGaps()).containsExactly(new AreaGap("backup", 2));
        assertThat(backup.offerings()).containsExactly("Backup as a Service");

        LeadFacts none = LeadFacts.of(
                engine.score(template, LeadTemplates.answers("yes", "yes", "yes", "yes"), Map.of(), "i", true),
                template);
        assertThat(none.areaGaps()).isEmpty();
        assertThat(none.offerings()).isEmpty();
        assertThat(none.rules()).containsExactly("budget");
    }

    @Test
    void a_result_that_fails_a_requirement_makes_a_disqualified_lead_with_its_score() {
        LeadFacts facts = LeadFacts.of(engine.score(template, LeadTemplates.noBudget(), Map.of(), "i", true), template);

        assertThat(facts.status()).isEqualTo(LeadStatus.DISQUALIFIED);
        assertThat(facts.qualified()).isFalse();
        assertThat(facts.score()).isEqualTo(3.0);
        assertThat(facts.rules()).containsExactly(1, "backup gap");
    }

    @Test
    void a_result_of_another_template_is_refused() {
        Result result = engine.score(template, LeadTemplates.allGaps(), Map.of(), "i", true);
        Result foreign = new Result(
                "i",
                true,
                result.template(),
                result.overall(),
                result.areas(),
                result.capabilities(),
                List.of(new Result.RoadmapStep(
                        "nope",
                        "x",
                        "standardized",
                        result.roadmap().getFirst().kind(),
                        result.roadmap().getFirst().effort())),
                result.qualification());

        assertThatIllegalArgumentException()
                .isThrownBy(() -> LeadFacts.of(foreign, template))
                .withMessageContaining("'nope'");
    }
}
