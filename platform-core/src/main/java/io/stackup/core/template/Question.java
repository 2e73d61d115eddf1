package io.stackup.core.template;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A question, as written in the document: a {@code yes_no} without options keeps {@code options} empty and
 * {@code requires} as written; {@link #effectiveOptions(Scale)} gives the two options it stands for.
 *
 * @param capability the capability it scores, or {@code null} (never scored: context, BANT, consent)
 * @param required {@code true} by default
 * @param weight greater than 0, 1 by default (weighted mode)
 * @param requires {@code yes_no} only: the level this question is a requirement for
 * @param bands {@code number} only
 * @param showIf {@code null}, or a condition over earlier questions only
 */
public record Question(
        String key,
        @Nullable String capability,
        String text,
        @Nullable String help,
        QuestionType type,
        boolean required,
        double weight,
        List<Option> options,
        @Nullable String requires,
        List<Band> bands,
        @Nullable Double minValue,
        @Nullable Double maxValue,
        @Nullable String unit,
        @Nullable Condition showIf) {

    public Question {
        options = List.copyOf(options);
        bands = List.copyOf(bands);
    }

    /**
     * The options an answer chooses from. A {@code yes_no} without explicit options has {@code yes} (the highest
     * level, 1 point) and {@code no} (0 points; the level just below {@code requires}, or the lowest level without it).
     */
    public List<Option> effectiveOptions(Scale scale) {
        if (type != QuestionType.YES_NO || !options.isEmpty()) {
            return options;
        }
        String noLevel = requires == null
                ? scale.lowest().key()
                : scale.levels().get(scale.indexOf(requires) - 1).key();
        return List.of(new Option("yes", "Yes", scale.highest().key(), 1), new Option("no", "No", noLevel, 0));
    }
}
