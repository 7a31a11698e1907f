package cn.ybjg.bench.perf;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Measurement 5: each service's resident set (VmRSS of /proc/PID/status) and used heap (its hsperfdata file,
 * {@link PerfData}; the sum of jvm_memory_used_bytes{area="heap"} of /q/metrics for a JVM without one), sampled once a
 * second; keeps the idle values (first sample) and the peaks.
 */
final class Memory implements AutoCloseable {
    record Sample(double rssMiB, double heapMiB) {
    }

    private final Stack stack;
    private final Http http = new Http();
    final Map<String, Sample> idle = new LinkedHashMap<>();
    final Map<String, Sample> peak = new LinkedHashMap<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();

    private final Set<String> gone = new HashSet<>();

    Memory(Stack stack) {
        this.stack = stack;
    }

    void start() throws Exception {
        sampleAll();
        idle.putAll(peak);
        timer.scheduleAtFixedRate(() -> {
            try {
                sampleAll();
            } catch (Exception e) {
                System.err.println("[bench] memory sample failed: " + e.getMessage());
            }
        }, 1, 1, TimeUnit.SECONDS);
    }

    /** A fresh sample of one service, outside the once-a-second series (its peak is kept too). */
    synchronized Sample sample(String svc) throws Exception {
        long pid = stack.pids().get(svc);
        Path perfData = PerfData.fileOf(pid);
        Sample s = new Sample(rssMiB(pid), perfData != null ? PerfData.heapMiB(perfData)
                : heapMiB(http.send(http.get(stack.url(svc) + "/q/metrics", null))));
        peak.merge(svc, s, (a, b) -> new Sample(Math.max(a.rssMiB(), b.rssMiB()), Math.max(a.heapMiB(), b.heapMiB())));
        return s;
    }

    /** The highest values of a service so far. */
    synchronized Sample peakOf(String svc) {
        return peak.get(svc);
    }

    /**
     * A service whose process is gone (restarted by hand during a run) keeps the figures it had: its samples stop,
     * the run goes on (a 10,000,000 run once ended in its last measurement over one missing /proc file).
     */
    private synchronized void sampleAll() throws Exception {
        for (String svc : Stack.SERVICES) {
            try {
                sample(svc);
            } catch (NoSuchFileException e) {
                if (gone.add(svc)) {
                    System.err.println("[bench] " + svc + ": process " + stack.pids().get(svc)
                            + " is gone; its memory figures end here");
                }
            }
        }
    }

    static double rssMiB(long pid) throws Exception {
        if (pid <= 0) {
            return Double.NaN;
        }
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
            }
        }
        return Double.NaN;
    }

    /** Sum of the heap pools' used bytes in a Prometheus text exposition, in MiB. */
    static double heapMiB(String metrics) {
        double bytes = 0;
        for (String line : metrics.split("\n")) {
            if (line.startsWith("jvm_memory_used_bytes{") && line.contains("area=\"heap\"")) {
                bytes += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return bytes / (1024.0 * 1024.0);
    }

    @Override
    public synchronized void close() {
        timer.shutdownNow();
    }
}
