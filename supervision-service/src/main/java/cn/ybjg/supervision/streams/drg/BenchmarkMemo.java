package cn.ybjg.supervision.streams.drg;

import cn.ybjg.supervision.rules.DrgCostOutlierRule;
import cn.ybjg.supervision.rules.drg.Sample;
import cn.ybjg.supervision.rules.drg.WindowBenchmark;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A group's window benchmarks by date, kept between punctuations: tiers need every group's benchmark on every
 * judged date, but a benchmark only moves when a sample inside its window changes, and then the group's dirty dates
 * say which dates to {@link #forget}. 12 bytes a date (cost in fen, sample count) over at most {@value #MAX_DAYS}
 * consecutive dates; other parameters start it afresh.
 */
final class BenchmarkMemo {
    static final int MAX_DAYS = 4 * 366;
    private static final int UNKNOWN = -1;
    private static final int NONE = 0;

    private DrgCostOutlierRule.Params params;
    private long base;
    private long[] fen = new long[0];
    /** Sample count of the benchmark, NONE when the window has too few samples, UNKNOWN when not computed. */
    private int[] count = new int[0];

    Optional<WindowBenchmark> get(LocalDate date, DrgCostOutlierRule.Params p, Supplier<Optional<WindowBenchmark>> compute) {
        if (!p.equals(params)) reset(p);
        int i = slot(date.toEpochDay());
        if (i < 0) return compute.get();
        if (count[i] == UNKNOWN) {
            Optional<WindowBenchmark> b = compute.get();
            count[i] = b.map(WindowBenchmark::sampleSize).orElse(NONE);
            fen[i] = b.map(w -> Sample.fen(w.cost())).orElse(0L);
            return b;
        }
        if (count[i] == NONE) return Optional.empty();
        // what GroupWindow.benchmark returns: the mean to the fen (scale 2) and the window ending on date
        return Optional.of(new WindowBenchmark(BigDecimal.valueOf(fen[i], 2), count[i],
                date.minusDays(p.windowDays() - 1L), date));
    }

    /** The benchmarks of from..to may have moved (a sample changed in their windows). */
    void forget(LocalDate from, LocalDate to) {
        long start = Math.max(from.toEpochDay(), base);
        long end = Math.min(to.toEpochDay(), base + count.length - 1);
        if (start <= end) Arrays.fill(count, (int) (start - base), (int) (end - base) + 1, UNKNOWN);
    }

    private void reset(DrgCostOutlierRule.Params p) {
        params = p;
        fen = new long[0];
        count = new int[0];
    }

    /**
     * The index of day, widening the span (at least doubling) to reach it. Past MAX_DAYS the span follows the newest
     * dates (a later date slides it forward) and a date older than it is not remembered (-1): the dense, recent dates
     * are the ones judged again and again, an old late arrival is judged once.
     */
    private int slot(long day) {
        long end = base + count.length;
        if (day >= base && day < end) return (int) (day - base);
        long from, to;
        if (count.length == 0) {
            from = day;
            to = day + 64;
        } else if (day < base) {
            to = end;
            from = Math.min(day, to - 2L * count.length);
            if (to - from > MAX_DAYS) {
                if (to - day > MAX_DAYS) return -1;
                from = to - MAX_DAYS;
            }
        } else {
            from = base;
            to = Math.max(day + 1, from + 2L * count.length);
            if (to - from > MAX_DAYS) {
                to = day + 64;
                from = to - MAX_DAYS;
            }
        }
        long[] nextFen = new long[(int) (to - from)];
        int[] nextCount = new int[(int) (to - from)];
        Arrays.fill(nextCount, UNKNOWN);
        copyOverlap(from, nextFen, nextCount);
        base = from;
        fen = nextFen;
        count = nextCount;
        return (int) (day - base);
    }

    private void copyOverlap(long from, long[] nextFen, int[] nextCount) {
        long start = Math.max(from, base), end = Math.min(from + nextCount.length, base + count.length);
        for (long d = start; d < end; d++) {
            nextFen[(int) (d - from)] = fen[(int) (d - base)];
            nextCount[(int) (d - from)] = count[(int) (d - base)];
        }
    }
}
