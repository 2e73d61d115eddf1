package io.stackup.core.webhook;

import java.util.List;

/** The event types a webhook receives, as the JSON names them; {@link #PING} is sent only on request. */
public final class WebhookEventType {

    public static final String LEAD_QUALIFIED = "lead.qualified";
    public static final String LEAD_STATUS_CHANGED = "lead.status_changed";
    public static final String INTERVIEW_COMPLETED = "interview.completed";
    public static final String PING = "ping";

    /** What an endpoint may subscribe to. */
    public static final List<String> SUBSCRIBABLE = List.of(LEAD_QUALIFIED, LEAD_STATUS_CHANGED, INTERVIEW_COMPLETED);

    private WebhookEventType() {}
}
