package io.stackup.ui.template;

import io.stackup.core.template.Condition;
import io.stackup.ui.template.TemplateDraft.CapabilityDraft;
import io.stackup.ui.template.TemplateDraft.QuestionDraft;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * What in a draft refers to a level, capability, area or question, counted so a confirmation can say what a deletion
 * breaks ("3 questions and 2 rules refer to this capability").
 */
final class References {

    private References() {}

    /** Counts by kind, in the order questions, options/bands, capabilities, recommendations, rules, requirements. */
    record Count(int questions, int capabilities, int recommendations, int options, int rules, int requirements) {

        boolean none() {
            return questions + capabilities + recommendations + options + rules + requirements == 0;
        }
    }

    static Count toLevel(TemplateDraft d, String level) {
        int capabilities = (int) d.capabilities().stream()
                .filter(c -> level.equals(c.target) || c.levels.containsKey(level))
                .count();
        int recommendations = (int) d.capabilities().stream()
                .flatMap(c -> c.recommendations.stream())
                .filter(r -> level.equals(r.toLevel))
                .count();
        int questions = (int)
                d.questions().stream().filter(q -> level.equals(q.requires)).count();
        int options = (int) d.questions().stream()
                        .flatMap(q -> q.options.stream())
                        .filter(o -> level.equals(o.level))
                        .count()
                + (int) d.questions().stream()
                        .flatMap(q -> q.bands.stream())
                        .filter(b -> level.equals(b.level))
                        .count();
        Predicate<Condition> uses = c -> levels(c).anyMatch(level::equals);
        return new Count(
                questions,
                capabilities + (level.equals(d.defaultTarget) ? 1 : 0),
                recommendations,
                options,
                rules(d, uses),
                requirements(d, uses));
    }

    static Count toCapability(TemplateDraft d, CapabilityDraft capability) {
        int questions = (int) d.questions().stream()
                .filter(q -> capability.key.equals(q.capability))
                .count();
        Predicate<Condition> uses = c -> flatten(c)
                .anyMatch(x -> x instanceof Condition.CapabilityLevel l
                        && l.capability().equals(capability.key));
        return new Count(questions, 0, capability.recommendations.size(), 0, rules(d, uses), requirements(d, uses));
    }

    static Count toArea(TemplateDraft d, TemplateDraft.AreaDraft area) {
        List<String> keys = area.capabilities.stream().map(c -> c.key).toList();
        int questions = (int) d.questions().stream()
                .filter(q -> q.capability != null && keys.contains(q.capability))
                .count();
        Predicate<Condition> uses = c -> flatten(c)
                .anyMatch(x -> (x instanceof Condition.AreaGap g && g.area().equals(area.key))
                        || (x instanceof Condition.CapabilityLevel l && keys.contains(l.capability())));
        return new Count(questions, area.capabilities.size(), 0, 0, rules(d, uses), requirements(d, uses));
    }

    static Count toQuestion(TemplateDraft d, QuestionDraft question) {
        Predicate<Condition> uses = c -> questions(c).anyMatch(question.key::equals);
        int showIfs = (int) d.questions().stream()
                .filter(q -> q != question && q.showIf != null && uses.test(q.showIf))
                .count();
        return new Count(showIfs, 0, 0, 0, rules(d, uses), requirements(d, uses));
    }

    private static int rules(TemplateDraft d, Predicate<Condition> uses) {
        return (int) d.rules.stream()
                .filter(r -> r.when != null && uses.test(r.when))
                .count();
    }

    private static int requirements(TemplateDraft d, Predicate<Condition> uses) {
        return (int) d.require.stream().filter(uses).count();
    }

    static Stream<Condition> flatten(Condition condition) {
        List<Condition> all = new ArrayList<>();
        collect(condition, all);
        return all.stream();
    }

    private static void collect(Condition condition, List<Condition> into) {
        into.add(condition);
        switch (condition) {
            case Condition.All all -> all.conditions().forEach(c -> collect(c, into));
            case Condition.Any any -> any.conditions().forEach(c -> collect(c, into));
            case Condition.Not not -> collect(not.condition(), into);
            default -> {}
        }
    }

    static Stream<String> questions(Condition condition) {
        return flatten(condition)
                .map(c -> switch (c) {
                    case Condition.AnyOf a -> a.question();
                    case Condition.AllOf a -> a.question();
                    case Condition.NumberRange n -> n.question();
                    case Condition.Answered a -> a.question();
                    default -> null;
                })
                .filter(Objects::nonNull);
    }

    private static Stream<String> levels(Condition condition) {
        return flatten(condition)
                .flatMap(c -> switch (c) {
                    case Condition.CapabilityLevel l -> Stream.of(l.atMost(), l.atLeast());
                    case Condition.OverallLevel l -> Stream.of(l.atMost(), l.atLeast());
                    default -> Stream.<String>empty();
                })
                .filter(Objects::nonNull);
    }
}
