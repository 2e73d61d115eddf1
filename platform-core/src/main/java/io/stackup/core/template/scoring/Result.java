package io.stackup.core.template.scoring;

import io.stackup.core.template.Effort;
import io.stackup.core.template.RecommendationKind;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a template and its answers mean, as docs/spec/api.md's "The result" defines it. Levels are level keys or
 * {@code null} (not assessed); scores are unrounded numbers in [0, 1].
 *
 * @param interview the interview's id, {@code null} for a preview
 * @param complete whether the interview is completed
 */
public record Result(
        @Nullable String interview,
        boolean complete,
        TemplateRef template,
        Standing overall,
        List<AreaResult> areas,
        List<CapabilityResult> capabilities,
        List<RoadmapStep> roadmap,
        QualificationResult qualification) {

    public Result {
        areas = List.copyOf(areas);
        capabilities = List.copyOf(capabilities);
        roadmap = List.copyOf(roadmap);
    }

    public record TemplateRef(String key, String version) {}

    /** A level and a score; both {@code null} when nothing is assessed. */
    public record Standing(@Nullable String level, @Nullable Double score) {}

    public record AreaResult(
            String key, @Nullable String level, @Nullable Double score) {}

    /**
     * One capability: level, score and gap are {@code null} when it is not assessed; the target is always there.
     *
     * @param evidence for every contributing question, in document order
     */
    public record CapabilityResult(
            String key,
            @Nullable String level,
            @Nullable Double score,
            String target,
            @Nullable Integer gap,
            List<Evidence> evidence) {

        public CapabilityResult {
            evidence = List.copyOf(evidence);
        }
    }

    /** What one question gave: a level (gated mode) or a ratio (weighted mode); the other is {@code null}. */
    public record Evidence(
            String question,
            @Nullable String level,
            @Nullable Double ratio) {}

    public record RoadmapStep(
            String capability, String recommendation, String toLevel, RecommendationKind kind, Effort effort) {}

    /**
     * The lead: its score, whether it qualifies, and the rules that held, in template order, each by its label
     * (a {@link String}) or, without one, by its zero-based index (an {@link Integer}).
     */
    public record QualificationResult(double score, boolean qualified, List<Object> rules) {
        public QualificationResult {
            rules = List.copyOf(rules);
        }
    }
}
