package io.stackup.core.template;

/** In roadmap order: small first. */
public enum Effort {
    S,
    M,
    L
}
