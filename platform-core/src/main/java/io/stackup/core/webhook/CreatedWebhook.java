package io.stackup.core.webhook;

/** A new endpoint and its signing secret, which is shown this once and never again. */
public record CreatedWebhook(WebhookEndpoint endpoint, String secret) {}
