package io.stackup.core.webhook;

import java.util.UUID;

/** No endpoint with that id exists for the current tenant (another tenant's does not exist either). */
public final class WebhookNotFoundException extends RuntimeException {

    public WebhookNotFoundException(UUID id) {
        this(id.toString());
    }

    /** For a text that is no id at all, as well. */
    public WebhookNotFoundException(String id) {
        super("No webhook " + id + ". Reload the list of webhooks.");
    }

    /** Reads a webhook id from a path. */
    public static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new WebhookNotFoundException(id);
        }
    }
}
