package io.stackup.core.webhook;

/**
 * No endpoint with that id exists for the current tenant (another tenant's does not exist either). A text that is no
 * id at all names no endpoint either: {@link WebhookId#parse} gives {@code null} for it, and the caller answers as for
 * an unknown id.
 */
public final class WebhookNotFoundException extends RuntimeException {

    public WebhookNotFoundException(WebhookId id) {
        super("No webhook " + id + ". Reload the list of webhooks.");
    }
}
