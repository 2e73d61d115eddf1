package io.stackup.core.webhook;

import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The id of a webhook endpoint. */
public record WebhookId(UUID value) {

    public WebhookId {
        Objects.requireNonNull(value, "value");
    }

    /** Parses an id from a path or form; {@code null} when it is not a UUID (such an id names nothing). */
    public static @Nullable WebhookId parse(String value) {
        try {
            return new WebhookId(UUID.fromString(value));
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
