package cn.ybjg.supervision.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Precision = confirmed / (confirmed + dismissed), 4 decimals, half up; null before any review. */
class RuleStatTest {

    @Test
    void precisionArithmetic() {
        assertEquals(new BigDecimal("0.7500"), RuleStat.precision(21, 7));
        assertEquals(new BigDecimal("0.3333"), RuleStat.precision(1, 2));
        assertEquals(new BigDecimal("0.6667"), RuleStat.precision(2, 1));
        assertEquals(new BigDecimal("1.0000"), RuleStat.precision(5, 0));
        assertEquals(new BigDecimal("0.0000"), RuleStat.precision(0, 5));
        assertNull(RuleStat.precision(0, 0));
    }

    @Test
    void flagsCountTheStandingOnesAndAmountsKeepTheFen() {
        RuleStat s = RuleStat.of("READMISSION_15D", 2, 3, 2, 1, 4, new BigDecimal("100.5"), new BigDecimal("15.5"));
        assertEquals(6, s.flags());
        assertEquals(4, s.withdrawn());
        assertEquals(new BigDecimal("0.6667"), s.precision());
        assertEquals(new BigDecimal("100.50"), s.amountAtRisk());
        assertEquals(new BigDecimal("15.50"), s.recovered());
    }
}
