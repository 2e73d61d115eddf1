package io.stackup.core.webhook;

import java.time.Instant;
import java.util.List;

/** A webhook endpoint of the tenant, without its secret (which is shown once, on creation). */
public record WebhookEndpoint(WebhookId id, String url, List<String> events, boolean enabled, Instant createdAt) {

    public WebhookEndpoint {
        events = List.copyOf(events);
    }
}
