package io.stackup.core.report;

import io.stackup.core.interview.InterviewId;
import io.stackup.core.interview.InterviewStatus;
import io.stackup.core.template.Effort;
import io.stackup.core.template.RecommendationKind;
import io.stackup.core.template.ScoringMode;
import io.stackup.core.template.scoring.Result;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Everything a person reads of an interview's result, for the result screen and the customer PDF alike: names instead
 * of keys, answers as words, the roadmap in steps. Made by {@link ResultReports} from the {@link Result} it carries and
 * the interview's template; every level, score, gap, roadmap entry and rule is the result's own (nothing is scored
 * again). Lists are in document order (areas, capabilities, evidence) or roadmap order, never null.
 *
 * @param interviewerName the interviewer's display name; {@code null} for a self-assessment
 * @param interviewerEmail the interviewer's e-mail address; {@code null} for a self-assessment
 * @param completedAt {@code null} while the interview runs (the result is then a preview: {@code complete} false)
 * @param levels the scale, lowest first
 * @param roadmap the result's roadmap grouped by step, nearest step first
 * @param offerings the partner's offerings the roadmap names, in the order they first appear in it
 * @param answers every question an interviewer's screen shows with these answers that has an answer (or, when the
 *     report carries notes, a note alone), in document order, for a report's appendix: unlike the evidence, this holds
 *     the questions that score nothing (budget, context) too, and leaves out the answers of questions now hidden
 * @param notes whether the evidence carries the interviewer's notes
 * @param result the result this report shows, as the API writes it
 */
public record ResultReport(
        String tenantName,
        String prospectName,
        InterviewId interview,
        InterviewStatus status,
        boolean complete,
        @Nullable Instant completedAt,
        @Nullable String interviewerName,
        @Nullable String interviewerEmail,
        TemplateInfo template,
        List<ScaleLevel> levels,
        Standing overall,
        List<AreaReport> areas,
        List<RoadmapStep> roadmap,
        List<OfferingSummary> offerings,
        List<AnsweredQuestion> answers,
        QualificationReport qualification,
        Notes notes,
        Result result) {

    public ResultReport {
        levels = List.copyOf(levels);
        areas = List.copyOf(areas);
        roadmap = List.copyOf(roadmap);
        offerings = List.copyOf(offerings);
        answers = List.copyOf(answers);
    }

    /** Whether a report carries the interviewer's notes: a customer's copy or a public page leaves them out. */
    public enum Notes {
        INCLUDED,
        OMITTED
    }

    /** The published template version the interview is pinned to. */
    public record TemplateInfo(String key, String name, String version, String language, ScoringMode mode) {}

    /**
     * One level of the scale.
     *
     * @param index 0 for the lowest
     * @param from the lowest score that stands at this level: {@code index / (n - 1)} in gated mode, the level's
     *     threshold in weighted mode (0 for the lowest level); where a chart draws the level's ring
     */
    public record ScaleLevel(
            String key, String name, @Nullable String description, int index, double from) {}

    /** A level and a score in [0, 1]; both {@code null} when nothing is assessed. */
    public record Standing(
            @Nullable ScaleLevel level, @Nullable Double score) {}

    /**
     * One area.
     *
     * @param level the result's area level, {@code null} when none of its capabilities is assessed
     * @param score the result's area score, {@code null} likewise
     * @param targetScore where the area would stand at its targets: the capability-weighted mean of
     *     {@link ScaleLevel#from()} of each assessed capability's target; {@code null} when none is assessed
     */
    public record AreaReport(
            String key,
            String name,
            @Nullable String description,
            @Nullable ScaleLevel level,
            @Nullable Double score,
            @Nullable Double targetScore,
            List<CapabilityReport> capabilities) {

        public AreaReport {
            capabilities = List.copyOf(capabilities);
        }
    }

    /**
     * One capability; level, score and gap are {@code null} when it is not assessed, the target is always there.
     *
     * @param levelDescription what the current level looks like for this capability, where the template says so
     * @param targetDescription what the target level looks like for this capability, where the template says so
     * @param evidence for every question that contributed, in document order
     */
    public record CapabilityReport(
            String key,
            String name,
            @Nullable String description,
            double weight,
            @Nullable ScaleLevel level,
            @Nullable Double score,
            ScaleLevel target,
            @Nullable Integer gap,
            @Nullable String levelDescription,
            @Nullable String targetDescription,
            List<Evidence> evidence) {

        public CapabilityReport {
            evidence = List.copyOf(evidence);
        }
    }

    /**
     * What one question gave.
     *
     * @param questionText the question as asked
     * @param answer the answer as words: the chosen options' labels (in the question's order, joined by ", "; "None
     *     of these" for an empty choice), a number with its unit, or the text
     * @param level what it gave in gated mode, else {@code null}
     * @param ratio what it gave in weighted mode, in [0, 1], else {@code null}
     * @param note the interviewer's note; always {@code null} when the report omits notes
     */
    public record Evidence(
            String question,
            String questionText,
            String answer,
            @Nullable ScaleLevel level,
            @Nullable Double ratio,
            @Nullable String note) {}

    /**
     * One question as answered, for an appendix of every answer.
     *
     * @param section the title of the questionnaire section it is in
     * @param answer the answer as words, as {@link Evidence#answer()}; empty for a note without an answer
     * @param note the interviewer's note; always {@code null} when the report omits notes
     */
    public record AnsweredQuestion(
            String section,
            String question,
            String questionText,
            String answer,
            @Nullable String note) {}

    /**
     * The roadmap entries one step away from where their capabilities stand.
     *
     * @param step {@code index(toLevel) - index(capability level)}: 1 is the next level up
     * @param items in roadmap order, so no-spend process changes come first
     */
    public record RoadmapStep(int step, List<RoadmapItem> items) {

        public RoadmapStep {
            items = List.copyOf(items);
        }
    }

    /**
     * One recommendation on the roadmap.
     *
     * @param offering the partner's service or product that delivers it, if the template names one
     * @param noSpend whether it is a change of how the customer works ({@code kind == process})
     */
    public record RoadmapItem(
            String capability,
            String capabilityName,
            String recommendation,
            String title,
            @Nullable String description,
            RecommendationKind kind,
            Effort effort,
            @Nullable String offering,
            ScaleLevel toLevel,
            boolean noSpend) {}

    /** A capability by key and name. */
    public record CapabilityRef(String key, String name) {}

    /**
     * One of the partner's offerings and what on the roadmap it delivers.
     *
     * @param capabilities the capabilities it serves, in the order they first appear on the roadmap
     * @param items its roadmap entries, in roadmap order
     */
    public record OfferingSummary(String offering, List<CapabilityRef> capabilities, List<RoadmapItem> items) {

        public OfferingSummary {
            capabilities = List.copyOf(capabilities);
            items = List.copyOf(items);
        }
    }

    /**
     * The lead qualification of the result.
     *
     * @param threshold the template's threshold; {@code null} when the template has no qualification (every completed
     *     interview qualifies with score 0)
     * @param rules the rules that held, in template order
     */
    public record QualificationReport(
            double score, @Nullable Double threshold, boolean qualified, List<RuleHeld> rules) {

        public QualificationReport {
            rules = List.copyOf(rules);
        }
    }

    /**
     * A qualification rule that held.
     *
     * @param index its zero-based index among the template's rules
     * @param label its label, {@code null} for a rule without one
     */
    public record RuleHeld(int index, @Nullable String label, double points) {}
}
