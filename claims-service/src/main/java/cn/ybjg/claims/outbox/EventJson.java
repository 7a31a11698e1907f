package cn.ybjg.claims.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;

/** Serialization of event payloads (docs/events.md): ISO dates, timestamps with offset, exact decimals. */
public final class EventJson {

    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    private EventJson() {
    }

    public static String write(Object payload) {
        try {
            return MAPPER.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event payload not serializable: " + payload.getClass().getSimpleName(), e);
        }
    }

    /** Name-based (v3) UUID of the given fact description. */
    public static UUID eventId(String fact) {
        return UUID.nameUUIDFromBytes(fact.getBytes(StandardCharsets.UTF_8));
    }

    /** A timestamp shown in China time with its +08:00 offset. */
    public static OffsetDateTime china(OffsetDateTime time) {
        return time == null ? null : time.atZoneSameInstant(CHINA).toOffsetDateTime();
    }
}
