package io.stackup.core.template.scoring;

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
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Builds templates for tests: areas, capabilities and questions are added in document order; capability settings
 * and recommendations apply to the capability added last. A section {@code s1} is opened for the first question
 * unless {@link #section(String)} came first.
 */
final class TemplateBuilder {

    private final List<Level> levels;
    private Scoring scoring = Scoring.gated();
    private @Nullable String defaultTarget;
    private final List<AreaDraft> areas = new ArrayList<>();
    private final List<Section> sections = new ArrayList<>();
    private final List<Question> openSection = new ArrayList<>();
    private @Nullable String openSectionKey;
    private boolean qualification;
    private double threshold;
    private final List<Qualification.Rule> rules = new ArrayList<>();
    private final List<Condition> require = new ArrayList<>();

    private TemplateBuilder(String... levelKeys) {
        levels = Arrays.stream(levelKeys).map(k -> new Level(k, k, null)).toList();
    }

    /** A gated template on the given scale, lowest level first. */
    static TemplateBuilder gated(String... levelKeys) {
        return new TemplateBuilder(levelKeys);
    }

    /** A gated template on the four-level Infrastructure Optimization scale. */
    static TemplateBuilder gated() {
        return gated("basic", "standardized", "rationalized", "dynamic");
    }

    /** A weighted template; {@code thresholds} for every level but the first, in level order. */
    static TemplateBuilder weighted(List<String> levelKeys, double... thresholds) {
        TemplateBuilder b = new TemplateBuilder(levelKeys.toArray(String[]::new));
        Map<String, Double> map = new LinkedHashMap<>();
        for (int i = 0; i < thresholds.length; i++) {
            map.put(levelKeys.get(i + 1), thresholds[i]);
        }
        b.scoring = new Scoring(ScoringMode.WEIGHTED, map);
        return b;
    }

    /** A weighted template on levels {@code low, mid, high} with thresholds 0.5 and 0.8. */
    static TemplateBuilder weighted() {
        return weighted(List.of("low", "mid", "high"), 0.5, 0.8);
    }

    TemplateBuilder defaultTarget(String level) {
        defaultTarget = level;
        return this;
    }

    TemplateBuilder area(String key) {
        areas.add(new AreaDraft(key));
        return this;
    }

    TemplateBuilder capability(String key) {
        return capability(key, 1);
    }

    TemplateBuilder capability(String key, double weight) {
        if (areas.isEmpty()) {
            area("area");
        }
        areas.getLast().capabilities.add(new CapabilityDraft(key, weight));
        return this;
    }

    TemplateBuilder target(String level) {
        lastCapability().target = level;
        return this;
    }

    TemplateBuilder recommend(String key, String toLevel, RecommendationKind kind, Effort effort) {
        lastCapability()
                .recommendations
                .add(new Recommendation(key, toLevel, "Title of " + key, null, kind, effort, null));
        return this;
    }

    TemplateBuilder section(String key) {
        closeSection();
        openSectionKey = key;
        return this;
    }

    TemplateBuilder question(Q question) {
        if (openSectionKey == null) {
            openSectionKey = "s1";
        }
        openSection.add(question.build());
        return this;
    }

    TemplateBuilder threshold(double value) {
        qualification = true;
        threshold = value;
        return this;
    }

    TemplateBuilder rule(Condition when, double points, @Nullable String label) {
        qualification = true;
        rules.add(new Qualification.Rule(when, points, label));
        return this;
    }

    TemplateBuilder rule(Condition when, double points) {
        return rule(when, points, null);
    }

    TemplateBuilder require(Condition condition) {
        qualification = true;
        require.add(condition);
        return this;
    }

    Template build() {
        closeSection();
        List<Area> builtAreas = areas.stream()
                .map(a -> new Area(
                        a.key,
                        a.key,
                        null,
                        a.capabilities.stream()
                                .map(c -> new Capability(
                                        c.key, c.key, null, c.weight, c.target, Map.of(), c.recommendations))
                                .toList()))
                .toList();
        return new Template(
                Template.FORMAT,
                "test",
                "Test",
                "1.0.0",
                "en",
                null,
                new Scale(levels),
                scoring,
                defaultTarget,
                builtAreas,
                new Questionnaire("Interview", null, List.copyOf(sections)),
                qualification ? new Qualification(threshold, rules, require) : null);
    }

    private void closeSection() {
        if (openSectionKey != null) {
            sections.add(new Section(openSectionKey, openSectionKey, List.copyOf(openSection)));
            openSection.clear();
            openSectionKey = null;
        }
    }

    private CapabilityDraft lastCapability() {
        return areas.getLast().capabilities.getLast();
    }

    private static final class AreaDraft {
        final String key;
        final List<CapabilityDraft> capabilities = new ArrayList<>();

        AreaDraft(String key) {
            this.key = key;
        }
    }

    private static final class CapabilityDraft {
        final String key;
        final double weight;

        @Nullable
        String target;

        final List<Recommendation> recommendations = new ArrayList<>();

        CapabilityDraft(String key, double weight) {
            this.key = key;
            this.weight = weight;
        }
    }

    /** A question under construction. */
    static final class Q {
        private final String key;
        private final QuestionType type;
        private @Nullable String capability;
        private double weight = 1;
        private final List<Option> options = new ArrayList<>();
        private @Nullable String requires;
        private final List<Band> bands = new ArrayList<>();
        private @Nullable Condition showIf;

        private Q(String key, QuestionType type) {
            this.key = key;
            this.type = type;
        }

        static Q yesNo(String key) {
            return new Q(key, QuestionType.YES_NO);
        }

        static Q single(String key) {
            return new Q(key, QuestionType.SINGLE);
        }

        static Q scale(String key) {
            return new Q(key, QuestionType.SCALE);
        }

        static Q multi(String key) {
            return new Q(key, QuestionType.MULTI);
        }

        static Q number(String key) {
            return new Q(key, QuestionType.NUMBER);
        }

        static Q text(String key) {
            return new Q(key, QuestionType.TEXT);
        }

        Q of(String capabilityKey) {
            capability = capabilityKey;
            return this;
        }

        Q weight(double value) {
            weight = value;
            return this;
        }

        Q requires(String level) {
            requires = level;
            return this;
        }

        /** An option with a level and no points. */
        Q option(String optionKey, @Nullable String level) {
            return option(optionKey, level, 0);
        }

        Q option(String optionKey, @Nullable String level, double points) {
            options.add(new Option(optionKey, optionKey, level, points));
            return this;
        }

        /** An option without a level. */
        Q points(String optionKey, double points) {
            return option(optionKey, null, points);
        }

        Q band(@Nullable Double min, @Nullable Double max, @Nullable String level, double points) {
            bands.add(new Band(min, max, level, points));
            return this;
        }

        Q showIf(Condition condition) {
            showIf = condition;
            return this;
        }

        Question build() {
            return new Question(
                    key, capability, key, null, type, true, weight, options, requires, bands, null, null, null, showIf);
        }
    }
}
