package io.stackup.core.template;

import java.util.Objects;
import java.util.UUID;

/** The id of one template version (a draft or a published version). */
public record TemplateId(UUID value) {

    public TemplateId {
        Objects.requireNonNull(value, "value");
    }

    /** Parses an id from a path or form; {@code null} when it is not a UUID (such an id names nothing). */
    public static @org.jspecify.annotations.Nullable TemplateId parse(String value) {
        try {
            return new TemplateId(UUID.fromString(value));
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
