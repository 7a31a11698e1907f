package cn.ybjg.supervision.streams.drg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ybjg.supervision.rules.DrgCostOutlierRule;
import cn.ybjg.supervision.rules.drg.WindowBenchmark;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The memo answers what a fresh computation would, whatever the order of dates asked (widening backwards and forwards,
 * jumps beyond its span) as long as every change is reported through forget, and it does save computations.
 */
class BenchmarkMemoTest {
    static final LocalDate START = LocalDate.of(2022, 1, 1);
    final DrgCostOutlierRule.Params p = new DrgCostOutlierRule().defaults();
    /** The "group": day → its current benchmark, absent when the window has too few samples. */
    final Map<Long, long[]> truth = new HashMap<>();
    int computed;

    Optional<WindowBenchmark> compute(LocalDate d) {
        computed++;
        long[] v = truth.get(d.toEpochDay());
        return v == null ? Optional.empty() : Optional.of(new WindowBenchmark(BigDecimal.valueOf(v[0], 2), (int) v[1],
                d.minusDays(p.windowDays() - 1L), d));
    }

    @Test
    void answersAsAFreshComputationWouldUnderRandomQueriesAndChanges() {
        Random r = new Random(7);
        BenchmarkMemo memo = new BenchmarkMemo();
        int asked = 0;
        for (int step = 0; step < 40_000; step++) {
            // most questions in the 400 days before a date moving forward (2,000 days in all), some far back
            long centre = START.toEpochDay() + step / 20;
            long day = r.nextInt(20) == 0 ? START.toEpochDay() - 3000 + r.nextInt(3000) : centre - r.nextInt(400);
            LocalDate d = LocalDate.ofEpochDay(day);
            if (r.nextInt(50) == 0) {
                // a change to the samples of a range of dates, reported as the dirty dates would be
                int length = 1 + r.nextInt(10);
                for (long x = day; x < day + length; x++) {
                    if (r.nextBoolean()) truth.put(x, new long[] {100_000 + r.nextInt(1000), 30 + r.nextInt(5)});
                    else truth.remove(x);
                }
                memo.forget(d, d.plusDays(length - 1L));
            } else {
                asked++;
                assertEquals(compute(d), memo.get(d, p, () -> compute(d)), "day " + d);
            }
        }
        // computed counts the test's own computation of every answer too
        assertTrue(computed - asked < asked / 3, "the memo saves computations: " + (computed - asked) + " for " + asked);
    }

    @Test
    void otherParametersStartAfresh() {
        BenchmarkMemo memo = new BenchmarkMemo();
        LocalDate d = START.plusDays(100);
        truth.put(d.toEpochDay(), new long[] {123_456, 40});
        memo.get(d, p, () -> compute(d));
        var other = new DrgCostOutlierRule.Params(p.lowMultiple(), p.highMultiples(), p.trimFraction(), 50, p.windowDays());
        truth.put(d.toEpochDay(), new long[] {654_321, 60});

        assertEquals(compute(d), memo.get(d, other, () -> compute(d)));
    }
}
