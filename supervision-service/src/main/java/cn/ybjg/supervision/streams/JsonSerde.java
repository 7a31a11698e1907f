package cn.ybjg.supervision.streams;

import java.io.IOException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/** A JSON serde for one record type; each record that crosses a topic or a store declares its own instance. */
public final class JsonSerde<T> implements Serde<T> {
    private final Class<T> type;

    public JsonSerde(Class<T> type) {
        this.type = type;
    }

    @Override
    public Serializer<T> serializer() {
        return (topic, value) -> {
            if (value == null) return null;
            try {
                return StreamsJson.MAPPER.writeValueAsBytes(value);
            } catch (IOException e) {
                throw new SerializationException("cannot write " + type.getSimpleName() + ": " + e.getMessage(), e);
            }
        };
    }

    @Override
    public Deserializer<T> deserializer() {
        return (topic, bytes) -> {
            if (bytes == null) return null;
            try {
                return StreamsJson.MAPPER.readValue(bytes, type);
            } catch (IOException e) {
                // The original message only: no excerpt of the payload in a log line.
                String why = e instanceof com.fasterxml.jackson.core.JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
                throw new SerializationException("cannot read " + type.getSimpleName() + ": " + why, e);
            }
        };
    }
}
