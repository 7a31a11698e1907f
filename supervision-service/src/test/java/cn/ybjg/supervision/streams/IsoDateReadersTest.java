package cn.ybjg.supervision.streams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The engine's mapper reads dates as before: plain forms fast, other forms through Jackson, invalid ones refused. */
class IsoDateReadersTest {

    @Test
    void plainAndOtherFormsReadAsJavaTimeReadsThem() throws Exception {
        for (String text : List.of("2025-03-09T16:20:00+08:00", "2025-03-09T16:20:00.123+08:00", "2025-03-09T08:20:00Z",
                "2025-03-09T16:20+08:00", "2025-03-09T16:20:00.123456789-03:30")) {
            assertEquals(OffsetDateTime.parse(text), StreamsJson.MAPPER.readValue("\"" + text + "\"", OffsetDateTime.class), text);
        }
        assertEquals(LocalDate.of(2024, 2, 29), StreamsJson.MAPPER.readValue("\"2024-02-29\"", LocalDate.class));
    }

    @Test
    void invalidValuesAreRefusedAsJacksonRefusesThem() {
        for (String invalid : List.of("\"2025-02-30\"", "\"2025-13-01\"", "\"not a date\"")) {
            assertThrows(JsonProcessingException.class, () -> StreamsJson.MAPPER.readValue(invalid, LocalDate.class), invalid);
        }
        for (String invalid : List.of("\"2025-02-30T10:00:00+08:00\"", "\"2025-03-09T24:00:00+08:00\"",
                "\"2025-03-09T10:00:00+19:00\"")) {
            assertThrows(JsonProcessingException.class, () -> StreamsJson.MAPPER.readValue(invalid, OffsetDateTime.class), invalid);
        }
    }
}
