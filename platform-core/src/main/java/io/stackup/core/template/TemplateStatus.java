package io.stackup.core.template;

/** A draft changes; a published version never does. */
public enum TemplateStatus {
    DRAFT,
    PUBLISHED;

    public String json() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static TemplateStatus fromJson(String value) {
        return valueOf(value.toUpperCase(java.util.Locale.ROOT));
    }
}
