package io.stackup.core.interview;

import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The id of an interview. */
public record InterviewId(UUID value) {

    public InterviewId {
        Objects.requireNonNull(value, "value");
    }

    /** Parses an id from a path or form; {@code null} when it is not a UUID (such an id names nothing). */
    public static @Nullable InterviewId parse(String value) {
        try {
            return new InterviewId(UUID.fromString(value));
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
