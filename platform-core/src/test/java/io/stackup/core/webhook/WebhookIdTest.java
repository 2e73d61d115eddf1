package io.stackup.core.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A webhook id read from a path: a UUID names an endpoint, any other text names none. */
class WebhookIdTest {

    @Test
    void a_uuid_parses_to_the_id_and_prints_back_as_the_same_text() {
        UUID value = UUID.randomUUID();

        WebhookId id = WebhookId.parse(value.toString());

        assertThat(id).isEqualTo(new WebhookId(value));
        assertThat(String.valueOf(id)).isEqualTo(value.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "not-a-uuid", "12345678-1234-1234-1234-1234567890123x", "../webhooks"})
    void a_text_that_is_no_uuid_parses_to_null(String text) {
        assertThat(WebhookId.parse(text)).isNull();
    }

    @Test
    void an_id_needs_a_value() {
        assertThatThrownBy(() -> new WebhookId(null)).isInstanceOf(NullPointerException.class);
    }
}
