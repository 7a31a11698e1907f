package cn.ybjg.supervision.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class SettlementEventTest {

    private static SettlementEvent event(String regionCode, String gender) {
        return new SettlementEvent(1, "e1", "SETTLED", "S1", "H43100200123", regionCode, "P1", "a".repeat(64),
                "431002********1234", gender, "310", "21", LocalDate.of(2023, 3, 1), LocalDate.of(2023, 3, 5),
                OffsetDateTime.parse("2023-03-05T10:00:00+08:00"), "I10.x00", "FR29", new BigDecimal("100.00"),
                new BigDecimal("60.00"), null, null, null, new BigDecimal("40.00"));
    }

    @Test
    void aValidSettlementHasNoProblem() {
        assertTrue(event("431000", "1").problem().isBlank());
        assertTrue(event("431000", "2").problem().isBlank());
    }

    @Test
    void regionCodeAndGenderAreChecked() {
        assertEquals("regionCode: not 6 digits", event("43100A", "1").problem().trim());
        assertEquals("regionCode: not 6 digits", event("4310000", "1").problem().trim());
        assertEquals("regionCode: not 6 digits", event("٤٣١٠٠٠", "1").problem().trim()); // Arabic-Indic digits
        assertEquals("gender: not 1 or 2", event("431000", "3").problem().trim());
        assertEquals("gender: not 1 or 2", event("431000", "12").problem().trim());
    }
}
