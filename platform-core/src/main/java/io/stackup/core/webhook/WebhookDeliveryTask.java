package io.stackup.core.webhook;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import io.stackup.core.scheduling.TenantTasks;
import io.stackup.core.scheduling.TenantWork;
import io.stackup.core.tenancy.TenantId;
import io.stackup.core.webhook.repository.WebhookRepository;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers one event to one endpoint, as a one-time scheduled task (enqueued with the change, see
 * {@link WebhookPublisher}): signs the body with the endpoint's secret and the current time, POSTs it
 * ({@link WebhookSender}), and logs the attempt with its status code or error. A 2xx ends it; anything else fails the
 * attempt, which the scheduler retries after each of {@code stackup.webhooks.retry-delays} (1 min, 5 min, 30 min, 2 h,
 * 12 h), so six attempts at most. An endpoint deleted or disabled meanwhile ends it without a request.
 */
@Configuration(proxyBeanMethods = false)
class WebhookDeliveryTask {

    static final String TASK = "webhook-delivery";

    private static final Logger log = LoggerFactory.getLogger(WebhookDeliveryTask.class);

    /**
     * One event for one endpoint; {@code body} is the JSON as it will be sent, fixed when the event happened. The
     * scheduler stores it as JSON in the database, so its fields stay plain UUIDs (a queued delivery must still read
     * after an upgrade); {@link #endpointId()} gives the typed id.
     */
    record Delivery(UUID tenant, UUID endpoint, UUID eventId, String type, String body) implements TenantWork {

        WebhookId endpointId() {
            return new WebhookId(endpoint);
        }
    }

    /** The attempt failed; the scheduler retries it. */
    static final class DeliveryFailedException extends RuntimeException {
        DeliveryFailedException(String message) {
            super(message);
        }
    }

    @Bean
    OneTimeTask<Delivery> deliverWebhookTask(
            WebhookRepository webhooks,
            WebhookSender sender,
            TransactionTemplate tx,
            @Value("${stackup.webhooks.retry-delays:PT1M,PT5M,PT30M,PT2H,PT12H}") List<Duration> retryDelays) {
        return TenantTasks.oneTime(TASK, Delivery.class, retryDelays, (delivery, attempt) -> {
            TenantId tenant = delivery.tenantId();
            WebhookId endpoint = delivery.endpointId();
            Optional<WebhookRepository.Target> target = Optional.ofNullable(
                            tx.execute(s -> webhooks.target(tenant, endpoint)))
                    .flatMap(t -> t);
            if (target.isEmpty() || (!target.get().enabled() && !WebhookEventType.PING.equals(delivery.type()))) {
                log.info("Webhook {} is gone or disabled; event {} not sent", endpoint, delivery.eventId());
                return;
            }
            @Nullable Integer status = null;
            @Nullable String error = null;
            try {
                WebhookSender.Response response = sender.post(
                        target.get().url(),
                        delivery.eventId().toString(),
                        target.get().secret(),
                        Instant.now().getEpochSecond(),
                        delivery.body());
                status = response.status();
                if (!response.ok()) {
                    error = "HTTP " + response.status();
                }
            } catch (IOException | WebhookAddressGuard.RefusedAddressException e) {
                error = e.getMessage() == null ? e.toString() : e.getMessage();
            }
            Integer code = status;
            String why = error == null ? null : error.length() > 1000 ? error.substring(0, 1000) : error;
            tx.executeWithoutResult(s ->
                    webhooks.logDelivery(tenant, endpoint, delivery.eventId(), delivery.type(), attempt, code, why));
            if (why != null) {
                throw new DeliveryFailedException("Webhook " + endpoint + " event " + delivery.eventId() + ": " + why);
            }
        });
    }
}
