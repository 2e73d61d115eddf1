package io.stackup.ui.template;

import io.stackup.core.template.Condition;
import io.stackup.ui.template.TemplateDraft.AreaDraft;
import io.stackup.ui.template.TemplateDraft.CapabilityDraft;
import io.stackup.ui.template.TemplateDraft.LevelDraft;
import io.stackup.ui.template.TemplateDraft.OptionDraft;
import io.stackup.ui.template.TemplateDraft.QuestionDraft;
import io.stackup.ui.template.TemplateDraft.RuleDraft;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * Renames a key and makes everything in the draft that refers to it follow, as docs/spec/template-format.md defines
 * references: a level (default target, thresholds, capability targets and level texts, recommendations'
 * {@code toLevel}, {@code requires}, option and band levels, level bounds in conditions), a capability (questions'
 * {@code capability}, capability conditions), an area (area-gap conditions), a question and its options (question
 * conditions in {@code showIf}, rules and requirements). Sections and recommendations are referred to by nothing, so
 * their keys are set plainly.
 *
 * <p>References follow only when the rename is unambiguous: the old key was not blank, nothing else still has it, and
 * nothing else already has the new one. Otherwise they keep the old key, so they show as problems instead of silently
 * pointing at another thing with the same key.
 */
final class KeyRenames {

    private KeyRenames() {}

    /**
     * What a rename made follow, counted per kind so the editor can say it ("updated 1 rule, 1 showIf"): questions
     * whose {@code capability} changed, and {@code showIf}s, rules and requirements whose condition changed.
     */
    record Followed(int questions, int showIfs, int rules, int requirements) {

        static final Followed NOTHING = new Followed(0, 0, 0, 0);

        boolean none() {
            return questions + showIfs + rules + requirements == 0;
        }

        Followed plusQuestions(int more) {
            return new Followed(questions + more, showIfs, rules, requirements);
        }
    }

    static void level(TemplateDraft d, LevelDraft level, String key) {
        String old = level.key;
        level.key = key;
        List<String> others =
                d.levels.stream().filter(l -> l != level).map(l -> l.key).toList();
        if (!follows(old, key, others)) {
            return;
        }
        if (old.equals(d.defaultTarget)) {
            d.defaultTarget = key;
        }
        renameKey(d.thresholds, old, key);
        for (CapabilityDraft c : d.capabilities()) {
            if (old.equals(c.target)) {
                c.target = key;
            }
            renameKey(c.levels, old, key);
            c.recommendations.stream().filter(r -> old.equals(r.toLevel)).forEach(r -> r.toLevel = key);
        }
        for (QuestionDraft q : d.questions()) {
            if (old.equals(q.requires)) {
                q.requires = key;
            }
            q.options.stream().filter(o -> old.equals(o.level)).forEach(o -> o.level = key);
            q.bands.stream().filter(b -> old.equals(b.level)).forEach(b -> b.level = key);
        }
        UnaryOperator<@Nullable String> rename = l -> old.equals(l) ? key : l;
        conditions(d, c -> switch (c) {
            case Condition.CapabilityLevel l ->
                new Condition.CapabilityLevel(l.capability(), rename.apply(l.atMost()), rename.apply(l.atLeast()));
            case Condition.OverallLevel l ->
                new Condition.OverallLevel(rename.apply(l.atMost()), rename.apply(l.atLeast()));
            default -> c;
        });
    }

    static void area(TemplateDraft d, AreaDraft area, String key) {
        String old = area.key;
        area.key = key;
        List<String> others =
                d.areas.stream().filter(a -> a != area).map(a -> a.key).toList();
        if (follows(old, key, others)) {
            conditions(
                    d,
                    c -> c instanceof Condition.AreaGap g && g.area().equals(old)
                            ? new Condition.AreaGap(key, g.gapAtLeast())
                            : c);
        }
    }

    static Followed capability(TemplateDraft d, CapabilityDraft capability, String key) {
        String old = capability.key;
        capability.key = key;
        List<String> others = d.capabilities().stream()
                .filter(c -> c != capability)
                .map(c -> c.key)
                .toList();
        if (!follows(old, key, others)) {
            return Followed.NOTHING;
        }
        List<QuestionDraft> using =
                d.questions().stream().filter(q -> old.equals(q.capability)).toList();
        using.forEach(q -> q.capability = key);
        return conditions(
                        d,
                        c -> c instanceof Condition.CapabilityLevel l
                                        && l.capability().equals(old)
                                ? new Condition.CapabilityLevel(key, l.atMost(), l.atLeast())
                                : c)
                .plusQuestions(using.size());
    }

