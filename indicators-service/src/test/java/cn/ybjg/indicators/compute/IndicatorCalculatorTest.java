package cn.ybjg.indicators.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class IndicatorCalculatorTest {

    static final YearMonth M = YearMonth.of(2025, 3);

    static AggregateRow row(String ins, String med, String pm, long n, String total, String scope, String fund,
                            String serious, String assistance, String account, String cash) {
        return new AggregateRow(M, ins, med, pm, n, new BigDecimal(total), new BigDecimal(scope), new BigDecimal(fund),
                new BigDecimal(serious), new BigDecimal(assistance), new BigDecimal(account), new BigDecimal(cash));
    }

    // Two inpatient rows (DRG and ITEM) and one outpatient row; sums worked by hand below.
    static final List<AggregateRow> ROWS = List.of(
            row("310", "21", "DRG", 2, "36500.00", "33000.00", "26000.00", "1500.00", "0.00", "2000.00", "7000.00"),
            row("310", "21", "ITEM", 1, "10000.01", "9000.00", "6000.00", "0.00", "500.50", "0.00", "3499.51"),
            row("310", "11", "", 5, "800.00", "700.00", "300.00", "0.00", "0.00", "200.00", "300.00"));

    static IndicatorInputs inputs(Long population, String flagged) {
        return new IndicatorInputs(SettlementSums.of(ROWS), 3, population, "no population", new BigDecimal(flagged));
    }

    @Test
    void policyScopeRatio() {
        // (26000 + 1500 + 6000 + 0) / (33000 + 9000) = 33500 / 42000 = 0.797619047619…
        IndicatorValue v = IndicatorCalculator.compute(IndicatorCode.POLICY_SCOPE_INPATIENT_FUND_RATIO, inputs(4L, "0"));
        assertEquals(new BigDecimal("33500.00"), v.numerator());
        assertEquals(new BigDecimal("42000.00"), v.denominator());
        assertEquals(new BigDecimal("0.7976190476"), v.value());
        assertEquals(new BigDecimal("79.76190476"), v.percent());
    }

    @Test
    void actualReimbursementRatio() {
        // (26000 + 1500 + 0) + (6000 + 0 + 500.50) = 34000.50 over 46500.01
        IndicatorValue v = IndicatorCalculator.compute(IndicatorCode.ACTUAL_INPATIENT_REIMBURSEMENT_RATIO, inputs(4L, "0"));
        assertEquals(new BigDecimal("34000.50"), v.numerator());
        assertEquals(new BigDecimal("46500.01"), v.denominator());
        assertEquals(new BigDecimal("0.7311933911"), v.value());
    }

    @Test
    void drgShare() {
        IndicatorValue v = IndicatorCalculator.compute(IndicatorCode.DRG_PAYMENT_SHARE, inputs(4L, "0"));
        assertEquals(new BigDecimal("36500.00"), v.numerator());
        assertEquals(new BigDecimal("46500.01"), v.denominator());
        assertEquals(new BigDecimal("0.7849460678"), v.value());
    }

    @Test
    void enrollmentRateAndMissingPopulation() {
        IndicatorValue v = IndicatorCalculator.compute(IndicatorCode.ENROLLMENT_RATE, inputs(4L, "0"));
        assertEquals(new BigDecimal("0.7500000000"), v.value());
        IndicatorValue missing = IndicatorCalculator.compute(IndicatorCode.ENROLLMENT_RATE, inputs(null, "0"));
        assertNull(missing.value());
        assertEquals("no population", missing.reason());
    }

    @Test
    void flaggedShareUsesAllFundPayments() {
        // fund payments = all but cash: (36500-7000) + (10000.01-3499.51) + (800-300) = 29500 + 6500.50 + 500 = 36500.50
        IndicatorValue v = IndicatorCalculator.compute(IndicatorCode.FLAGGED_FUND_SHARE, inputs(4L, "3650.05"));
        assertEquals(new BigDecimal("36500.50"), v.denominator());
        assertEquals(new BigDecimal("0.1000000000"), v.value());
    }

    @Test
    void zeroDenominatorIsNullWithReasonNeverZero() {
        IndicatorInputs empty = new IndicatorInputs(SettlementSums.ZERO, 0, 0L, "x", BigDecimal.ZERO);
        for (IndicatorCode code : IndicatorCode.values()) {
            IndicatorValue v = IndicatorCalculator.compute(code, empty);
            assertNull(v.value(), code.name());
            assertNull(v.percent(), code.name());
            assertEquals(true, v.reason() != null && !v.reason().isBlank(), code.name());
        }
        assertEquals("no settled inpatient settlements in the period",
                IndicatorCalculator.compute(IndicatorCode.DRG_PAYMENT_SHARE, empty).reason());
    }
}
