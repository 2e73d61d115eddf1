package io.stackup.core.report;

import io.stackup.core.interview.InterviewDetail;
import io.stackup.core.report.ResultReport.AnsweredQuestion;
import io.stackup.core.report.ResultReport.AreaReport;
import io.stackup.core.report.ResultReport.CapabilityRef;
import io.stackup.core.report.ResultReport.CapabilityReport;
import io.stackup.core.report.ResultReport.Evidence;
import io.stackup.core.report.ResultReport.Notes;
import io.stackup.core.report.ResultReport.OfferingSummary;
import io.stackup.core.report.ResultReport.QualificationReport;
import io.stackup.core.report.ResultReport.RoadmapItem;
import io.stackup.core.report.ResultReport.RoadmapStep;
import io.stackup.core.report.ResultReport.RuleHeld;
import io.stackup.core.report.ResultReport.ScaleLevel;
import io.stackup.core.report.ResultReport.Standing;
import io.stackup.core.template.Answer;
import io.stackup.core.template.Area;
import io.stackup.core.template.Capability;
import io.stackup.core.template.Level;
import io.stackup.core.template.Option;
import io.stackup.core.template.Qualification;
import io.stackup.core.template.Question;
import io.stackup.core.template.Recommendation;
import io.stackup.core.template.RecommendationKind;
import io.stackup.core.template.ScoringMode;
import io.stackup.core.template.Section;
import io.stackup.core.template.Template;
import io.stackup.core.template.scoring.PreparedTemplate;
import io.stackup.core.template.scoring.Result;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Makes a {@link ResultReport} of an interview, its template and its result: a pure function, no I/O. It looks up the
 * names, texts and answers the result's keys point to and takes every number from the result as it is; the only
 * numbers of its own are an area's target score (the mean the result does not give) and a roadmap entry's step (a
 * difference of two level indexes the result names).
 *
 * <p>Public so that a report can be made without a database, as {@link ResultReports} makes it from what it read (the
 * benchmarks render the customer report of a generated template this way).
 */
public final class ReportBuilder {

    /** What an empty choice among several options reads as. */
    static final String NONE_CHOSEN = "None of these";

    private final PreparedTemplate prepared;
    private final Template template;
    private final Result result;
    private final Map<String, ScaleLevel> levels;
    private final Map<String, Capability> capabilities;
    private final Map<String, Question> questions;

    private ReportBuilder(PreparedTemplate prepared, Result result) {
        this.prepared = prepared;
        this.template = prepared.template();
        this.result = result;
        this.levels = scale(template);
        this.capabilities = template.areas().stream()
                .flatMap(a -> a.capabilities().stream())
                .collect(Collectors.toMap(Capability::key, Function.identity()));
        this.questions = template.questionnaire()
                .questions()
                .collect(Collectors.toMap(Question::key, Function.identity(), (a, b) -> a));
    }

    /**
     * The report of an interview.
     *
     * @param template the interview's template, prepared for scoring (which knows which questions are visible)
     * @param result the interview's result, scored against {@code template}
     * @throws IllegalArgumentException when the result names an area, capability, level, question or recommendation
     *     the template does not have (it was not scored against this template)
     */
    public static ResultReport build(
            String tenantName, InterviewDetail interview, PreparedTemplate template, Result result, Notes notes) {
        return new ReportBuilder(template, result).build(tenantName, interview, notes);
    }

    private ResultReport build(String tenantName, InterviewDetail interview, Notes notes) {
        Map<String, Answer> answers = interview.answerMap();
        List<RoadmapItem> items = result.roadmap().stream().map(this::item).toList();
        return new ResultReport(
                tenantName,
                interview.prospectName(),
                interview.id(),
                interview.status(),
                result.complete(),
                interview.completedAt(),
                interview.interviewerName(),
                interview.interviewerEmail(),
                new ResultReport.TemplateInfo(
                        template.key(),
                        template.name(),
                        template.version(),
                        template.language(),
                        template.scoring().mode()),
                List.copyOf(levels.values()),
                new Standing(level(result.overall().level()), result.overall().score()),
                template.areas().stream()
                        .map(area -> area(area, answers, notes))
                        .toList(),
                steps(items),
                offerings(items),
                answered(answers, notes),
                qualification(),
                notes,
                result);
    }

