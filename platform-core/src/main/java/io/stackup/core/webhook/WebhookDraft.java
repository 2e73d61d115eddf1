package io.stackup.core.webhook;

import java.util.List;

/** What an admin gives for an endpoint: its URL, the event types it receives, whether it is on. */
public record WebhookDraft(String url, List<String> events, boolean enabled) {

    public WebhookDraft {
        events = List.copyOf(events);
    }
}
