package io.stackup.core.template.scoring;

import io.stackup.core.template.Band;
import io.stackup.core.template.Option;
import io.stackup.core.template.Question;
import io.stackup.core.template.QuestionType;
import io.stackup.core.template.Scale;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A question with every key resolved to an index: its options (as bit positions), their levels and points, the
 * checklist requirements per level, its bands and the weighted-mode denominator. Immutable.
 */
final class CompiledQuestion {

    static final int NONE = -1;

    /** Options are bits of a {@code long}; the format allows at most 50. */
    private static final int MAX_OPTIONS = Long.SIZE;

    final int index;
    final String key;
    final QuestionType type;
    /** The capability's index, or {@link #NONE}. */
    final int capability;

    final double weight;
    final int[] optionLevel;
    final double[] optionPoints;
    /** {@code multi}: for each level, the options that are requirements of it. */
    final long[] requirements;

    final boolean hasRequirements;
    final Band[] bands;
    final int[] bandLevel;
    /**
     * Weighted mode: max points over the options or bands, or the sum of positive points ({@code multi});
     * {@code NaN} when the question has nothing to divide by.
     */
    final double denominator;

    final @Nullable CompiledCondition showIf;
    private final Map<String, Integer> optionIndex;

    private CompiledQuestion(
            int index,
            Question question,
            Scale scale,
            int capability,
            List<Option> options,
            @Nullable CompiledCondition showIf) {
        if (options.size() > MAX_OPTIONS) {
            throw new IllegalArgumentException("question '" + question.key() + "' has more than 64 options");
        }
        this.index = index;
        this.key = question.key();
        this.type = question.type();
        this.capability = capability;
        this.weight = question.weight();
        this.showIf = showIf;
        int n = options.size();
        this.optionLevel = new int[n];
        this.optionPoints = new double[n];
        this.optionIndex = HashMap.newHashMap(n);
        this.requirements = new long[scale.levels().size()];
        boolean anyLevel = false;
        for (int i = 0; i < n; i++) {
            Option option = options.get(i);
            optionIndex.put(option.key(), i);
            optionLevel[i] = levelIndex(scale, option.level());
            optionPoints[i] = option.points();
            if (optionLevel[i] != NONE) {
                anyLevel = true;
                requirements[optionLevel[i]] |= 1L << i;
            }
        }
        this.hasRequirements = anyLevel;
        this.bands = question.bands().toArray(Band[]::new);
        this.bandLevel = new int[bands.length];
        for (int i = 0; i < bands.length; i++) {
            bandLevel[i] = levelIndex(scale, bands[i].level());
        }
        this.denominator = denominator(type, optionPoints, bands);
    }

    static CompiledQuestion compile(
            int index,
            Question question,
            Scale scale,
            Map<String, Integer> capabilities,
            @Nullable CompiledCondition showIf) {
        int capability = NONE;
        if (question.capability() != null) {
            Integer found = capabilities.get(question.capability());
            if (found == null) {
                throw new IllegalArgumentException(
                        "question '" + question.key() + "' scores unknown capability '" + question.capability() + "'");
            }
            capability = found;
        }
        return new CompiledQuestion(index, question, scale, capability, question.effectiveOptions(scale), showIf);
    }

    /** The option's bit position; throws {@link IllegalArgumentException} for an unknown option. */
    int option(String optionKey) {
        Integer i = optionIndex.get(optionKey);
        if (i == null) {
            throw new IllegalArgumentException("question '" + key + "' has no option '" + optionKey + "'");
        }
        return i;
    }

    /** The options as a bit set. */
    long mask(List<String> optionKeys) {
        long mask = 0;
        for (String optionKey : optionKeys) {
            mask |= 1L << option(optionKey);
        }
        return mask;
    }

    /** The first band with {@code min ≤ x < max}, or {@link #NONE}. */
    int band(double x) {
        for (int i = 0; i < bands.length; i++) {
            if (bands[i].contains(x)) {
                return i;
            }
        }
        return NONE;
    }

    private static int levelIndex(Scale scale, @Nullable String level) {
        if (level == null) {
            return NONE;
        }
        int i = scale.indexOf(level);
        if (i < 0) {
            throw new IllegalArgumentException("unknown level '" + level + "'");
        }
        return i;
    }

    private static double denominator(QuestionType type, double[] optionPoints, Band[] bands) {
        double result = Double.NaN;
        switch (type) {
            case YES_NO, SINGLE, SCALE -> {
                for (double p : optionPoints) {
                    result = Double.isNaN(result) ? p : Math.max(result, p);
                }
            }
            case MULTI -> {
                result = 0;
                for (double p : optionPoints) {
                    if (p > 0) {
                        result += p;
                    }
                }
            }
            case NUMBER -> {
                for (Band band : bands) {
                    result = Double.isNaN(result) ? band.points() : Math.max(result, band.points());
                }
            }
            case TEXT -> {}
        }
        return result;
    }
}
