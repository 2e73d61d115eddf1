package io.stackup.core.template;

import org.jspecify.annotations.Nullable;

/**
 * A step that lifts a capability to {@code toLevel}. {@code kind} process means no spend: a change of how the customer
 * works; {@code offering} names the partner's own service or product that delivers it.
 */
public record Recommendation(
        String key,
        String toLevel,
        String title,
        @Nullable String description,
        RecommendationKind kind,
        Effort effort,
        @Nullable String offering) {}
