/**
 * Webhooks: a tenant's endpoints receive {@code lead.qualified}, {@code lead.status_changed} and
 * {@code interview.completed} as signed JSON POSTs (docs/spec/api.md, "Webhooks"). Each delivery is a one-time
 * scheduled task enqueued in the transaction of the change (docs/adr/0013-scheduled-work.md), retried with backoff,
 * every attempt logged. Addresses that reach into the platform's own network are refused on save and again, resolved,
 * at send time ({@link io.stackup.core.webhook.WebhookAddressGuard}). This package's API:
 * {@link io.stackup.core.webhook.WebhookService}.
 */
@NullMarked
package io.stackup.core.webhook;

import org.jspecify.annotations.NullMarked;
