package io.stackup.core.webhook;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One attempt to deliver an event to an endpoint.
 *
 * @param statusCode the receiver's HTTP status; {@code null} when no response came
 * @param error why the attempt failed; {@code null} for a 2xx
 */
public record WebhookDelivery(
        UUID id,
        UUID eventId,
        String eventType,
        int attempt,
        @Nullable Integer statusCode,
        @Nullable String error,
        Instant at) {}
