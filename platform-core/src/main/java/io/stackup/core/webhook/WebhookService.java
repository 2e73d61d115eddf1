package io.stackup.core.webhook;

import io.stackup.core.audit.AuditEntry;
import io.stackup.core.audit.AuditLog;
import io.stackup.core.template.Problem;
import io.stackup.core.tenancy.Roles;
import io.stackup.core.tenancy.TenantContext;
import io.stackup.core.tenancy.TenantId;
import io.stackup.core.webhook.repository.WebhookRepository;
import jakarta.annotation.security.RolesAllowed;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The current tenant's webhook endpoints, for its admins: list, create (the secret is made here, 256 random bits,
 * and returned this once), change, delete, send a test event, read the delivery log. Another tenant's endpoint does
 * not exist here ({@link WebhookNotFoundException}). Errors: {@link WebhookValidationException} naming each problem by
 * JSON path ({@code $.url}, {@code $.events}); nothing is stored then.
 */
@Service
@Transactional
@RolesAllowed(Roles.TENANT_ADMIN)
public class WebhookService {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final WebhookRepository webhooks;
    private final WebhookAddressGuard guard;
    private final WebhookPublisher publisher;
    private final AuditLog audit;

    WebhookService(WebhookRepository webhooks, WebhookAddressGuard guard, WebhookPublisher publisher, AuditLog audit) {
        this.webhooks = webhooks;
        this.guard = guard;
        this.publisher = publisher;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<WebhookEndpoint> find(int offset, int limit) {
        return webhooks.find(TenantContext.requireTenant(), offset, limit);
    }

    @Transactional(readOnly = true)
    public int count() {
        return webhooks.count(TenantContext.requireTenant());
    }

    @Transactional(readOnly = true)
    public WebhookEndpoint get(WebhookId id) {
        return webhooks.find(TenantContext.requireTenant(), id).orElseThrow(() -> new WebhookNotFoundException(id));
    }

    /** Adds an endpoint; its secret is in the answer, and only there. */
    public CreatedWebhook create(WebhookDraft draft) {
        WebhookDraft valid = validate(draft);
        String secret = "whsec_" + secret();
        WebhookEndpoint endpoint = webhooks.insert(
                TenantContext.requireTenant(),
                valid.url(),
                secret,
                valid.events(),
                valid.enabled(),
                TenantContext.currentUser().orElse("system"));
        audit.record(AuditEntry.of(
                        "webhook.created", "webhook", endpoint.id(), "Added the webhook endpoint " + endpoint.url())
                .with("url", endpoint.url())
                .with("events", String.join(", ", endpoint.events()))
                .with("enabled", endpoint.enabled()));
        return new CreatedWebhook(endpoint, secret);
    }

    /** Changes an endpoint's URL, events and whether it is on; its secret stays. */
    public WebhookEndpoint update(WebhookId id, WebhookDraft draft) {
        WebhookDraft valid = validate(draft);
        WebhookEndpoint before = get(id);
        WebhookEndpoint after = webhooks.update(
                        TenantContext.requireTenant(), id, valid.url(), valid.events(), valid.enabled())
                .orElseThrow(() -> new WebhookNotFoundException(id));
        audit.record(AuditEntry.of("webhook.changed", "webhook", id, "Changed the webhook endpoint " + after.url())
                .with("urlBefore", before.url())
                .with("urlAfter", after.url())
                .with("eventsBefore", String.join(", ", before.events()))
                .with("eventsAfter", String.join(", ", after.events()))
                .with("enabledBefore", before.enabled())
                .with("enabledAfter", after.enabled()));
        return after;
    }

    /** Deletes an endpoint with its delivery log; deliveries still queued for it end without a request. */
    public void delete(WebhookId id) {
        WebhookEndpoint endpoint = get(id);
        if (!webhooks.delete(TenantContext.requireTenant(), id)) {
            throw new WebhookNotFoundException(id);
        }
        audit.record(AuditEntry.of("webhook.deleted", "webhook", id, "Deleted the webhook endpoint " + endpoint.url())
                .with("url", endpoint.url())
                .with("events", String.join(", ", endpoint.events())));
    }

    /** Enqueues a {@code ping} event to the endpoint (enabled or not), delivered and logged as any other. */
    public UUID test(WebhookId id) {
        TenantId tenant = TenantContext.requireTenant();
        WebhookEndpoint endpoint = get(id);
        UUID eventId = UUID.randomUUID();
        String body = WebhookPublisher.body(
                eventId,
                WebhookEventType.PING,
                Instant.now(),
                tenant,
                Map.of("webhook", endpoint.id().toString()));
        publisher.enqueue(tenant, id, eventId, WebhookEventType.PING, body);
        return eventId;
    }

    /** A page of the endpoint's delivery attempts, newest first. */
    @Transactional(readOnly = true)
    public List<WebhookDelivery> deliveries(WebhookId id, int offset, int limit) {
        TenantId tenant = TenantContext.requireTenant();
        get(id);
        return webhooks.deliveries(tenant, id, offset, limit);
    }

    @Transactional(readOnly = true)
    public int countDeliveries(WebhookId id) {
        get(id);
        return webhooks.countDeliveries(TenantContext.requireTenant(), id);
    }

    private WebhookDraft validate(WebhookDraft draft) {
        List<Problem> problems = new ArrayList<>();
        String url = draft.url().strip();
        if (url.isEmpty()) {
            problems.add(new Problem("$.url", "give the URL events are sent to"));
        } else if (url.length() > 2000) {
            problems.add(new Problem("$.url", "the URL is longer than 2000 characters"));
        } else {
            try {
                guard.check(url);
            } catch (WebhookAddressGuard.RefusedAddressException e) {
                problems.add(new Problem("$.url", String.valueOf(e.getMessage())));
            }
        }
        LinkedHashSet<String> events = new LinkedHashSet<>(draft.events());
        if (events.isEmpty()) {
            problems.add(new Problem("$.events", "choose at least one event"));
        }
        for (String event : events) {
            if (!WebhookEventType.SUBSCRIBABLE.contains(event)) {
                problems.add(new Problem(
                        "$.events",
                        "unknown event " + event + "; known are " + String.join(", ", WebhookEventType.SUBSCRIBABLE)));
            }
        }
        if (!problems.isEmpty()) {
            throw new WebhookValidationException(problems);
        }
        return new WebhookDraft(url, List.copyOf(events), draft.enabled());
    }

    private static String secret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
