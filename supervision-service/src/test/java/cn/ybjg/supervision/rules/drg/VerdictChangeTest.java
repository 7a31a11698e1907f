package cn.ybjg.supervision.rules.drg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ybjg.supervision.rules.drg.VerdictChange.Thresholds;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class VerdictChangeTest {
    static final BigDecimal LOW = new BigDecimal("0.4");

    static Optional<Thresholds> t(String benchmark, String high) {
        return Optional.of(Thresholds.of(new BigDecimal(benchmark), LOW, new BigDecimal(high)));
    }

    @Test
    void onlyCostsBetweenOldAndNewThresholdsMayChange() {
        var before = t("10000.00", "3"); // low 4000.00, high 30000.00
        var after = t("11000.00", "3"); // low 4400.00, high 33000.00
        assertTrue(VerdictChange.mayChange(new BigDecimal("4000.00"), before, after));
        assertTrue(VerdictChange.mayChange(new BigDecimal("4400.00"), before, after));
        assertTrue(VerdictChange.mayChange(new BigDecimal("31000.00"), before, after));
        assertFalse(VerdictChange.mayChange(new BigDecimal("3999.99"), before, after));
        assertFalse(VerdictChange.mayChange(new BigDecimal("20000.00"), before, after));
        assertFalse(VerdictChange.mayChange(new BigDecimal("33000.01"), before, after));
        assertEquals(2, VerdictChange.rejudgeRanges(before, after).size());
        assertEquals(0, VerdictChange.rejudgeRanges(before, before).size());
    }

    @Test
    void aBenchmarkThatAppearsReachesEveryFlaggedCost() {
        var now = t("10000.00", "2");
        assertTrue(VerdictChange.mayChange(new BigDecimal("1.00"), Optional.empty(), now));
        assertTrue(VerdictChange.mayChange(new BigDecimal("90000.00"), now, Optional.empty()));
        assertFalse(VerdictChange.mayChange(new BigDecimal("10000.00"), Optional.empty(), now));
        assertEquals(0, VerdictChange.rejudgeRanges(Optional.empty(), Optional.empty()).size());
    }

    @Test
    void everyActualChangeIsInARejudgeRange() {
        Random r = new Random(11);
        String[] highs = {"1.5", "2", "3"};
        int changed = 0;
        for (int i = 0; i < 200_000; i++) {
            var before = r.nextInt(8) == 0 ? Optional.<Thresholds>empty() : t(fen(r, 2000), highs[r.nextInt(3)]);
            var after = r.nextInt(8) == 0 ? Optional.<Thresholds>empty() : t(fen(r, 2000), highs[r.nextInt(3)]);
            BigDecimal c = new BigDecimal(fen(r, 7000));
            if (VerdictChange.verdict(c, before) != VerdictChange.verdict(c, after)) {
                changed++;
                assertTrue(VerdictChange.mayChange(c, before, after), c + " " + before + " → " + after);
            }
        }
        assertTrue(changed > 1000, "the random cases must exercise changes: " + changed);
    }

    @Test
    void aSampleReachesTheWindowsOfTheNextWindowDaysDates() {
        Random r = new Random(3);
        for (int i = 0; i < 20_000; i++) {
            LocalDate d = LocalDate.of(2024, 12, 1).plusDays(r.nextInt(90));
            int days = 1 + r.nextInt(400);
            LocalDate q = d.plusDays(r.nextInt(900) - 450);
            boolean inWindowOfQ = !d.isBefore(q.minusDays(days - 1L)) && !d.isAfter(q);
            assertEquals(inWindowOfQ, AffectedDates.of(d, days).contains(q), d + " " + days + " " + q);
        }
        assertEquals(new AffectedDates.DateRange(LocalDate.of(2024, 12, 31), LocalDate.of(2025, 12, 30)),
                AffectedDates.of(LocalDate.of(2024, 12, 31), 365));
    }

    /** An amount of 0.00 … scale × 10.00 yuan, as text. */
    private static String fen(Random r, int scale) {
        return BigDecimal.valueOf(r.nextInt(scale * 1000), 2).toPlainString();
    }
}
