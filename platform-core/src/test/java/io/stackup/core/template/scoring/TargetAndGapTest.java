package io.stackup.core.template.scoring;

import static io.stackup.core.template.scoring.Answers.answers;
import static io.stackup.core.template.scoring.Scores.capability;
import static org.assertj.core.api.Assertions.assertThat;

import io.stackup.core.template.Template;
import io.stackup.core.template.scoring.TemplateBuilder.Q;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Target: override, else the capability's, else defaultTarget, else the highest level. Gap: never negative. */
class TargetAndGapTest {

    private static TemplateBuilder base() {
        return TemplateBuilder.gated()
                .capability("own")
                .target("standardized")
                .capability("plain")
                .question(Q.yesNo("q-own").of("own"))
                .question(Q.yesNo("q-plain").of("plain"));
    }

    private static Result score(Template t, Map<String, String> overrides) {
        return Scores.score(t, answers().choice("q-own", "no").choice("q-plain", "no"), overrides);
    }

    @Test
    void without_default_target_the_highest_level_is_the_target() {
        Result r = score(base().build(), Map.of());

        assertThat(capability(r, "plain").target()).isEqualTo("dynamic");
        assertThat(capability(r, "plain").gap()).isEqualTo(3);
        assertThat(capability(r, "own").target()).isEqualTo("standardized");
        assertThat(capability(r, "own").gap()).isEqualTo(1);
    }

    @Test
    void default_target_applies_to_capabilities_without_their_own() {
        Result r = score(base().defaultTarget("rationalized").build(), Map.of());

        assertThat(capability(r, "plain").target()).isEqualTo("rationalized");
        assertThat(capability(r, "own").target()).isEqualTo("standardized");
    }

    @Test
    void the_interviews_override_wins() {
        Result r = score(base().defaultTarget("rationalized").build(), Map.of("own", "dynamic", "plain", "basic"));

        assertThat(capability(r, "own").target()).isEqualTo("dynamic");
        assertThat(capability(r, "own").gap()).isEqualTo(3);
        assertThat(capability(r, "plain").target()).isEqualTo("basic");
        assertThat(capability(r, "plain").gap()).isZero();
    }

    @Test
    void a_level_above_the_target_gives_gap_zero() {
        Result r = Scores.score(base().build(), answers().choice("q-own", "yes"));

        assertThat(capability(r, "own").level()).isEqualTo("dynamic");
        assertThat(capability(r, "own").gap()).isZero();
    }

    @Test
    void an_unassessed_capability_has_a_target_but_no_gap() {
        Result r = Scores.score(base().build(), answers());

        assertThat(capability(r, "own").target()).isEqualTo("standardized");
        assertThat(capability(r, "own").gap()).isNull();
    }
}
