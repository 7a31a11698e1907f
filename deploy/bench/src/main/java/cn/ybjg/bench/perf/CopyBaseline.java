package cn.ybjg.bench.perf;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * scratch table created LIKE settlement (same columns, keys and indexes), one COPY a settlement file (≤ 10,000 rows,
 * the API's batches) from the same number of concurrent connections, one transaction each. The CSV files are written
 * to disk before the clock starts and read back while it runs, as the API run reads its JSON files: preparing them
 * in memory would not fit 10,000,000 rows.
 */
final class CopyBaseline {
    /** Row ids: file index × this + position, unique because no settlement file holds more records. */
    static final int FILE_ROWS = 10_000;
    private final Stack stack;

    CopyBaseline(Stack stack) {
        this.stack = stack;
    }

    /** @return seconds for all COPYs */
    double run(List<Path> settlementFiles, Path csvDir, String scratch) throws Exception {
        List<Path> csv = prepare(settlementFiles, csvDir);
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
                    for (int i = next.getAndIncrement(); i < csv.size(); i = next.getAndIncrement()) {
                        try (InputStream in = Files.newInputStream(csv.get(i))) {
                            copy.copyIn("copy " + scratch + " (" + CopyRow.COLUMNS + ") from stdin with (format csv)",
                                    in);
                        }
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
        for (Path p : csv) {
            Files.delete(p);
        }
        return seconds;
    }

    /** One CSV file per settlement file, in csvDir. */
    static List<Path> prepare(List<Path> settlementFiles, Path csvDir) throws Exception {
        Files.createDirectories(csvDir);
        List<Path> out = new ArrayList<>();
        for (int f = 0; f < settlementFiles.size(); f++) {
            JsonNode records = BenchData.JSON.readTree(settlementFiles.get(f).toFile());
            if (records.size() > FILE_ROWS) {
                throw new IllegalStateException(settlementFiles.get(f) + " holds more than " + FILE_ROWS + " records");
            }
            Path p = csvDir.resolve(String.format("copy-%05d.csv", f));
            try (Writer w = Files.newBufferedWriter(p, StandardCharsets.UTF_8)) {
                for (int i = 0; i < records.size(); i++) {
                    w.write(CopyRow.csv((long) f * FILE_ROWS + i + 1, records.get(i)));
                    w.write('\n');
                }
            }
            out.add(p);
        }
        return out;
    }
}
