package io.stackup.core.template.scoring;

import static io.stackup.core.template.Effort.L;
import static io.stackup.core.template.Effort.M;
import static io.stackup.core.template.Effort.S;
import static io.stackup.core.template.RecommendationKind.PROCESS;
import static io.stackup.core.template.RecommendationKind.PRODUCT;
import static io.stackup.core.template.RecommendationKind.SERVICE;
import static io.stackup.core.template.scoring.Answers.answers;
import static org.assertj.core.api.Assertions.assertThat;

import io.stackup.core.template.Template;
import io.stackup.core.template.scoring.TemplateBuilder.Q;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which recommendations make the roadmap, and in which order. */
class RoadmapTest {

    private static List<String> roadmap(Template t, Answers answers) {
        return roadmap(t, answers, Map.of());
    }

    private static List<String> roadmap(Template t, Answers answers, Map<String, String> targets) {
        return Scores.score(t, answers, targets).roadmap().stream()
                .map(s -> s.capability() + "/" + s.recommendation())
                .toList();
    }

    /** A capability scored by a single question "q-key" whose options are the level keys. */
    private static TemplateBuilder levelQuestion(TemplateBuilder b, String capability) {
        return b.question(Q.single("q-" + capability)
                .of(capability)
                .option("basic", "basic")
                .option("standardized", "standardized")
                .option("rationalized", "rationalized")
                .option("dynamic", "dynamic"));
    }

    @Test
    void only_steps_above_the_level_and_up_to_the_target_of_assessed_capabilities() {
        TemplateBuilder b = TemplateBuilder.gated()
                .capability("cap")
                .target("rationalized")
                .recommend("to-std", "standardized", PROCESS, S)
                .recommend("to-rat", "rationalized", PROCESS, S)
                .recommend("to-dyn", "dynamic", PROCESS, S)
                .capability("unassessed")
                .recommend("never", "standardized", PROCESS, S);
        Template t = levelQuestion(b, "cap").build();

        assertThat(roadmap(t, answers().choice("q-cap", "basic"))).containsExactly("cap/to-std", "cap/to-rat");
        assertThat(roadmap(t, answers().choice("q-cap", "standardized"))).containsExactly("cap/to-rat");
        assertThat(roadmap(t, answers().choice("q-cap", "rationalized"))).isEmpty();
        assertThat(roadmap(t, answers().choice("q-cap", "dynamic"))).isEmpty();
    }

    @Test
    void the_interviews_target_override_decides_how_far_the_roadmap_goes() {
        TemplateBuilder b = TemplateBuilder.gated()
                .capability("cap")
                .target("standardized")
                .recommend("to-std", "standardized", PROCESS, S)
                .recommend("to-dyn", "dynamic", PROCESS, S);
        Template t = levelQuestion(b, "cap").build();

        assertThat(roadmap(t, answers().choice("q-cap", "basic"))).containsExactly("cap/to-std");
        assertThat(roadmap(t, answers().choice("q-cap", "basic"), Map.of("cap", "dynamic")))
                .containsExactly("cap/to-std", "cap/to-dyn");
    }

    @Test
    void the_next_step_comes_first_across_capabilities() {
        TemplateBuilder b = TemplateBuilder.gated()
                .capability("far")
                .recommend("far-rat", "rationalized", PROCESS, S)
                .capability("near")
                .recommend("near-rat", "rationalized", PRODUCT, L);
        Template t = levelQuestion(levelQuestion(b, "far"), "near").build();

        assertThat(roadmap(t, answers().choice("q-far", "basic").choice("q-near", "standardized")))
                .containsExactly("near/near-rat", "far/far-rat");
    }

    @Test
    void on_the_same_step_process_comes_before_service_before_product() {
        TemplateBuilder b = TemplateBuilder.gated()
                .capability("cap")
                .recommend("product", "standardized", PRODUCT, S)
                .recommend("service", "standardized", SERVICE, S)
                .recommend("process", "standardized", PROCESS, L);
        Template t = levelQuestion(b, "cap").build();

        assertThat(roadmap(t, answers().choice("q-cap", "basic")))
                .containsExactly("cap/process", "cap/service", "cap/product");
    }

    @Test
    void on_the_same_step_and_kind_small_effort_comes_first() {
        TemplateBuilder b = TemplateBuilder.gated()
                .capability("cap")
                .recommend("large", "standardized", SERVICE, L)
                .recommend("medium", "standardized", SERVICE, M)
                .recommend("small", "standardized", SERVICE, S);
        Template t = levelQuestion(b, "cap").build();

        assertThat(roadmap(t, answers().choice("q-cap", "basic")))
                .containsExactly("cap/small", "cap/medium", "cap/large");
    }

    @Test
    void full_ties_keep_document_order_of_area_capability_and_recommendation() {
        TemplateBuilder b = TemplateBuilder.gated()
                .area("first")
                .capability("c1")
                .recommend("r1", "standardized", SERVICE, M)
                .recommend("r2", "standardized", SERVICE, M)
                .capability("c2")
                .recommend("r1", "standardized", SERVICE, M)
                .area("second")
                .capability("c3")
                .recommend("r0", "standardized", SERVICE, M);
        // questions in reverse order: document order of the catalog counts, not of the questionnaire
        Template t =
                levelQuestion(levelQuestion(levelQuestion(b, "c3"), "c2"), "c1").build();

        assertThat(roadmap(
                        t,
                        answers()
                                .choice("q-c1", "basic")
                                .choice("q-c2", "basic")
                                .choice("q-c3", "basic")))
                .containsExactly("c1/r1", "c1/r2", "c2/r1", "c3/r0");
    }

    @Test
    void distance_outranks_kind_and_kind_outranks_effort() {
        TemplateBuilder b = TemplateBuilder.gated()
                .capability("cap")
                .recommend("two-steps-process", "rationalized", PROCESS, S)
                .recommend("next-product-small", "standardized", PRODUCT, S)
                .recommend("next-service-large", "standardized", SERVICE, L);
        Template t = levelQuestion(b, "cap").build();

        assertThat(roadmap(t, answers().choice("q-cap", "basic")))
                .containsExactly("cap/next-service-large", "cap/next-product-small", "cap/two-steps-process");
    }
}
