package io.stackup.ui.template;

import io.stackup.core.template.Condition;
import io.stackup.ui.template.TemplateDraft.AreaDraft;
import io.stackup.ui.template.TemplateDraft.CapabilityDraft;
import io.stackup.ui.template.TemplateDraft.LevelDraft;
import io.stackup.ui.template.TemplateDraft.OptionDraft;
import io.stackup.ui.template.TemplateDraft.QuestionDraft;
import io.stackup.ui.template.TemplateDraft.RuleDraft;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;
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

    /** A kind of reference a rename can make follow, in the order a summary names them. */
    enum Ref {
        DEFAULT_TARGET,
        THRESHOLDS,
        TARGETS,
        LEVEL_TEXTS,
        RECOMMENDATIONS,
        REQUIRES,
        OPTIONS,
        BANDS,
        QUESTIONS,
        SHOW_IFS,
        RULES,
        REQUIREMENTS
    }

    /**
     * What a rename made follow, counted per kind so the editor can say it ("updated 1 rule, 1 showIf"): the default
     * target, thresholds, capabilities whose target or level texts changed, recommendations whose {@code toLevel}
     * changed, questions whose {@code requires} or {@code capability} changed, options and bands whose level changed,
     * and {@code showIf}s, rules and requirements whose condition changed. Kinds with nothing followed are left out,
     * so two results are equal exactly when they count the same.
     */
    record Followed(Map<Ref, Integer> counts) {

        static final Followed NOTHING = new Followed(Map.of());

        Followed {
            EnumMap<Ref, Integer> kept = new EnumMap<>(Ref.class);
            counts.forEach((ref, n) -> {
                if (n > 0) {
                    kept.put(ref, n);
                }
            });
            counts = Collections.unmodifiableMap(kept);
        }

        /** Counts given as pairs of kind and number, e.g. {@code of(Ref.RULES, 1, Ref.SHOW_IFS, 2)}. */
        static Followed of(Object... pairs) {
            Map<Ref, Integer> counts = new EnumMap<>(Ref.class);
            for (int i = 0; i < pairs.length; i += 2) {
                counts.merge((Ref) pairs[i], (Integer) pairs[i + 1], Integer::sum);
            }
            return new Followed(counts);
        }

        int count(Ref ref) {
            return counts.getOrDefault(ref, 0);
        }

        boolean none() {
            return counts.isEmpty();
        }

        Followed plus(Followed more) {
            Map<Ref, Integer> sum = new EnumMap<>(Ref.class);
            sum.putAll(counts);
            more.counts.forEach((ref, n) -> sum.merge(ref, n, Integer::sum));
            return new Followed(sum);
        }
    }

    static Followed level(TemplateDraft d, LevelDraft level, String key) {
        String old = level.key;
        level.key = key;
        List<String> others =
                d.levels.stream().filter(l -> l != level).map(l -> l.key).toList();
        if (!follows(old, key, others)) {
            return Followed.NOTHING;
        }
        Map<Ref, Integer> counts = new EnumMap<>(Ref.class);
        if (old.equals(d.defaultTarget)) {
            d.defaultTarget = key;
            counts.merge(Ref.DEFAULT_TARGET, 1, Integer::sum);
        }
        counts.merge(Ref.THRESHOLDS, renameKey(d.thresholds, old, key), Integer::sum);
        for (CapabilityDraft c : d.capabilities()) {
            if (old.equals(c.target)) {
                c.target = key;
                counts.merge(Ref.TARGETS, 1, Integer::sum);
            }
            counts.merge(Ref.LEVEL_TEXTS, renameKey(c.levels, old, key), Integer::sum);
            counts.merge(
                    Ref.RECOMMENDATIONS,
                    set(c.recommendations, r -> r.toLevel, (r, v) -> r.toLevel = v, old, key),
                    Integer::sum);
        }
        for (QuestionDraft q : d.questions()) {
            if (old.equals(q.requires)) {
                q.requires = key;
                counts.merge(Ref.REQUIRES, 1, Integer::sum);
            }
            counts.merge(Ref.OPTIONS, set(q.options, o -> o.level, (o, v) -> o.level = v, old, key), Integer::sum);
            counts.merge(Ref.BANDS, set(q.bands, b -> b.level, (b, v) -> b.level = v, old, key), Integer::sum);
        }
        UnaryOperator<@Nullable String> rename = l -> old.equals(l) ? key : l;
        return new Followed(counts).plus(conditions(d, c -> switch (c) {
            case Condition.CapabilityLevel l ->
                new Condition.CapabilityLevel(l.capability(), rename.apply(l.atMost()), rename.apply(l.atLeast()));
            case Condition.OverallLevel l ->
                new Condition.OverallLevel(rename.apply(l.atMost()), rename.apply(l.atLeast()));
            default -> c;
        }));
    }

    /** Sets the old key to the new one in each item whose field has it; returns how many changed. */
    private static <T> int set(
            List<T> items, Function<T, @Nullable String> get, BiConsumer<T, String> put, String old, String key) {
        int changed = 0;
        for (T item : items) {
            if (old.equals(get.apply(item))) {
                put.accept(item, key);
                changed++;
            }
        }
        return changed;
    }

    static Followed area(TemplateDraft d, AreaDraft area, String key) {
        String old = area.key;
        area.key = key;
        List<String> others =
                d.areas.stream().filter(a -> a != area).map(a -> a.key).toList();
        if (!follows(old, key, others)) {
            return Followed.NOTHING;
        }
        return conditions(
                d,
                c -> c instanceof Condition.AreaGap g && g.area().equals(old)
                        ? new Condition.AreaGap(key, g.gapAtLeast())
                        : c);
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
                .plus(Followed.of(Ref.QUESTIONS, using.size()));
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
    static Followed option(TemplateDraft d, QuestionDraft question, OptionDraft option, String key) {
        String old = option.key;
        option.key = key;
        List<String> others = question.options.stream()
                .filter(o -> o != option)
                .map(o -> o.key)
                .toList();
        boolean questionUnique =
                d.questions().stream().filter(q -> q.key.equals(question.key)).count() == 1;
        if (!questionUnique || !follows(old, key, others)) {
            return Followed.NOTHING;
        }
        UnaryOperator<List<String>> rename =
                keys -> keys.stream().map(k -> k.equals(old) ? key : k).toList();
        return conditions(d, c -> switch (c) {
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

    /** Replaces a map key in place, keeping its position; returns 1 if it did, else 0. */
    private static <V> int renameKey(Map<String, V> map, String old, String key) {
        if (!map.containsKey(old) || map.containsKey(key)) {
            return 0;
        }
        Map<String, V> copy = new LinkedHashMap<>(map);
        map.clear();
        copy.forEach((k, v) -> map.put(k.equals(old) ? key : k, v));
        return 1;
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
        return Followed.of(Ref.SHOW_IFS, showIfs, Ref.RULES, rules, Ref.REQUIREMENTS, requirements);
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
