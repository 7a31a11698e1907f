package cn.ybjg.bench.perf;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.postgresql.PGConnection;

/**
 * Baseline of measurement 1: the same rows (every column of claims' settlement table) COPYed by CopyManager into a
 * scratch table created LIKE settlement (same columns, keys and indexes), in the same 10,000-row batches from the
 * same number of concurrent connections, one transaction a batch. The CSV text is prepared before the clock starts.
 */
final class CopyBaseline {
    private final Stack stack;

    CopyBaseline(Stack stack) {
        this.stack = stack;
    }

    /** @return seconds for all batches */
    double run(List<com.fasterxml.jackson.databind.JsonNode> rows, String scratch) throws Exception {
        List<byte[]> batches = new ArrayList<>();
        for (int from = 0; from < rows.size(); from += 10_000) {
            StringBuilder csv = new StringBuilder();
            for (int i = from; i < Math.min(rows.size(), from + 10_000); i++) {
                csv.append(CopyRow.csv(i + 1L, rows.get(i))).append('\n');
            }
            batches.add(csv.toString().getBytes(StandardCharsets.UTF_8));
        }
        try (Connection c = stack.claimsDb(); Statement s = c.createStatement()) {
            s.execute("drop table if exists " + scratch);
            s.execute("create table " + scratch + " (like settlement including defaults including constraints"
                    + " including indexes)");
            s.execute("alter table " + scratch + " alter column id drop default");
        }
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Ingest.CLIENTS);
        List<Future<?>> workers = new ArrayList<>();
        long start = System.nanoTime();
        for (int w = 0; w < Ingest.CLIENTS; w++) {
            workers.add(pool.submit(() -> {
                try (Connection c = stack.claimsDb()) {
                    var copy = c.unwrap(PGConnection.class).getCopyAPI();
                    for (int i = next.getAndIncrement(); i < batches.size(); i = next.getAndIncrement()) {
                        copy.copyIn("copy " + scratch + " (" + CopyRow.COLUMNS + ") from stdin with (format csv)",
                                new ByteArrayInputStream(batches.get(i)));
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : workers) {
            f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        try (Connection c = stack.claimsDb(); Statement s = c.createStatement()) {
            s.execute("drop table " + scratch);
        }
        return seconds;
    }
}
