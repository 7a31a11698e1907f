package cn.ybjg.supervision.rules.drg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GroupWindowTest {
    static final BigDecimal TENTH = new BigDecimal("0.1");
    static final LocalDate D = LocalDate.of(2025, 3, 1);

    static GroupWindow of(LocalDate date, long... fen) {
        GroupWindow w = new GroupWindow();
        for (int i = 0; i < fen.length; i++) w.add("s" + i, date, fen[i]);
        return w;
    }

    static BigDecimal cost(Optional<WindowBenchmark> b) {
        return b.orElseThrow().cost();
    }

    @Test
    void tiedValuesAtTheCutAreTakenOnlyAsOftenAsNeeded() {
        // ten samples, k = 1: one of the nine 1.00 goes with the 100.00, eight 1.00 stay
        var w = of(D, 100, 100, 100, 100, 100, 100, 100, 100, 100, 10000);
        assertEquals(new BigDecimal("1.00"), cost(w.benchmark(D, 365, TENTH, 1)));
        // k = 2 of 4 × 5.00 and 4 × 10.00 with 2 × 7.00 between: drop two 5.00 and two 10.00
        var t = of(D, 500, 500, 500, 500, 700, 700, 1000, 1000, 1000, 1000);
        assertEquals(new BigDecimal("7.33"), cost(t.benchmark(D, 365, new BigDecimal("0.25"), 1)));
    }

    @Test
    void meanIsRoundedHalfUpToTheFen() {
        assertEquals(new BigDecimal("0.02"), cost(of(D, 1, 2).benchmark(D, 1, BigDecimal.ZERO, 1)));
        assertEquals(new BigDecimal("1.00"), cost(of(D, 100, 100, 101).benchmark(D, 1, BigDecimal.ZERO, 1)));
        assertEquals(new BigDecimal("-0.02"), cost(of(D, -1, -2).benchmark(D, 1, BigDecimal.ZERO, 1)));
    }

    @Test
    void windowHoldsExactlyTheDaysUpToTheDate() {
        GroupWindow w = new GroupWindow();
        w.add("in-first", D.minusDays(364), 100);
        w.add("out-before", D.minusDays(365), 900);
        w.add("in-last", D, 300);
        w.add("out-after", D.plusDays(1), 900);
        var b = w.benchmark(D, 365, BigDecimal.ZERO, 1).orElseThrow();
        assertEquals(new WindowBenchmark(new BigDecimal("2.00"), 2, D.minusDays(364), D), b);
        assertEquals(new BigDecimal("3.00"), cost(w.benchmark(D, 1, BigDecimal.ZERO, 1)));
        assertEquals(new BigDecimal("1.00"), cost(w.benchmark(D.minusDays(1), 364, BigDecimal.ZERO, 1)));
        assertEquals(Optional.empty(), w.benchmark(D.minusDays(1), 363, BigDecimal.ZERO, 1));
    }

    @Test
    void noBenchmarkBelowTheMinimumSample() {
        long[] thirty = new long[30];
        java.util.Arrays.fill(thirty, 1_000_000);
        GroupWindow w = of(D, thirty);
        assertEquals(30, w.benchmark(D, 365, TENTH, 30).orElseThrow().sampleSize());
        w.remove("s0");
        assertEquals(Optional.empty(), w.benchmark(D, 365, TENTH, 30));
        assertEquals(Optional.empty(), new GroupWindow().benchmark(D, 365, TENTH, 0));
    }

    @Test
    void reDeliveryChangesNothingAndRemovalTakesExactlyThatSample() {
        GroupWindow w = of(D, 100, 100, 400);
        assertFalse(w.add("s1", D, 100));
        assertEquals(3, w.size());
        assertTrue(w.remove("s1"));
        assertFalse(w.remove("s1"));
        assertEquals(new BigDecimal("2.50"), cost(w.benchmark(D, 1, BigDecimal.ZERO, 1)));
        // a corrected sample under the same id replaces the old one, also when it moves to another day
        assertTrue(w.add("s2", D.minusDays(40), 700));
        assertEquals(new BigDecimal("1.00"), cost(w.benchmark(D, 1, BigDecimal.ZERO, 1)));
        assertEquals(new BigDecimal("4.00"), cost(w.benchmark(D, 365, BigDecimal.ZERO, 1)));
    }

    @Test
    void bulkLoadEqualsAddingOneByOneWithTheLastOfARepeatedIdWinning() {
        GroupWindow bulk = new GroupWindow();
        bulk.add("a", D, 5);
        bulk.addAll(List.of(new Sample("b", D, 1), new Sample("a", D.minusDays(20), 9), new Sample("b", D, 3)));
        assertEquals(List.of(new Sample("a", D.minusDays(20), 9), new Sample("b", D, 3)), bulk.samples());
        assertEquals(new BigDecimal("0.06"), cost(bulk.benchmark(D, 365, BigDecimal.ZERO, 1)));
    }

    @Test
    void blocksBeforeNineteenSeventyAlignLikeAnyOther() {
        GroupWindow w = new GroupWindow();
        LocalDate epoch = LocalDate.ofEpochDay(0);
        for (int d = -40; d <= 40; d++) w.add("d" + d, epoch.plusDays(d), 100L * (d + 41));
        // days -40..-9: 32 samples of 1.00 … 32.00, mean 16.50
        assertEquals(new WindowBenchmark(new BigDecimal("16.50"), 32, epoch.minusDays(40), epoch.minusDays(9)),
                w.benchmark(epoch.minusDays(9), 32, BigDecimal.ZERO, 1).orElseThrow());
    }

    @Test
    void amountsMustBeWholeFenAndWithinBounds() {
        assertEquals(1234567L, Sample.fen(new BigDecimal("12345.67")));
        assertEquals(100000L, Sample.fen(new BigDecimal("1000")));
        assertThrows(IllegalArgumentException.class, () -> Sample.fen(new BigDecimal("1.005")));
        assertThrows(IllegalArgumentException.class, () -> new Sample("x", D, Long.MIN_VALUE));
        assertThrows(IllegalArgumentException.class, () -> new GroupWindow().benchmark(D, 0, TENTH, 1));
        assertThrows(IllegalArgumentException.class, () -> new GroupWindow().benchmark(D, 1, new BigDecimal("0.5"), 1));
    }
}
