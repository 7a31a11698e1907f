package cn.ybjg.supervision.streams;

import cn.ybjg.supervision.flags.FlagEvent;
import org.apache.kafka.common.serialization.Serde;

/** flags.v1 payloads as the engine writes them (the same JSON as the outbox relay's). */
public final class FlagEventSerde {
    public static final Serde<FlagEvent> SERDE = new JsonSerde<>(FlagEvent.class);

    private FlagEventSerde() {
    }
}
