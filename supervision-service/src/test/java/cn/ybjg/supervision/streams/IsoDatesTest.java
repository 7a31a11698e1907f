package cn.ybjg.supervision.streams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The engine's date reader gives what java.time's ISO parsers give, and leaves every other form to Jackson. */
class IsoDatesTest {

    @Test
    void randomDatesAndTimestampsReadAsJavaTimeReadsThem() throws Exception {
        Random random = new Random(7);
        List<ZoneOffset> offsets = List.of(ZoneOffset.UTC, ZoneOffset.ofHours(8), ZoneOffset.ofHoursMinutes(-3, -30),
                ZoneOffset.ofHoursMinutes(5, 45));
        int[] precision = {1_000_000_000, 1_000_000, 1_000, 1, 100_000_000};
        for (int i = 0; i < 20_000; i++) {
            LocalDate date = LocalDate.ofEpochDay(random.nextInt(60_000) - 10_000);   // 1942 … 2106
            int nano = random.nextInt(1_000_000_000) / precision[i % precision.length] * precision[i % precision.length];
            OffsetDateTime time = OffsetDateTime.of(date.getYear(), date.getMonthValue(), date.getDayOfMonth(),
                    random.nextInt(24), random.nextInt(60), i % 7 == 0 ? 0 : random.nextInt(60), nano,
                    offsets.get(i % offsets.size()));
            String iso = time.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            assertEquals(date, IsoDates.localDate(date.toString()));
            assertEquals(OffsetDateTime.parse(iso), IsoDates.offsetDateTime(iso), iso);
            assertEquals(OffsetDateTime.parse(iso), StreamsJson.MAPPER.readValue("\"" + iso + "\"", OffsetDateTime.class), iso);
            String shortest = time.toString();   // without ":00" seconds: Jackson's reader takes it
            assertEquals(time, StreamsJson.MAPPER.readValue("\"" + shortest + "\"", OffsetDateTime.class), shortest);
        }
    }

    @Test
    void otherFormsAreLeftToJacksonAndInvalidValuesFailAsBefore() {
        for (String other : List.of("2025-3-09", "20250309", "2025-03-09 ", "２０２５-03-09", "2025/03/09")) {
            assertNull(IsoDates.localDate(other), other);
        }
        for (String other : List.of("2025-03-09T16:20+08:00", "2025-03-09T16:20:00", "2025-03-09T16:20:00.+08:00",
                "2025-03-09T16:20:00.1234567891+08:00", "2025-03-09T16:20:00+0800", "2025-03-09T16:20:00+08:00[Asia/Shanghai]")) {
            assertNull(IsoDates.offsetDateTime(other), other);
        }
        // the form Jackson accepts without seconds still reads, through Jackson
        assertEquals(OffsetDateTime.parse("2025-03-09T16:20+08:00"),
                assertDoesNotThrowRead("\"2025-03-09T16:20+08:00\"", OffsetDateTime.class));
        for (String invalid : List.of("\"2025-02-30\"", "\"2025-13-01\"", "\"not a date\"")) {
            assertThrows(JsonProcessingException.class, () -> StreamsJson.MAPPER.readValue(invalid, LocalDate.class), invalid);
        }
        for (String invalid : List.of("\"2025-02-30T10:00:00+08:00\"", "\"2025-03-09T24:00:00+08:00\"", "\"2025-03-09T10:00:00+19:00\"")) {
            assertThrows(JsonProcessingException.class, () -> StreamsJson.MAPPER.readValue(invalid, OffsetDateTime.class), invalid);
        }
    }

    private static <T> T assertDoesNotThrowRead(String json, Class<T> type) {
        try {
            return StreamsJson.MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new AssertionError(json + ": " + e.getMessage(), e);
        }
    }
}
