package io.stackup.core.webhook;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import io.stackup.core.interview.InterviewCompleted;
import io.stackup.core.lead.LeadQualified;
import io.stackup.core.lead.LeadStatusChanged;
import io.stackup.core.tenancy.TenantId;
import io.stackup.core.webhook.repository.WebhookRepository;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns the events webhooks carry into deliveries, in the transaction that published them (plain
 * {@link EventListener}s run in it; the scheduler's data source joins it): one {@link WebhookDeliveryTask} per enabled
 * endpoint that receives the type, all sharing the event's id, with the body fixed now. The body is
 * {@code {"id", "type", "createdAt", "tenant", "data"}} (docs/spec/api.md, "Webhooks").
 */
@Component
class WebhookPublisher {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final SchedulerClient scheduler;
    private final OneTimeTask<WebhookDeliveryTask.Delivery> task;
    private final WebhookRepository webhooks;

    WebhookPublisher(
            SchedulerClient scheduler, OneTimeTask<WebhookDeliveryTask.Delivery> task, WebhookRepository webhooks) {
        this.scheduler = scheduler;
        this.task = task;
        this.webhooks = webhooks;
    }

    @EventListener
    void leadQualified(LeadQualified event) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("lead", event.lead().toString());
        data.put("interview", event.interview().toString());
        data.put("prospectName", event.prospectName());
        data.put("score", event.score());
        data.put("areas", event.areas());
        data.put("override", !event.created());
        publish(event.tenant(), WebhookEventType.LEAD_QUALIFIED, event.at(), data);
    }

    @EventListener
    void leadStatusChanged(LeadStatusChanged event) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("lead", event.lead().toString());
        data.put("from", event.from().json());
        data.put("to", event.to().json());
        data.put("holder", event.holderEmail());
        publish(event.tenant(), WebhookEventType.LEAD_STATUS_CHANGED, event.at(), data);
    }

    @EventListener
    void interviewCompleted(InterviewCompleted event) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("interview", event.interview().toString());
        data.put("prospect", event.prospect().toString());
        data.put("template", event.template().toString());
        data.put("source", event.source().json());
        data.put("score", event.score());
        data.put("qualified", event.qualified());
        publish(event.tenant(), WebhookEventType.INTERVIEW_COMPLETED, Instant.now(), data);
    }

    private void publish(TenantId tenant, String type, Instant at, Map<String, Object> data) {
        var endpoints = webhooks.subscribers(tenant, type);
        if (endpoints.isEmpty()) {
            return;
        }
        UUID eventId = UUID.randomUUID();
        String body = body(eventId, type, at, tenant, data);
        for (WebhookId endpoint : endpoints) {
            enqueue(tenant, endpoint, eventId, type, body);
        }
    }

    /** Enqueues one delivery; joins the caller's transaction. */
    void enqueue(TenantId tenant, WebhookId endpoint, UUID eventId, String type, String body) {
        scheduler.schedule(
                task.instance(
                        endpoint + ":" + eventId,
                        new WebhookDeliveryTask.Delivery(tenant.value(), endpoint.value(), eventId, type, body)),
                Instant.now());
    }

    static String body(UUID eventId, String type, Instant at, TenantId tenant, Map<String, Object> data) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("id", eventId.toString());
        event.put("type", type);
        event.put("createdAt", at.toString());
        event.put("tenant", tenant.toString());
        event.put("data", data);
        return JSON.writeValueAsString(event);
    }
}
