package io.stackup.core.template;

import org.jspecify.annotations.Nullable;

/** A range of a {@code number} answer: it applies when {@code min ≤ x < max}; a missing bound is unbounded. */
public record Band(
        @Nullable Double min,
        @Nullable Double max,
        @Nullable String level,
        double points) {

    public boolean contains(double x) {
        return (min == null || min <= x) && (max == null || x < max);
    }
}
