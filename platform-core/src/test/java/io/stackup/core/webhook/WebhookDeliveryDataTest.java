package io.stackup.core.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import io.stackup.core.scheduling.JsonTaskSerializer;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A queued delivery is stored by the scheduler as JSON: its endpoint stays a plain UUID string there, so deliveries
 * queued before the typed {@link WebhookId} still read, and the typed id is only a view of it.
 */
class WebhookDeliveryDataTest {

    private final JsonTaskSerializer serializer = new JsonTaskSerializer();

    @Test
    void a_delivery_is_stored_with_plain_uuid_strings_and_reads_back_with_its_typed_endpoint() {
        UUID tenant = UUID.randomUUID();
        UUID endpoint = UUID.randomUUID();
        UUID event = UUID.randomUUID();
        var delivery = new WebhookDeliveryTask.Delivery(tenant, endpoint, event, "ping", "{}");

        String json = new String(serializer.serialize(delivery), StandardCharsets.UTF_8);

        assertThat(json)
                .isEqualTo("{\"tenant\":\"" + tenant + "\",\"endpoint\":\"" + endpoint + "\",\"eventId\":\"" + event
                        + "\",\"type\":\"ping\",\"body\":\"{}\"}");
        var read = serializer.deserialize(WebhookDeliveryTask.Delivery.class, json.getBytes(StandardCharsets.UTF_8));
        assertThat(read).isEqualTo(delivery);
        assertThat(read.endpointId()).isEqualTo(new WebhookId(endpoint));
    }
}
