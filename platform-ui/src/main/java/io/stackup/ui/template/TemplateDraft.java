package io.stackup.ui.template;

import io.stackup.core.template.Area;
import io.stackup.core.template.Band;
import io.stackup.core.template.Capability;
import io.stackup.core.template.Condition;
import io.stackup.core.template.Effort;
import io.stackup.core.template.Level;
import io.stackup.core.template.Option;
import io.stackup.core.template.Qualification;
import io.stackup.core.template.Question;
import io.stackup.core.template.QuestionType;
import io.stackup.core.template.Questionnaire;
import io.stackup.core.template.Recommendation;
import io.stackup.core.template.RecommendationKind;
import io.stackup.core.template.Scale;
import io.stackup.core.template.Scoring;
import io.stackup.core.template.ScoringMode;
import io.stackup.core.template.Section;
import io.stackup.core.template.Template;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The editor's mutable working copy of a {@link Template}. It may be invalid while a person edits it:
 * {@link #toTemplate()} builds the model as it stands (blank text stays blank, so the validator names it), and the
 * validator says what is wrong. Conditions are immutable {@link Condition}s, replaced whole by their pickers.
 *
 * <p>Why it is one class of about 400 lines: it mirrors the template model field for field, a mutable draft class per
 * model record, read from the model by {@link #of} and written back by {@link #toTemplate}. Kept together, a field of
 * the format (docs/spec/template-format.md) is added in one file, next to both of its conversions, and
 * {@code TemplateDraftTest}'s round trip covers that file whole. The seams it has, the draft classes in their own files
 * or the two conversions in a mapper of their own, would each spread one field over two or three files and make none of
 * them simpler; the editor's behaviour lives in the panels and forms, not here.
 */
final class TemplateDraft {

    String key = "";
    String name = "";
    String version = "";
    String language = "en";
    String description = "";
    ScoringMode mode = ScoringMode.GATED;
    final Map<String, Double> thresholds = new LinkedHashMap<>();

    @Nullable
    String defaultTarget;

    final List<LevelDraft> levels = new ArrayList<>();
    final List<AreaDraft> areas = new ArrayList<>();
    String questionnaireTitle = "";
    String intro = "";
    final List<SectionDraft> sections = new ArrayList<>();
    boolean qualified;
    double threshold;
    final List<RuleDraft> rules = new ArrayList<>();
    final List<Condition> require = new ArrayList<>();

    static final class LevelDraft {
        String key = "";
        String name = "";
        String description = "";
    }

    static final class AreaDraft {
        String key = "";
        String name = "";
        String description = "";
        final List<CapabilityDraft> capabilities = new ArrayList<>();
    }

    static final class CapabilityDraft {
        String key = "";
        String name = "";
        String description = "";
        double weight = 1;

        @Nullable
        String target;

        final Map<String, String> levels = new LinkedHashMap<>();
        final List<RecommendationDraft> recommendations = new ArrayList<>();
    }

    static final class RecommendationDraft {
        String key = "";

        @Nullable
        String toLevel;

        String title = "";
        String description = "";
        RecommendationKind kind = RecommendationKind.PROCESS;
        Effort effort = Effort.M;
        String offering = "";
    }

    static final class SectionDraft {
        String key = "";
        String title = "";
        final List<QuestionDraft> questions = new ArrayList<>();
    }

    static final class QuestionDraft {
        String key = "";

        @Nullable
        String capability;

        String text = "";
        String help = "";
        QuestionType type = QuestionType.YES_NO;
        boolean required = true;
        double weight = 1;
        final List<OptionDraft> options = new ArrayList<>();

        @Nullable
        String requires;

        final List<BandDraft> bands = new ArrayList<>();

        @Nullable
        Double minValue;

        @Nullable
        Double maxValue;

        String unit = "";

        @Nullable
        Condition showIf;
    }

    static final class OptionDraft {
        String key = "";
        String label = "";

        @Nullable
        String level;

        double points;
    }

    static final class BandDraft {
        @Nullable
        Double min;

        @Nullable
        Double max;

        @Nullable
        String level;

        double points;
    }

    static final class RuleDraft {
        String label = "";
        double points;

        @Nullable
        Condition when;
    }

    static TemplateDraft of(Template t) {
        TemplateDraft d = new TemplateDraft();
        d.key = t.key();
        d.name = t.name();
        d.version = t.version();
        d.language = t.language();
        d.description = text(t.description());
        d.mode = t.scoring().mode();
        d.thresholds.putAll(t.scoring().thresholds());
        d.defaultTarget = t.defaultTarget();
        for (Level level : t.scale().levels()) {
            LevelDraft l = new LevelDraft();
            l.key = level.key();
            l.name = level.name();
            l.description = text(level.description());
            d.levels.add(l);
        }
        for (Area area : t.areas()) {
            AreaDraft a = new AreaDraft();
            a.key = area.key();
            a.name = area.name();
            a.description = text(area.description());
            area.capabilities().forEach(c -> a.capabilities.add(capability(c)));
            d.areas.add(a);
        }
        d.questionnaireTitle = t.questionnaire().title();
        d.intro = text(t.questionnaire().intro());
        for (Section section : t.questionnaire().sections()) {
            SectionDraft s = new SectionDraft();
            s.key = section.key();
            s.title = section.title();
            section.questions().forEach(q -> s.questions.add(question(q)));
            d.sections.add(s);
        }
        if (t.qualification() != null) {
            d.qualified = true;
            d.threshold = t.qualification().threshold();
            for (Qualification.Rule rule : t.qualification().rules()) {
                RuleDraft r = new RuleDraft();
                r.label = text(rule.label());
                r.points = rule.points();
                r.when = rule.when();
                d.rules.add(r);
            }
            d.require.addAll(t.qualification().require());
        }
        return d;
    }

    private static CapabilityDraft capability(Capability capability) {
        CapabilityDraft c = new CapabilityDraft();
        c.key = capability.key();
        c.name = capability.name();
        c.description = text(capability.description());
        c.weight = capability.weight();
        c.target = capability.target();
        c.levels.putAll(capability.levels());
        for (Recommendation recommendation : capability.recommendations()) {
            RecommendationDraft r = new RecommendationDraft();
            r.key = recommendation.key();
            r.toLevel = recommendation.toLevel();
            r.title = recommendation.title();
            r.description = text(recommendation.description());
            r.kind = recommendation.kind();
            r.effort = recommendation.effort();
            r.offering = text(recommendation.offering());
            c.recommendations.add(r);
        }
        return c;
    }

    private static QuestionDraft question(Question question) {
        QuestionDraft q = new QuestionDraft();
        q.key = question.key();
        q.capability = question.capability();
        q.text = question.text();
        q.help = text(question.help());
        q.type = question.type();
        q.required = question.required();
        q.weight = question.weight();
        for (Option option : question.options()) {
            OptionDraft o = new OptionDraft();
            o.key = option.key();
            o.label = option.label();
            o.level = option.level();
            o.points = option.points();
            q.options.add(o);
        }
        q.requires = question.requires();
        for (Band band : question.bands()) {
            BandDraft b = new BandDraft();
            b.min = band.min();
            b.max = band.max();
            b.level = band.level();
            b.points = band.points();
            q.bands.add(b);
        }
        q.minValue = question.minValue();
        q.maxValue = question.maxValue();
        q.unit = text(question.unit());
        q.showIf = question.showIf();
        return q;
    }

    /** The model as it stands; only a validated one may be saved. */
    Template toTemplate() {
        Map<String, Double> usedThresholds = new LinkedHashMap<>();
        if (mode == ScoringMode.WEIGHTED) {
            levels.forEach(l -> {
                if (thresholds.containsKey(l.key)) {
                    usedThresholds.put(l.key, thresholds.get(l.key));
                }
            });
        }
        return new Template(
                Template.FORMAT,
                key,
                name,
                version,
                language,
                optional(description),
                new Scale(levels.stream()
                        .map(l -> new Level(l.key, l.name, optional(l.description)))
                        .toList()),
                new Scoring(mode, usedThresholds),
                defaultTarget,
                areas.stream()
                        .map(a -> new Area(
                                a.key,
                                a.name,
                                optional(a.description),
                                a.capabilities.stream()
                                        .map(TemplateDraft::capability)
                                        .toList()))
                        .toList(),
                new Questionnaire(
                        questionnaireTitle,
                        optional(intro),
                        sections.stream()
                                .map(s -> new Section(
                                        s.key,
                                        s.title,
                                        s.questions.stream()
                                                .map(TemplateDraft::question)
                                                .toList()))
                                .toList()),
                qualified
                        ? new Qualification(
                                threshold,
                                rules.stream()
                                        .map(r -> new Qualification.Rule(
                                                r.when == null ? new Condition.All(List.of()) : r.when,
                                                r.points,
                                                optional(r.label)))
                                        .toList(),
                                require)
                        : null);
    }

    private static Capability capability(CapabilityDraft c) {
        Map<String, String> levels = new LinkedHashMap<>();
        c.levels.forEach((level, text) -> {
            if (!text.isBlank()) {
                levels.put(level, text);
            }
        });
        return new Capability(
                c.key,
                c.name,
                optional(c.description),
                c.weight,
                c.target,
                levels,
                c.recommendations.stream()
                        .map(r -> new Recommendation(
                                r.key,
                                r.toLevel == null ? "" : r.toLevel,
                                r.title,
                                optional(r.description),
                                r.kind,
                                r.effort,
                                optional(r.offering)))
                        .toList());
    }

    private static Question question(QuestionDraft q) {
        boolean withOptions = q.type.hasOptions();
        boolean number = q.type == QuestionType.NUMBER;
        return new Question(
                q.key,
                q.capability,
                q.text,
                optional(q.help),
                q.type,
                q.required,
                q.weight,
                withOptions
                        ? q.options.stream()
                                .map(o -> new Option(o.key, o.label, o.level, o.points))
                                .toList()
                        : List.of(),
                q.type == QuestionType.YES_NO && q.options.isEmpty() ? q.requires : null,
                number
                        ? q.bands.stream()
                                .map(b -> new Band(b.min, b.max, b.level, b.points))
                                .toList()
                        : List.of(),
                number ? q.minValue : null,
                number ? q.maxValue : null,
                number ? optional(q.unit) : null,
                q.showIf);
    }

    /**
     * Moves a question to another section, as near as possible to where it was in document order: to the end of an
     * earlier section, to the start of a later one. So it passes over no more questions than it must, and a
     * {@code showIf} that held before breaks only when the move has to carry it past a question it names (or a question
     * that names it). Such a move is not refused: the validator names what broke, as for any other edit.
     */
    void moveQuestion(QuestionDraft question, SectionDraft to) {
        SectionDraft from = sections.stream()
                .filter(s -> s.questions.contains(question))
                .findFirst()
                .orElseThrow();
        if (from == to) {
            return;
        }
        from.questions.remove(question);
        if (sections.indexOf(to) < sections.indexOf(from)) {
            to.questions.add(question);
        } else {
            to.questions.addFirst(question);
        }
    }

    /**
     * Moves a capability into {@code to} so that it stands where the capability at {@code before} stood (counted before
     * the move; {@code to.capabilities.size()}: at the end), from its own area or another. Keys stay, so nothing that
     * refers to it breaks. False when it is already there.
     */
    boolean moveCapability(CapabilityDraft capability, AreaDraft to, int before) {
        AreaDraft from = areas.stream()
                .filter(a -> a.capabilities.contains(capability))
                .findFirst()
                .orElseThrow();
        if (from == to) {
            return EditorFields.moveBefore(to.capabilities, capability, before);
        }
        from.capabilities.remove(capability);
        to.capabilities.add(Math.clamp(before, 0, to.capabilities.size()), capability);
        return true;
    }

    /**
     * Moves a question into {@code to} so that it stands where the question at {@code before} stood (counted before the
     * move), within its section or from another; as with {@link #moveQuestion(QuestionDraft, SectionDraft)}, a
     * {@code showIf} this breaks is left to the validator to name. False when it is already there.
     */
    boolean moveQuestion(QuestionDraft question, SectionDraft to, int before) {
        SectionDraft from = sections.stream()
                .filter(s -> s.questions.contains(question))
                .findFirst()
                .orElseThrow();
        if (from == to) {
            return EditorFields.moveBefore(to.questions, question, before);
        }
        from.questions.remove(question);
        to.questions.add(Math.clamp(before, 0, to.questions.size()), question);
        return true;
    }

    /**
     * Copies a question, everything in it (options, bands, {@code showIf}), and puts the copy right after it in its
     * section under a key no other question has ({@code key-copy}, then {@code key-copy-2}, ...). Nothing refers to the
     * copy yet.
     */
    QuestionDraft duplicate(QuestionDraft original) {
        SectionDraft in = sections.stream()
                .filter(s -> s.questions.contains(original))
                .findFirst()
                .orElseThrow();
        QuestionDraft copy = question(question(original));
        copy.key = unique(
                original.key + "-copy", questions().stream().map(q -> q.key).toList());
        in.questions.add(in.questions.indexOf(original) + 1, copy);
        return copy;
    }

    /** Copies a capability with its level texts and recommendations, right after it, under a new unique key. */
    CapabilityDraft duplicate(CapabilityDraft original) {
        AreaDraft in = areas.stream()
                .filter(a -> a.capabilities.contains(original))
                .findFirst()
                .orElseThrow();
        CapabilityDraft copy = capability(capability(original));
        copy.key = unique(
                original.key + "-copy", capabilities().stream().map(c -> c.key).toList());
        in.capabilities.add(in.capabilities.indexOf(original) + 1, copy);
        return copy;
    }

    private static String unique(String wanted, List<String> taken) {
        String key = wanted;
        for (int n = 2; taken.contains(key); n++) {
            key = wanted + "-" + n;
        }
        return key;
    }

    /** Every question in document order. */
    List<QuestionDraft> questions() {
        return sections.stream().flatMap(s -> s.questions.stream()).toList();
    }

    List<CapabilityDraft> capabilities() {
        return areas.stream().flatMap(a -> a.capabilities.stream()).toList();
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }

    private static @Nullable String optional(String value) {
        return value.isBlank() ? null : value;
    }
}
