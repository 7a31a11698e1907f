package cn.ybjg.bench.perf;

import java.util.List;

/**
 * Audit rate within the first and the last 10% of a run's records, from samples of how many the engine had consumed
 * by then. The time a count was reached is interpolated linearly between the two samples around it; the first 10%
 * are timed from the last sample at which nothing was consumed yet (so the time before the engine received its first
 * record, ingest and relay start-up, is not charged to it), the last 10% up to the moment the final count was
 * reached.
 */
/** allSeconds: from the same start until the last record was consumed. */
record ScaleRates(long total, double firstSeconds, double lastSeconds, double allSeconds) {

    /** One sample: seconds since the run started, records consumed since then. */
    record Sample(double seconds, long consumed) {
    }

    static final double SHARE = 0.10;

    /** @param samples in time order, counts never decreasing; the last one holds the run's total */
    static ScaleRates of(List<Sample> samples) {
        if (samples.isEmpty() || samples.get(samples.size() - 1).consumed() <= 0) {
            throw new IllegalArgumentException("no record was consumed");
        }
        long total = samples.get(samples.size() - 1).consumed();
        long tenth = Math.max(1, Math.round(total * SHARE));
        double start = 0;
        for (Sample s : samples) {
            if (s.consumed() == 0) {
                start = s.seconds();
            }
        }
        double firstDone = reached(samples, tenth);
        double lastStart = reached(samples, total - tenth);
        double end = reached(samples, total);
        return new ScaleRates(total, firstDone - start, end - lastStart, end - start);
    }

    double firstRate() {
        return Stats.rate(Math.max(1, Math.round(total * SHARE)), firstSeconds);
    }

    double lastRate() {
        return Stats.rate(Math.max(1, Math.round(total * SHARE)), lastSeconds);
    }

    /** When the count first reached {@code count}: interpolated between the sample before and the one that has it. */
    static double reached(List<Sample> samples, long count) {
        Sample before = null;
        for (Sample s : samples) {
            if (s.consumed() >= count) {
                if (before == null || s.consumed() == before.consumed()) {
                    return s.seconds();
                }
                double share = (double) (count - before.consumed()) / (s.consumed() - before.consumed());
                return before.seconds() + share * (s.seconds() - before.seconds());
            }
            before = s;
        }
        throw new IllegalArgumentException("the samples never reach " + count);
    }
}
