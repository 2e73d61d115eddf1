package io.stackup.api.webhook;

import io.stackup.api.Paging;
import io.stackup.api.ProblemResponses;
import io.stackup.core.tenancy.Roles;
import io.stackup.core.webhook.CreatedWebhook;
import io.stackup.core.webhook.WebhookDelivery;
import io.stackup.core.webhook.WebhookDraft;
import io.stackup.core.webhook.WebhookEndpoint;
import io.stackup.core.webhook.WebhookId;
import io.stackup.core.webhook.WebhookService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A tenant admin's webhook endpoints: list, create (the answer carries the secret, this once), change, delete, send a
 * {@code ping}, read the delivery log. An id of another tenant, or no id at all, is 404.
 */
@RestController
@RequestMapping("/api/v1/webhooks")
@Tag(name = "Webhooks")
class WebhookController {

    private final WebhookService webhooks;

    WebhookController(WebhookService webhooks) {
        this.webhooks = webhooks;
    }

    /**
     * An endpoint as given: {@code url} (http or https, reaching no private address), {@code events} (at least one of
     * lead.qualified, lead.status_changed, interview.completed), {@code enabled} (default true).
     */
    record Body(
            @NotNull(message = "missing") String url,
            @NotNull(message = "missing") List<String> events,
            @Nullable Boolean enabled) {

        WebhookDraft draft() {
            return new WebhookDraft(url, events, enabled == null || enabled);
        }
    }

    record View(String id, String url, List<String> events, boolean enabled, Instant createdAt) {
        static View of(WebhookEndpoint e) {
            return new View(e.id().toString(), e.url(), e.events(), e.enabled(), e.createdAt());
        }
    }

    record Created(String id, String url, List<String> events, boolean enabled, Instant createdAt, String secret) {
        static Created of(CreatedWebhook c) {
            WebhookEndpoint e = c.endpoint();
            return new Created(e.id().toString(), e.url(), e.events(), e.enabled(), e.createdAt(), c.secret());
        }
    }

    @GetMapping
    @Operation(operationId = "listWebhooks", summary = "The tenant's webhook endpoints, oldest first")
    Paging.Page<View> list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        Paging paging = Paging.of(page, size);
        return paging.page(
                webhooks.find(paging.offset(), paging.size()).stream()
                        .map(View::of)
                        .toList(),
                webhooks.count());
    }

    @RolesAllowed(Roles.TENANT_ADMIN)
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "createWebhook", summary = "Adds an endpoint; the answer carries its secret, this once")
    @ProblemResponses(HttpStatus.UNPROCESSABLE_CONTENT)
    Created create(@Valid @RequestBody Body body) {
        return Created.of(webhooks.create(body.draft()));
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getWebhook", summary = "One endpoint, without its secret")
    View get(@PathVariable WebhookId id) {
        return View.of(webhooks.get(id));
    }

    @RolesAllowed(Roles.TENANT_ADMIN)
    @PutMapping(value = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "changeWebhook", summary = "Changes an endpoint's URL, events and whether it is on")
    @ProblemResponses(HttpStatus.UNPROCESSABLE_CONTENT)
    View change(@PathVariable WebhookId id, @Valid @RequestBody Body body) {
        return View.of(webhooks.update(id, body.draft()));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "deleteWebhook", summary = "Deletes an endpoint and its delivery log")
    void delete(@PathVariable WebhookId id) {
        webhooks.delete(id);
    }

    @PostMapping("/{id}/test")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(operationId = "testWebhook", summary = "Sends a ping event to the endpoint")
    TestEvent test(@PathVariable WebhookId id) {
        UUID event = webhooks.test(id);
        return new TestEvent(event.toString());
    }

    /** The answer to a test: the id of the {@code ping} event on its way (its {@code Stackup-Event-Id}). */
    record TestEvent(String eventId) {}

    record DeliveryView(
            String id,
            String eventId,
            String type,
            int attempt,
            @Nullable Integer statusCode,
            @Nullable String error,
            Instant at) {
        static DeliveryView of(WebhookDelivery d) {
            return new DeliveryView(
                    d.id().toString(),
                    d.eventId().toString(),
                    d.eventType(),
                    d.attempt(),
                    d.statusCode(),
                    d.error(),
                    d.at());
        }
    }

    @GetMapping("/{id}/deliveries")
    @Operation(operationId = "listWebhookDeliveries", summary = "The endpoint's delivery attempts, newest first")
    Paging.Page<DeliveryView> deliveries(
            @PathVariable WebhookId id,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        Paging paging = Paging.of(page, size);
        return paging.page(
                webhooks.deliveries(id, paging.offset(), paging.size()).stream()
                        .map(DeliveryView::of)
                        .toList(),
                webhooks.countDeliveries(id));
    }
}
