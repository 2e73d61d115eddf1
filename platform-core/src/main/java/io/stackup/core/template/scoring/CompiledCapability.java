package io.stackup.core.template.scoring;

/**
 * A capability with its area, its scored questions (indexes, in document order) and its target before any override.
 */
record CompiledCapability(String key, int index, int area, double weight, int[] questions, int defaultTarget) {}