    private AreaReport area(Area area, Map<String, Answer> answers, Notes notes) {
        Result.AreaResult scored = result.areas().stream()
                .filter(a -> a.key().equals(area.key()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the result has no area '" + area.key() + "'"));
        List<CapabilityReport> reports = new ArrayList<>();
        double weighted = 0;
        double weights = 0;
        for (Capability capability : area.capabilities()) {
            CapabilityReport report = capability(capability, answers, notes);
            reports.add(report);
            if (report.level() != null) {
                weighted += capability.weight() * report.target().from();
                weights += capability.weight();
            }
        }
        return new AreaReport(
                area.key(),
                area.name(),
                area.description(),
                level(scored.level()),
                scored.score(),
                weights > 0 ? weighted / weights : null,
                reports);
    }

    private CapabilityReport capability(Capability capability, Map<String, Answer> answers, Notes notes) {
        Result.CapabilityResult scored = result.capabilities().stream()
                .filter(c -> c.key().equals(capability.key()))
                .findFirst()
                .orElseThrow(
                        () -> new IllegalArgumentException("the result has no capability '" + capability.key() + "'"));
        ScaleLevel level = level(scored.level());
        List<Evidence> evidence = new ArrayList<>();
        for (Result.Evidence e : scored.evidence()) {
            Question question = questions.get(e.question());
            if (question == null) {
                throw new IllegalArgumentException("the template has no question '" + e.question() + "'");
            }
            Answer answer = answers.get(e.question());
            evidence.add(new Evidence(
                    question.key(),
                    question.text(),
                    answer == null ? "" : words(question, answer),
                    level(e.level()),
                    e.ratio(),
                    notes == Notes.INCLUDED && answer != null ? answer.note() : null));
        }
        return new CapabilityReport(
                capability.key(),
                capability.name(),
                capability.description(),
                capability.weight(),
                level,
                scored.score(),
                required(scored.target()),
                scored.gap(),
                level == null ? null : capability.levels().get(level.key()),
                capability.levels().get(scored.target()),
                evidence);
    }

    private RoadmapItem item(Result.RoadmapStep step) {
        Capability capability = capabilities.get(step.capability());
        if (capability == null) {
            throw new IllegalArgumentException("the template has no capability '" + step.capability() + "'");
        }
        Recommendation recommendation = capability.recommendations().stream()
                .filter(r -> r.key().equals(step.recommendation()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "capability '" + capability.key() + "' has no recommendation '" + step.recommendation() + "'"));
        return new RoadmapItem(
                capability.key(),
                capability.name(),
                recommendation.key(),
                recommendation.title(),
                recommendation.description(),
                step.kind(),
                step.effort(),
                recommendation.offering(),
                required(step.toLevel()),
                step.kind() == RecommendationKind.PROCESS);
    }

    /** The items grouped by step, in the result's order (which is by step already, nearest first). */
    private List<RoadmapStep> steps(List<RoadmapItem> items) {
        Map<String, Integer> current = new HashMap<>();
        result.capabilities().forEach(c -> {
            ScaleLevel level = level(c.level());
            if (level != null) {
                current.put(c.key(), level.index());
            }
        });
        Map<Integer, List<RoadmapItem>> byStep = new LinkedHashMap<>();
        for (RoadmapItem item : items) {
            Integer from = current.get(item.capability());
            if (from == null) {
                throw new IllegalArgumentException(
                        "the roadmap names capability '" + item.capability() + "', which is not assessed");
            }
            byStep.computeIfAbsent(item.toLevel().index() - from, s -> new ArrayList<>())
                    .add(item);
        }
        return byStep.entrySet().stream()
                .map(e -> new RoadmapStep(e.getKey(), e.getValue()))
                .toList();
    }

    private static List<OfferingSummary> offerings(List<RoadmapItem> items) {
        Map<String, List<RoadmapItem>> byOffering = new LinkedHashMap<>();
        for (RoadmapItem item : items) {
            if (item.offering() != null) {
                byOffering
                        .computeIfAbsent(item.offering(), o -> new ArrayList<>())
                        .add(item);
            }
        }
        return byOffering.entrySet().stream()
                .map(e -> {
                    Set<CapabilityRef> served = new LinkedHashSet<>();
                    e.getValue().forEach(i -> served.add(new CapabilityRef(i.capability(), i.capabilityName())));
                    return new OfferingSummary(e.getKey(), List.copyOf(served), e.getValue());
                })
                .toList();
    }

    /** Every visible question with an answer, or with a note alone when notes are included; see the record. */
    private List<AnsweredQuestion> answered(Map<String, Answer> answers, Notes notes) {
        Set<String> visible = new HashSet<>(prepared.visibleQuestions(answers));
        List<AnsweredQuestion> answered = new ArrayList<>();
        for (Section section : template.questionnaire().sections()) {
            for (Question question : section.questions()) {
                Answer answer = answers.get(question.key());
                if (answer == null || !visible.contains(question.key())) {
                    continue;
                }
                String typed = answer.note();
                String note = notes == Notes.INCLUDED && typed != null && !typed.isBlank() ? typed : null;
                if (answer.isAnswered() || note != null) {
                    answered.add(new AnsweredQuestion(
                            section.title(), question.key(), question.text(), words(question, answer), note));
                }
            }
        }
        return answered;
    }

    private QualificationReport qualification() {
        Result.QualificationResult scored = result.qualification();
        Qualification qualification = template.qualification();
        List<Qualification.Rule> rules = qualification == null ? List.of() : qualification.rules();
        List<RuleHeld> held = new ArrayList<>();
        for (Object rule : scored.rules()) {
            int index = rule instanceof Integer i ? i : labelIndex(rules, String.valueOf(rule));
            if (index < 0 || index >= rules.size()) {
                throw new IllegalArgumentException("the template has no qualification rule " + rule);
            }
            held.add(new RuleHeld(
                    index, rules.get(index).label(), rules.get(index).points()));
        }
        return new QualificationReport(
                scored.score(), qualification == null ? null : qualification.threshold(), scored.qualified(), held);
    }

    private static int labelIndex(List<Qualification.Rule> rules, String label) {
        for (int i = 0; i < rules.size(); i++) {
            if (label.equals(rules.get(i).label())) {
                return i;
            }
        }
        return -1;
    }

    private @Nullable ScaleLevel level(@Nullable String key) {
        return key == null ? null : required(key);
    }

    private ScaleLevel required(String key) {
        ScaleLevel level = levels.get(key);
        if (level == null) {
            throw new IllegalArgumentException("the scale has no level '" + key + "'");
        }
        return level;
    }

    /** The scale's levels by key, lowest first, each with the score it starts at (also the timeline's axis). */
    static Map<String, ScaleLevel> scale(Template template) {
        List<Level> levels = template.scale().levels();
        int top = levels.size() - 1;
        Map<String, ScaleLevel> byKey = new LinkedHashMap<>();
        for (int i = 0; i < levels.size(); i++) {
            Level level = levels.get(i);
            double from;
            if (i == 0) {
                from = 0;
            } else if (template.scoring().mode() == ScoringMode.WEIGHTED) {
                from = Objects.requireNonNull(
                        template.scoring().thresholds().get(level.key()),
                        () -> "no weighted threshold for level '" + level.key() + "'");
            } else {
                from = (double) i / top;
            }
            byKey.put(level.key(), new ScaleLevel(level.key(), level.name(), level.description(), i, from));
        }
        return byKey;
    }

    /** An answer as a person reads it; see {@link Evidence#answer()}. */
    private String words(Question question, Answer answer) {
        List<Option> options = question.effectiveOptions(template.scale());
        return switch (answer) {
            case Answer.Choice choice -> label(options, choice.option());
            case Answer.Choices choices -> {
                if (choices.options().isEmpty()) {
                    yield NONE_CHOSEN;
                }
                yield options.stream()
                        .filter(o -> choices.options().contains(o.key()))
                        .map(Option::label)
                        .collect(Collectors.joining(", "));
            }
            case Answer.Number number ->
                question.unit() == null ? number(number.number()) : number(number.number()) + " " + question.unit();
            case Answer.Text text -> text.text();
            case Answer.NoteOnly noteOnly -> "";
        };
    }

    private static String label(List<Option> options, String key) {
        return options.stream()
                .filter(o -> o.key().equals(key))
                .map(Option::label)
                .findFirst()
                .orElse(key);
    }

    /** A number as written, without a needless fraction or exponent: 250, 2.5, 0.125. */
    static String number(double x) {
        if (x == 0) {
            return "0";
        }
        if (Math.abs(x) >= 1e15 || Math.abs(x) < 1e-6) {
            return Double.toString(x);
        }
        return BigDecimal.valueOf(x).stripTrailingZeros().toPlainString();
    }
}
