package cn.ybjg.bench.perf;

import java.util.Arrays;
import java.util.Collection;

/** Percentiles by the nearest-rank method: the smallest sample with at least p% of the samples at or below it. */
public final class Stats {
    private Stats() {
    }

    public static double percentile(Collection<? extends Number> samples, double p) {
        return percentile(samples.stream().mapToDouble(Number::doubleValue).toArray(), p);
    }

    public static double percentile(double[] samples, double p) {
        if (samples.length == 0) {
            throw new IllegalArgumentException("no samples");
        }
        if (p <= 0 || p > 100) {
            throw new IllegalArgumentException("percentile must be in (0, 100], got " + p);
        }
        double[] sorted = samples.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    /** events / seconds; 0 events in 0 s is 0, never NaN. */
    public static double rate(long events, double seconds) {
        if (seconds <= 0) {
            return events == 0 ? 0 : Double.POSITIVE_INFINITY;
        }
        return events / seconds;
    }
}
