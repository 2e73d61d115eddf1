package io.stackup.core.template;

import org.jspecify.annotations.Nullable;

/** One rung of the scale. */
public record Level(String key, String name, @Nullable String description) {}
