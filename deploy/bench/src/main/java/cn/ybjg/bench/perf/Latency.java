package cn.ybjg.bench.perf;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Measurement 2b: ingest-to-flag latency at a steady offered load. Sends the data set in small batches every
 * TICK_MS (rate × TICK_MS / 1000 records each), at most MAX_IN_FLIGHT requests outstanding; then, once the
 * pipeline is drained, reads each settlement-level flag's detectedAt (supervision DB) and its settlement's
 * ingestedAt (claims DB): latency = detectedAt − ingestedAt.
 */
final class Latency {
    static final int TICK_MS = 20;
    static final int MAX_IN_FLIGHT = 32;
    private final Stack stack;
    private final Http http = new Http();

    Latency(Stack stack) {
        this.stack = stack;
    }

    record Result(long sent, double sendSeconds, double[] latenciesMs) {
        double achievedRate() {
            return Stats.rate(sent, sendSeconds);
        }
    }

    static int batchSize(int ratePerSecond) {
        return Math.max(1, ratePerSecond * TICK_MS / 1000);
    }

    Result run(BenchData data, int ratePerSecond, Pipeline pipeline) throws Exception {
        List<byte[]> batches = data.batches(batchSize(ratePerSecond));
        Semaphore inFlight = new Semaphore(MAX_IN_FLIGHT);
        List<CompletableFuture<String>> sent = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < batches.size(); i++) {
            long due = start + i * TICK_MS * 1_000_000L;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            inFlight.acquire();
            sent.add(http.sendAsync(http.post(stack.claimsUrl() + "/api/v1/settlements", stack.adminToken(),
                    batches.get(i))).whenComplete((r, e) -> inFlight.release()));
        }
        CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).get(10, TimeUnit.MINUTES);
        double sendSeconds = (System.nanoTime() - start) / 1e9;
        pipeline.awaitDrained(1800);
        return new Result(data.settlements(), sendSeconds, latencies(data.prefix()));
    }

    double[] latencies(String prefix) throws Exception {
        Map<String, OffsetDateTime> ingested = new HashMap<>();
        try (Connection c = stack.claimsDb(); PreparedStatement q = c.prepareStatement(
                "select institution_code, settlement_id, ingested_at from settlement where person_id like ?")) {
            q.setString(1, prefix + "%");
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    ingested.put(r.getString(1) + "/" + r.getString(2), r.getObject(3, OffsetDateTime.class));
                }
            }
        }
        List<Double> ms = new ArrayList<>();
        try (Connection c = stack.supervisionDb(); PreparedStatement q = c.prepareStatement("select institution_code,"
                + " settlement_id, detected_at from flag where person_id like ? and settlement_id is not null")) {
            q.setString(1, prefix + "%");
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    OffsetDateTime in = ingested.get(r.getString(1) + "/" + r.getString(2));
                    if (in != null) {
                        OffsetDateTime detected = r.getObject(3, OffsetDateTime.class);
                        ms.add(Duration.between(in, detected).toNanos() / 1e6);
                    }
                }
            }
        }
        return ms.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
