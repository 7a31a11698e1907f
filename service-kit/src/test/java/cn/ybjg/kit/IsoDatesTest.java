package cn.ybjg.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The plain ISO forms read as java.time reads them; any other form and any impossible value give null. */
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
            String shortest = time.toString();   // 3, 6 or 9 fraction digits; no seconds at all when they are 0
            if (shortest.charAt(16) == ':') {
                assertEquals(OffsetDateTime.parse(shortest), IsoDates.offsetDateTime(shortest), shortest);
            } else {
                assertNull(IsoDates.offsetDateTime(shortest), shortest);
            }
        }
    }

    @Test
    void otherFormsAndImpossibleValuesGiveNull() {
        for (String other : List.of("2025-3-09", "20250309", "2025-03-09 ", "２０２５-03-09", "2025/03/09")) {
            assertNull(IsoDates.localDate(other), other);
        }
        for (String other : List.of("2025-03-09T16:20+08:00", "2025-03-09T16:20:00", "2025-03-09T16:20:00.+08:00",
                "2025-03-09T16:20:00.1234567891+08:00", "2025-03-09T16:20:00+0800", "2025-03-09T16:20:00+08:00[Asia/Shanghai]")) {
            assertNull(IsoDates.offsetDateTime(other), other);
        }
        for (String impossible : List.of("2025-02-30", "2025-13-01", "2025-00-10")) {
            assertNull(IsoDates.localDate(impossible), impossible);
        }
        for (String impossible : List.of("2025-02-30T10:00:00+08:00", "2025-03-09T24:00:00+08:00", "2025-03-09T10:00:60Z",
                "2025-03-09T10:00:00+19:00")) {
            assertNull(IsoDates.offsetDateTime(impossible), impossible);
        }
    }
}
