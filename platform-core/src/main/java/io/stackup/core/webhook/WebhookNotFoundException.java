package io.stackup.core.webhook;

import java.util.UUID;

/** No endpoint with that id exists for the current tenant (another tenant's does not exist either). */
public final class WebhookNotFoundException extends RuntimeException {

    public WebhookNotFoundException(UUID id) {
        super("No webhook " + id + ". Reload the list of webhooks.");
    }
}
