package cn.ybjg.supervision.streams;

import java.io.IOException;
import java.util.function.Function;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/** A serde in {@link FactCodec}'s binary format that still reads the JSON values of earlier versions. */
final class CodecSerde<T> implements Serde<T> {
    /** Reads one value from its binary form. */
    interface Decoder<T> {
        T read(FactCodec.In in) throws IOException;
    }

    private final Class<T> type;
    private final Function<T, byte[]> encode;
    private final Decoder<T> decode;
    private final JsonSerde<T> json;

    CodecSerde(Class<T> type, Function<T, byte[]> encode, Decoder<T> decode) {
        this.type = type;
        this.encode = encode;
        this.decode = decode;
        this.json = new JsonSerde<>(type);
    }

    @Override
    public Serializer<T> serializer() {
        return (topic, value) -> value == null ? null : encode.apply(value);
    }

    @Override
    public Deserializer<T> deserializer() {
        Deserializer<T> fromJson = json.deserializer();
        return (topic, bytes) -> {
            if (bytes == null) return null;
            if (FactCodec.isJson(bytes)) return fromJson.deserialize(topic, bytes);
            try {
                return decode.read(new FactCodec.In(bytes));
            } catch (IOException | RuntimeException e) {
                throw new SerializationException("cannot read " + type.getSimpleName() + ": " + e.getMessage(), e);
            }
        };
    }
}
