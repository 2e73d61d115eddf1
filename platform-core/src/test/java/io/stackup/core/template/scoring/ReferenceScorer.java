package io.stackup.core.template.scoring;

import io.stackup.core.template.Answer;
import io.stackup.core.template.Area;
import io.stackup.core.template.Band;
import io.stackup.core.template.Capability;
import io.stackup.core.template.Condition;
import io.stackup.core.template.Level;
import io.stackup.core.template.Option;
import io.stackup.core.template.Qualification;
import io.stackup.core.template.Question;
import io.stackup.core.template.Recommendation;
import io.stackup.core.template.ScoringMode;
import io.stackup.core.template.Template;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A slow, literal reading of docs/spec/template-format.md's "Scoring" and "Qualification" over the model, with no
 * precomputation, for differential tests against {@link ScoringEngine}.
 */
final class ReferenceScorer {

    private final Template t;
    private final Map<String, Answer> answers;
    private final List<String> levels;
    private final Map<String, Question> questions = new HashMap<>();
    private final Map<String, Boolean> visible = new HashMap<>();
    private final Map<String, Integer> level = new HashMap<>();
    private final Map<String, Double> score = new HashMap<>();
    private final Map<String, Integer> target = new HashMap<>();
    private final Map<String, Integer> gap = new HashMap<>();
    private @Nullable Integer overallLevel;

    private ReferenceScorer(Template t, Map<String, Answer> answers) {
        this.t = t;
        this.answers = answers;
        this.levels = t.scale().levels().stream().map(Level::key).toList();
    }

    static Result score(Template t, Map<String, Answer> answers, Map<String, String> overrides) {
        return new ReferenceScorer(t, answers).run(overrides);
    }