    static Followed question(TemplateDraft d, QuestionDraft question, String key) {
        String old = question.key;
        question.key = key;
        List<String> others = d.questions().stream()
                .filter(q -> q != question)
                .map(q -> q.key)
                .toList();
        if (!follows(old, key, others)) {
            return Followed.NOTHING;
        }
        return conditions(d, c -> switch (c) {
            case Condition.AnyOf a when a.question().equals(old) -> new Condition.AnyOf(key, a.options());
            case Condition.AllOf a when a.question().equals(old) -> new Condition.AllOf(key, a.options());
            case Condition.NumberRange n
            when n.question().equals(old) -> new Condition.NumberRange(key, n.min(), n.max());
            case Condition.Answered a when a.question().equals(old) -> new Condition.Answered(key);
            default -> c;
        });
    }

    /** An option's key; conditions on its question that list it follow (options are unique within a question). */
    static void option(TemplateDraft d, QuestionDraft question, OptionDraft option, String key) {
        String old = option.key;
        option.key = key;
        List<String> others = question.options.stream()
                .filter(o -> o != option)
                .map(o -> o.key)
                .toList();
        boolean questionUnique =
                d.questions().stream().filter(q -> q.key.equals(question.key)).count() == 1;
        if (!questionUnique || !follows(old, key, others)) {
            return;
        }
        UnaryOperator<List<String>> rename =
                keys -> keys.stream().map(k -> k.equals(old) ? key : k).toList();
        conditions(d, c -> switch (c) {
            case Condition.AnyOf a
            when a.question().equals(question.key) -> new Condition.AnyOf(a.question(), rename.apply(a.options()));
            case Condition.AllOf a
            when a.question().equals(question.key) -> new Condition.AllOf(a.question(), rename.apply(a.options()));
            default -> c;
        });
    }

    private static boolean follows(String old, String key, List<String> others) {
        return !old.isBlank() && !old.equals(key) && !others.contains(old) && !others.contains(key);
    }

    /** Replaces a map key in place, keeping its position. */
    private static <V> void renameKey(Map<String, V> map, String old, String key) {
        if (!map.containsKey(old) || map.containsKey(key)) {
            return;
        }
        Map<String, V> copy = new LinkedHashMap<>(map);
        map.clear();
        copy.forEach((k, v) -> map.put(k.equals(old) ? key : k, v));
    }

    /** Rewrites every condition of the draft (showIf, rules, requirements), leaf by leaf; counts those that changed. */
    private static Followed conditions(TemplateDraft d, UnaryOperator<Condition> leaf) {
        int showIfs = 0;
        int rules = 0;
        int requirements = 0;
        for (QuestionDraft q : d.questions()) {
            Condition showIf = q.showIf;
            if (showIf != null) {
                q.showIf = rewrite(showIf, leaf);
                showIfs += showIf.equals(q.showIf) ? 0 : 1;
            }
        }
        for (RuleDraft r : d.rules) {
            Condition when = r.when;
            if (when != null) {
                r.when = rewrite(when, leaf);
                rules += when.equals(r.when) ? 0 : 1;
            }
        }
        for (int i = 0; i < d.require.size(); i++) {
            Condition before = d.require.get(i);
            Condition after = rewrite(before, leaf);
            d.require.set(i, after);
            requirements += before.equals(after) ? 0 : 1;
        }
        return new Followed(0, showIfs, rules, requirements);
    }

    static Condition rewrite(Condition condition, UnaryOperator<Condition> leaf) {
        return switch (condition) {
            case Condition.All all ->
                new Condition.All(
                        all.conditions().stream().map(c -> rewrite(c, leaf)).toList());
            case Condition.Any any ->
                new Condition.Any(
                        any.conditions().stream().map(c -> rewrite(c, leaf)).toList());
            case Condition.Not not -> new Condition.Not(rewrite(not.condition(), leaf));
            default -> Objects.requireNonNull(leaf.apply(condition));
        };
    }
}
