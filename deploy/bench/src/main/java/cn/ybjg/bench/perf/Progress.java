package cn.ybjg.bench.perf;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * How far the auditing engine has got through the settlements of a run: once a second, the offsets its consumer group
 * has committed on settlements.v1 (under the streams engine committed with each transaction, so at most one commit
 * interval behind), minus those committed before the run's first settlement was posted.
 */
final class Progress implements AutoCloseable {
    private final Pipeline pipeline;
    private final List<ScaleRates.Sample> samples = new ArrayList<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private String group;
    private long startNanos;
    private long baseline;

    Progress(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    /** Takes the baseline now: call just before the first settlement is posted. */
    void start() throws Exception {
        group = pipeline.auditGroup();
        baseline = pipeline.consumedSettlements(group);
        startNanos = System.nanoTime();
        sample();
        timer.scheduleAtFixedRate(() -> {
            try {
                sample();
            } catch (Exception e) {
                System.err.println("[bench] progress sample failed: " + e.getMessage());
            }
        }, 1, 1, TimeUnit.SECONDS);
    }

    long startNanos() {
        return startNanos;
    }

    /** Stops sampling after one last sample; returns every sample in time order. */
    synchronized List<ScaleRates.Sample> stop() throws Exception {
        timer.shutdownNow();
        sampleLocked();
        return List.copyOf(samples);
    }

    private synchronized void sample() throws Exception {
        if (!timer.isShutdown()) {
            sampleLocked();
        }
    }

    private void sampleLocked() throws Exception {
        long consumed = pipeline.consumedSettlements(group) - baseline;
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        // committed offsets never go back; a sample read before a slower earlier one finished must not either
        long last = samples.isEmpty() ? 0 : samples.get(samples.size() - 1).consumed();
        samples.add(new ScaleRates.Sample(seconds, Math.max(last, consumed)));
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