    private Result run(Map<String, String> overrides) {
        t.questionnaire().questions().forEach(q -> {
            questions.put(q.key(), q);
            visible.put(q.key(), q.showIf() == null || holds(q.showIf()));
        });
        List<Capability> caps =
                t.areas().stream().flatMap(a -> a.capabilities().stream()).toList();
        List<Result.CapabilityResult> capResults = new ArrayList<>();
        for (Capability c : caps) {
            List<Result.Evidence> evidence = new ArrayList<>();
            Integer lvl = null;
            Double sc = null;
            double sumW = 0;
            double sumWR = 0;
            for (Question q : t.questionnaire().questions().toList()) {
                if (!c.key().equals(q.capability()) || !answered(q.key())) {
                    continue;
                }
                if (t.scoring().mode() == ScoringMode.GATED) {
                    Integer e = evidence(q, answers.get(q.key()));
                    if (e != null) {
                        evidence.add(new Result.Evidence(q.key(), levels.get(e), null));
                        lvl = lvl == null ? e : Math.min(lvl, e);
                    }
                } else {
                    Double r = ratio(q, answers.get(q.key()));
                    if (r != null) {
                        evidence.add(new Result.Evidence(q.key(), null, r));
                        sumW += q.weight();
                        sumWR += q.weight() * r;
                    }
                }
            }
            if (t.scoring().mode() == ScoringMode.GATED) {
                sc = lvl == null ? null : lvl / (double) (levels.size() - 1);
            } else if (!evidence.isEmpty()) {
                sc = sumWR / sumW;
                lvl = thresholdLevel(sc);
            }
            String tgt = overrides.getOrDefault(
                    c.key(),
                    c.target() != null ? c.target() : t.defaultTarget() != null ? t.defaultTarget() : levels.getLast());
            target.put(c.key(), levels.indexOf(tgt));
            Integer g = null;
            if (lvl != null) {
                level.put(c.key(), lvl);
                score.put(c.key(), sc);
                g = Math.max(0, levels.indexOf(tgt) - lvl);
                gap.put(c.key(), g);
            }
            capResults.add(
                    new Result.CapabilityResult(c.key(), lvl == null ? null : levels.get(lvl), sc, tgt, g, evidence));
        }
        List<Result.AreaResult> areaResults = new ArrayList<>();
        for (Area a : t.areas()) {
            Result.Standing s = aggregate(a.capabilities());
            areaResults.add(new Result.AreaResult(a.key(), s.level(), s.score()));
        }
        Result.Standing overall = aggregate(caps);
        overallLevel = overall.level() == null ? null : levels.indexOf(overall.level());

        List<Result.RoadmapStep> roadmap = new ArrayList<>();
        List<Integer> distance = new ArrayList<>();
        for (Capability c : caps) {
            for (Recommendation r : c.recommendations()) {
                Integer l = level.get(c.key());
                int to = levels.indexOf(r.toLevel());
                if (l != null && l < to && to <= target.get(c.key())) {
                    roadmap.add(new Result.RoadmapStep(c.key(), r.key(), r.toLevel(), r.kind(), r.effort()));
                    distance.add(to - l);
                }
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < roadmap.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing((Integer i) -> distance.get(i))
                .thenComparing(i -> roadmap.get(i).kind())
                .thenComparing(i -> roadmap.get(i).effort())
                .thenComparing(i -> i));
        List<Result.RoadmapStep> sorted = order.stream().map(roadmap::get).toList();

        return new Result(
                null,
                false,
                new Result.TemplateRef(t.key(), t.version()),
                overall,
                areaResults,
                capResults,
                sorted,
                qualification());
    }

    private Result.QualificationResult qualification() {
        Qualification q = t.qualification();
        if (q == null) {
            return new Result.QualificationResult(0, true, List.of());
        }
        double points = 0;
        List<Object> held = new ArrayList<>();
        for (int i = 0; i < q.rules().size(); i++) {
            Qualification.Rule rule = q.rules().get(i);
            if (holds(rule.when())) {
                points += rule.points();
                held.add(rule.label() == null ? (Object) i : rule.label());
            }
        }
        boolean qualified = points >= q.threshold() && q.require().stream().allMatch(this::holds);
        return new Result.QualificationResult(points, qualified, held);
    }

    private Result.Standing aggregate(List<Capability> caps) {
        double sumW = 0;
        double sumWS = 0;
        Integer min = null;
        for (Capability c : caps) {
            Integer l = level.get(c.key());
            if (l != null) {
                sumW += c.weight();
                sumWS += c.weight() * score.get(c.key());
                min = min == null ? l : Math.min(min, l);
            }
        }
        if (min == null) {
            return new Result.Standing(null, null);
        }
        double s = sumWS / sumW;
        int l = t.scoring().mode() == ScoringMode.GATED ? min : thresholdLevel(s);
        return new Result.Standing(levels.get(l), s);
    }

    private int thresholdLevel(double s) {
        int result = 0;
        for (int i = 1; i < levels.size(); i++) {
            if (t.scoring().thresholds().get(levels.get(i)) - s < 1e-9) { // "less than 1e-9 below"
                result = i;
            }
        }
        return result;
    }

    private @Nullable Integer evidence(Question q, Answer a) {
        List<Option> options = q.effectiveOptions(t.scale());
        switch (a) {
            case Answer.Choice c -> {
                String l = options.stream()
                        .filter(o -> o.key().equals(c.option()))
                        .findFirst()
                        .orElseThrow()
                        .level();
                return l == null ? null : levels.indexOf(l);
            }
            case Answer.Choices c -> {
                if (options.stream().allMatch(o -> o.level() == null)) {
                    return null;
                }
                for (int l = 0; l < levels.size(); l++) {
                    String key = levels.get(l);
                    boolean unchosen = options.stream()
                            .anyMatch(o -> key.equals(o.level()) && !c.options().contains(o.key()));
                    if (unchosen) {
                        return l == 0 ? 0 : l - 1;
                    }
                }
                return levels.size() - 1;
            }
            case Answer.Number n -> {
                Band band = q.bands().stream()
                        .filter(b -> b.contains(n.number()))
                        .findFirst()
                        .orElse(null);
                return band == null || band.level() == null ? null : levels.indexOf(band.level());
            }
            default -> {
                return null;
            }
        }
    }

    private @Nullable Double ratio(Question q, Answer a) {
        List<Option> options = q.effectiveOptions(t.scale());
        double numerator;
        double denominator;
        switch (a) {
            case Answer.Choice c -> {
                numerator = options.stream()
                        .filter(o -> o.key().equals(c.option()))
                        .findFirst()
                        .orElseThrow()
                        .points();
                denominator = options.stream().mapToDouble(Option::points).max().orElseThrow();
            }
            case Answer.Choices c -> {
                numerator = options.stream()
                        .filter(o -> c.options().contains(o.key()))
                        .mapToDouble(Option::points)
                        .sum();
                denominator = options.stream()
                        .mapToDouble(Option::points)
                        .filter(p -> p > 0)
                        .sum();
            }
            case Answer.Number n -> {
                Band band = q.bands().stream()
                        .filter(b -> b.contains(n.number()))
                        .findFirst()
                        .orElse(null);
                if (band == null) {
                    return null;
                }
                numerator = band.points();
                denominator = q.bands().stream().mapToDouble(Band::points).max().orElseThrow();
            }
            default -> {
                return null;
            }
        }
        if (denominator <= 0) {
            return null;
        }
        return Math.min(1, Math.max(0, numerator / denominator));
    }

    private boolean answered(String question) {
        Answer a = answers.get(question);
        return Boolean.TRUE.equals(visible.get(question)) && a != null && !(a instanceof Answer.NoteOnly);
    }

    private boolean holds(Condition c) {
        return switch (c) {
            case Condition.AnyOf x ->
                answered(x.question()) && chosen(x.question()).stream().anyMatch(x.options()::contains);
            case Condition.AllOf x ->
                answered(x.question()) && chosen(x.question()).containsAll(x.options());
            case Condition.NumberRange x -> {
                if (!answered(x.question()) || !(answers.get(x.question()) instanceof Answer.Number n)) {
                    yield false;
                }
                yield (x.min() == null || x.min() <= n.number()) && (x.max() == null || n.number() <= x.max());
            }
            case Condition.Answered x -> answered(x.question());
            case Condition.CapabilityLevel x -> {
                Integer l = level.get(x.capability());
                yield l != null && within(l, x.atLeast(), x.atMost());
            }
            case Condition.AreaGap x ->
                t.areas().stream()
                                .filter(a -> a.key().equals(x.area()))
                                .flatMap(a -> a.capabilities().stream())
                                .mapToInt(cap -> gap.getOrDefault(cap.key(), 0))
                                .sum()
                        >= x.gapAtLeast();
            case Condition.OverallLevel x -> overallLevel != null && within(overallLevel, x.atLeast(), x.atMost());
            case Condition.TotalGap x ->
                gap.values().stream().mapToInt(Integer::intValue).sum() >= x.gapAtLeast();
            case Condition.All x -> x.conditions().stream().allMatch(this::holds);
            case Condition.Any x -> x.conditions().stream().anyMatch(this::holds);
            case Condition.Not x -> !holds(x.condition());
        };
    }

    private boolean within(int l, @Nullable String atLeast, @Nullable String atMost) {
        return (atLeast == null || levels.indexOf(atLeast) <= l) && (atMost == null || l <= levels.indexOf(atMost));
    }

    private List<String> chosen(String question) {
        return switch (answers.get(question)) {
            case Answer.Choice c -> List.of(c.option());
            case Answer.Choices c -> c.options();
            case null, default -> List.of();
        };
    }
}
