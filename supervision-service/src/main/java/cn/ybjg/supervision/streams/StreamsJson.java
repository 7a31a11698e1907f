package cn.ybjg.supervision.streams;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The one JSON mapper of the streams engine: ISO dates, BigDecimal for every decimal (money stays exact to the fen
 * through state stores), offsets kept as written, unknown fields ignored (events may grow).
 */
final class StreamsJson {
    static final ObjectMapper MAPPER = JsonMapper.builder().findAndAddModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .addModule(IsoDateReaders.module())   // after the JavaTimeModule found above, so its date readers win
            .build();

    private StreamsJson() {
    }
}
