package io.stackup.core.template;

import org.jspecify.annotations.Nullable;

/** A choice of a question. {@code level} gives evidence in gated mode; {@code points} (default 0) in weighted mode. */
public record Option(String key, String label, @Nullable String level, double points) {}
