package io.stackup.core.template;

/** In roadmap order: no-spend process changes first. */
public enum RecommendationKind {
    PROCESS,
    SERVICE,
    PRODUCT;

    public String json() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
