package io.stackup.core.scheduling;

import com.github.kagkarlsson.scheduler.serializer.Serializer;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps task data as JSON (records of ids and strings), readable in the table and tolerant of added fields, instead of
 * db-scheduler's default Java serialization.
 */
public final class JsonTaskSerializer implements Serializer {

    private final JsonMapper json = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    @Override
    public byte[] serialize(Object data) {
        return json.writeValueAsBytes(data);
    }

    @Override
    public <T> T deserialize(Class<T> type, byte[] bytes) {
        return json.readValue(bytes, type);
    }
}
