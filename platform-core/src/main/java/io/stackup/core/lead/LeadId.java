package io.stackup.core.lead;

import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The id of a lead. */
public record LeadId(UUID value) {

    public LeadId {
        Objects.requireNonNull(value, "value");
    }

    /** Parses an id from a path or form; {@code null} when it is not a UUID (such an id names nothing). */
    public static @Nullable LeadId parse(String value) {
        try {
            return new LeadId(UUID.fromString(value));
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
