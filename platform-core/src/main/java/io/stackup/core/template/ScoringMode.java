package io.stackup.core.template;

/** {@code gated}: a capability is as high as its lowest evidence. {@code weighted}: points against thresholds. */
public enum ScoringMode {
    GATED("gated"),
    WEIGHTED("weighted");

    private final String json;

    ScoringMode(String json) {
        this.json = json;
    }

    public String json() {
        return json;
    }
}
