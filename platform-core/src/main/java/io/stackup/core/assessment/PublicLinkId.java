package io.stackup.core.assessment;

import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The id of a public link (not its token: the id is no secret and opens nothing). */
public record PublicLinkId(UUID value) {

    public PublicLinkId {
        Objects.requireNonNull(value, "value");
    }

    /** Parses an id; {@code null} when it is not a UUID. */
    public static @Nullable PublicLinkId parse(String value) {
        try {
            return new PublicLinkId(UUID.fromString(value));
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
