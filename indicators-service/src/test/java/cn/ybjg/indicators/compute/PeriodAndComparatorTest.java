package cn.ybjg.indicators.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class PeriodAndComparatorTest {

    @Test
    void parsesYearQuarterMonth() {
        assertEquals(new Period("2025", YearMonth.of(2025, 1), YearMonth.of(2025, 12)), Period.parse("2025"));
        assertEquals(LocalDate.of(2025, 6, 30), Period.parse("2025-Q2").lastDay());
        assertEquals(LocalDate.of(2024, 2, 29), Period.parse("2024-02").lastDay());
        assertEquals("period '2025-13' is not a year (2025), a quarter (2025-Q1) or a month (2025-03)",
                assertThrows(IllegalArgumentException.class, () -> Period.parse("2025-13")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> Period.parse("2025-Q5"));
    }

    @Test
    void rangeByQuarter() {
        List<Period> ps = Period.range(YearMonth.of(2024, 11), YearMonth.of(2025, 4), Granularity.QUARTER);
        assertEquals(List.of("2024-Q4", "2025-Q1", "2025-Q2"), ps.stream().map(Period::label).toList());
    }

    @Test
    void everyComparator() {
        BigDecimal t = new BigDecimal("80");
        BigDecimal tol = new BigDecimal("2");
        assertTrue(Comparator.parse(">=").met(new BigDecimal("80.00"), t, tol));
        assertFalse(Comparator.parse("≥").met(new BigDecimal("79.99999999"), t, tol));
        assertFalse(Comparator.parse(">").met(new BigDecimal("80"), t, tol));
        assertTrue(Comparator.parse("＞").met(new BigDecimal("80.00000001"), t, tol));
        assertTrue(Comparator.parse("<=").met(new BigDecimal("80"), t, tol));
        assertFalse(Comparator.parse("<").met(new BigDecimal("80"), t, tol));
        assertTrue(Comparator.parse("≈").met(new BigDecimal("78.00"), t, tol));
        assertTrue(Comparator.parse("~").met(new BigDecimal("82.00"), t, tol));
        assertFalse(Comparator.parse("≈").met(new BigDecimal("82.00000001"), t, tol));
        assertThrows(IllegalArgumentException.class, () -> Comparator.parse("=>"));
    }
}
