package cn.ybjg.supervision.rules.drg;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The multiset union of some sorted runs, answered without merging them: the sum of its j smallest amounts is
 * found by a binary search on the amount (each step counts, per run, how many are ≤ the probe), so a query costs
 * O(runs × log(range) × log(run)) and not O(samples).
 */
final class RunUnion {
    private final List<SortedRun> runs;
    private final int count;
    private final long total;
    private final long min;
    private final long max;

    RunUnion(List<SortedRun> nonEmptyRuns) {
        this.runs = nonEmptyRuns;
        int c = 0;
        long t = 0, lo = Long.MAX_VALUE, hi = Long.MIN_VALUE;
        for (SortedRun r : nonEmptyRuns) {
            c += r.size();
            t = Math.addExact(t, r.total());
            lo = Math.min(lo, r.min());
            hi = Math.max(hi, r.max());
        }
        this.count = c;
        this.total = t;
        this.min = lo;
        this.max = hi;
    }

    int count() {
        return count;
    }

    /**
     * The mean of what is left after dropping the k smallest and the k largest, rounded HALF_UP to the fen,
     * in yuan (scale 2); the kept amounts are exactly the (k+1)-th … (n−k)-th smallest.
     */
    BigDecimal trimmedMean(int k) {
        long kept = Math.subtractExact(sumOfSmallest(count - k), sumOfSmallest(k));
        return BigDecimal.valueOf(kept, 2).divide(BigDecimal.valueOf(count - 2L * k), 2, RoundingMode.HALF_UP);
    }

    /** Sum of the j smallest amounts; of the copies of the j-th smallest value only as many as needed count. */
    long sumOfSmallest(int j) {
        if (j == 0) return 0;
        if (j == count) return total;
        long cut = valueAtRank(j);
        int below = 0;
        long sum = 0;
        for (SortedRun r : runs) {
            int c = r.countBelow(cut);
            below += c;
            sum = Math.addExact(sum, r.sumOfFirst(c));
        }
        return Math.addExact(sum, Math.multiplyExact((long) (j - below), cut));
    }

    /** The j-th smallest amount (1-based): the least v with at least j amounts ≤ v. */
    private long valueAtRank(int j) {
        long lo = min, hi = max;
        while (lo < hi) {
            // amounts are bounded by GroupWindow.MAX_FEN, so hi - lo cannot overflow
            long mid = lo + ((hi - lo) >> 1);
            if (countAtMost(mid) >= j) hi = mid;
            else lo = mid + 1;
        }
        return lo;
    }

    private int countAtMost(long v) {
        int c = 0;
        for (SortedRun r : runs) c += r.countAtMost(v);
        return c;
    }
}
