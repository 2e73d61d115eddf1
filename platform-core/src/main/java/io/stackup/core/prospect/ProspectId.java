package io.stackup.core.prospect;

import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The id of a prospect. */
public record ProspectId(UUID value) {

    public ProspectId {
        Objects.requireNonNull(value, "value");
    }

    /** Parses an id from a path or form; {@code null} when it is not a UUID (such an id names nothing). */
    public static @Nullable ProspectId parse(String value) {
        try {
            return new ProspectId(UUID.fromString(value));
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
