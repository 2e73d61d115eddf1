package io.stackup.core.template.scoring;

import io.stackup.core.template.Answer;
import io.stackup.core.template.Area;
import io.stackup.core.template.Capability;
import io.stackup.core.template.Condition;
import io.stackup.core.template.Level;
import io.stackup.core.template.Question;
import io.stackup.core.template.Scale;
import io.stackup.core.template.Scoring;
import io.stackup.core.template.Template;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A template compiled for scoring: every key resolved to an index, option sets as bit masks, conditions as trees of
 * indexes, the roadmap pre-sorted by its answer-independent keys. Built once per template by
 * {@link ScoringEngine#prepare(Template)}; immutable and safe to share between threads. A run allocates arrays in
 * the size of the template plus the result itself.
 */
public final class PreparedTemplate {

    private final Template template;
    private final String[] levelKeys;
    private final CompiledQuestion[] questions;
    private final Map<String, Integer> questionIndex;
    private final CompiledCapability[] capabilities;
    private final Map<String, Integer> capabilityIndex;
    private final String[] areaKeys;
    /** Area {@code a} holds capabilities {@code areaStart[a]} (inclusive) to {@code areaStart[a + 1]} (exclusive). */
    private final int[] areaStart;

    private final ModeScorer scorer;
    private final Roadmap roadmap;
    private final Qualifier qualifier;

    PreparedTemplate(Template template) {
        this.template = template;
        Scale scale = template.scale();
        levelKeys = scale.levels().stream().map(Level::key).toArray(String[]::new);

        int areaCount = template.areas().size();
        areaKeys = new String[areaCount];
        areaStart = new int[areaCount + 1];
        Map<String, Integer> areaIndex = new HashMap<>();
        List<Capability> caps = new ArrayList<>();
        for (int a = 0; a < areaCount; a++) {
            Area area = template.areas().get(a);
            areaKeys[a] = area.key();
            areaIndex.put(area.key(), a);
            areaStart[a] = caps.size();
            caps.addAll(area.capabilities());
        }
        areaStart[areaCount] = caps.size();
        capabilityIndex = HashMap.newHashMap(caps.size());
        for (int c = 0; c < caps.size(); c++) {
            capabilityIndex.put(caps.get(c).key(), c);
        }

        List<Question> all = template.questionnaire().questions().toList();
        questions = new CompiledQuestion[all.size()];
        Map<String, CompiledQuestion> byKey = HashMap.newHashMap(all.size());
        List<List<Integer>> scoredBy = new ArrayList<>();
        caps.forEach(c -> scoredBy.add(new ArrayList<>()));
        for (int i = 0; i < questions.length; i++) {
            Question q = all.get(i);
            CompiledCondition showIf = null;
            if (q.showIf() != null) {
                if (!q.showIf().isQuestionForm()) {
                    throw new IllegalArgumentException("showIf of '" + q.key() + "' is not over questions only");
                }
                showIf = CompiledCondition.compile(q.showIf(), byKey::get, capabilityIndex, areaIndex, scale);
            }
            questions[i] = CompiledQuestion.compile(i, q, scale, capabilityIndex, showIf);
            if (byKey.put(q.key(), questions[i]) != null) {
                throw new IllegalArgumentException("duplicate question '" + q.key() + "'");
            }
            if (questions[i].capability != CompiledQuestion.NONE) {
                scoredBy.get(questions[i].capability).add(i);
            }
        }
        questionIndex = HashMap.newHashMap(questions.length);
        byKey.forEach((key, q) -> questionIndex.put(key, q.index));

        int defaultTarget =
                template.defaultTarget() == null ? levelKeys.length - 1 : level(scale, template.defaultTarget());
        capabilities = new CompiledCapability[caps.size()];
        for (int a = 0; a < areaCount; a++) {
            for (int c = areaStart[a]; c < areaStart[a + 1]; c++) {
                Capability cap = caps.get(c);
                capabilities[c] = new CompiledCapability(
                        cap.key(),
                        c,
                        a,
                        cap.weight(),
                        scoredBy.get(c).stream().mapToInt(Integer::intValue).toArray(),
                        cap.target() == null ? defaultTarget : level(scale, cap.target()));
            }
        }

        scorer = switch (template.scoring().mode()) {
            case GATED -> new GatedScorer(levelKeys);
            case WEIGHTED -> new WeightedScorer(thresholds(template.scoring(), levelKeys));
        };
        roadmap = Roadmap.of(template.areas(), scale);
        Function<Condition, CompiledCondition> compiler =
                c -> CompiledCondition.compile(c, byKey::get, capabilityIndex, areaIndex, scale);
        qualifier = Qualifier.of(template.qualification(), compiler);
    }

    /** The template this was prepared from (the same instance). */
    public Template template() {
        return template;
    }

    /**
     * The keys of the questions that are visible with these answers (no {@code showIf}, or it holds), in document
     * order: what an interviewer's screen shows.
     */
    public List<String> visibleQuestions(Map<String, Answer> answers) {
        AnswerSheet sheet = AnswerSheet.read(questions, questionIndex, answers);
        List<String> visible = new ArrayList<>();
        for (CompiledQuestion q : questions) {
            if (sheet.visible[q.index]) {
                visible.add(q.key);
            }
        }
        return visible;
    }

    /**
     * The keys of the visible required questions without an answer (a note alone is none), in document order: what
     * stops an interview or a self-assessment from being complete.
     */
    public List<String> missingRequired(Map<String, Answer> answers) {
        Set<String> visible = new HashSet<>(visibleQuestions(answers));
        return template.questionnaire()
                .questions()
                .filter(Question::required)
                .map(Question::key)
                .filter(visible::contains)
                .filter(key -> answers.get(key) == null || !answers.get(key).isAnswered())
                .toList();
    }

    /**
     * Scores answers against this template, as docs/spec/template-format.md's "Scoring" and "Qualification" define it.
     *
     * @param answers by question key; each must fit its question (as the template reader checks); a hidden
     *     question's answer is kept but counts nowhere
     * @param targetOverrides the interview's targets, level key by capability key
     * @param interviewId echoed as {@link Result#interview()}; {@code null} for a preview
     * @param complete echoed as {@link Result#complete()}; it changes nothing else
     * @return the result, never {@code null}; areas and capabilities in document order
     * @throws IllegalArgumentException when an answer or override names an unknown question, option, capability or
     *     level, or an answer has the wrong shape for its question
     */
    public Result score(
            Map<String, Answer> answers,
            Map<String, String> targetOverrides,
            @Nullable String interviewId,
            boolean complete) {
        AnswerSheet sheet = AnswerSheet.read(questions, questionIndex, answers);
        Standings standings = new Standings(capabilities.length, areaKeys.length);
        for (CompiledCapability c : capabilities) {
            standings.target[c.index()] = c.defaultTarget();
        }
        targetOverrides.forEach((capability, level) -> {
            Integer c = capabilityIndex.get(capability);
            if (c == null) {
                throw new IllegalArgumentException("target override for unknown capability '" + capability + "'");
            }
            standings.target[c] = level(template.scale(), level);
        });

        List<Result.CapabilityResult> capabilityResults = new ArrayList<>(capabilities.length);
        for (CompiledCapability c : capabilities) {
            List<Result.Evidence> evidence = new ArrayList<>(c.questions().length);
            scorer.score(c, questions, sheet, standings, evidence);
            int i = c.index();
            if (standings.assessed(i)) {
                int gap = Math.max(0, standings.target[i] - standings.capabilityLevel[i]);
                standings.gap[i] = gap;
                standings.areaGap[c.area()] += gap;
                standings.totalGap += gap;
            }
            capabilityResults.add(new Result.CapabilityResult(
                    c.key(),
                    levelKey(standings.capabilityLevel[i]),
                    score(standings.capabilityScore[i]),
                    levelKeys[standings.target[i]],
                    standings.assessed(i) ? standings.gap[i] : null,
                    evidence));
        }

        List<Result.AreaResult> areaResults = new ArrayList<>(areaKeys.length);
        for (int a = 0; a < areaKeys.length; a++) {
            Aggregate area = aggregate(standings, areaStart[a], areaStart[a + 1]);
            standings.areaLevel[a] = area.level();
            standings.areaScore[a] = area.score();
            areaResults.add(new Result.AreaResult(areaKeys[a], levelKey(area.level()), score(area.score())));
        }
        Aggregate overall = aggregate(standings, 0, capabilities.length);
        standings.overallLevel = overall.level();
        standings.overallScore = overall.score();

        return new Result(
                interviewId,
                complete,
                new Result.TemplateRef(template.key(), template.version()),
                new Result.Standing(levelKey(overall.level()), score(overall.score())),
                areaResults,
                capabilityResults,
                roadmap.steps(standings),
                qualifier.evaluate(sheet, standings));
    }

    /** The capability-weighted mean score and the mode's level over the assessed capabilities in [from, to). */
    private Aggregate aggregate(Standings standings, int from, int to) {
        double weighted = 0;
        double weights = 0;
        int lowest = Integer.MAX_VALUE;
        for (int c = from; c < to; c++) {
            if (standings.assessed(c)) {
                weighted += capabilities[c].weight() * standings.capabilityScore[c];
                weights += capabilities[c].weight();
                lowest = Math.min(lowest, standings.capabilityLevel[c]);
            }
        }
        if (lowest == Integer.MAX_VALUE) {
            return Aggregate.NONE;
        }
        double score = weighted / weights;
        return new Aggregate(scorer.aggregateLevel(lowest, score), score);
    }

    private @Nullable String levelKey(int level) {
        return level == Standings.NOT_ASSESSED ? null : levelKeys[level];
    }

    private static @Nullable Double score(double score) {
        return Double.isNaN(score) ? null : score;
    }

    private static int level(Scale scale, String key) {
        int i = scale.indexOf(key);
        if (i < 0) {
            throw new IllegalArgumentException("unknown level '" + key + "'");
        }
        return i;
    }

    private static double[] thresholds(Scoring scoring, String[] levelKeys) {
        double[] thresholds = new double[levelKeys.length];
        for (int i = 1; i < levelKeys.length; i++) {
            Double t = scoring.thresholds().get(levelKeys[i]);
            if (t == null) {
                throw new IllegalArgumentException("no weighted threshold for level '" + levelKeys[i] + "'");
            }
            thresholds[i] = t;
        }
        return thresholds;
    }

    private record Aggregate(int level, double score) {
        static final Aggregate NONE = new Aggregate(Standings.NOT_ASSESSED, Double.NaN);
    }
}
