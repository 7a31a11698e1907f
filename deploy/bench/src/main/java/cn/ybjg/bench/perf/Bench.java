package cn.ybjg.bench.perf;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Main of deploy/bench/bench.sh: runs the measurements against the running local stack (docs/bench.md). */
public final class Bench {
    static final int YEAR = 2023;
    /** Settlements of each data set measuring an ingest format or condition besides the bulk run's (at most). */
    static final int FORMAT_SETTLEMENTS = 1_000_000;
    private static final Pattern MEASUREMENT_NUMBER = Pattern.compile("(\\d+)\\.");
    private final Stack stack;
    private final BenchOptions o;
    final Map<String, Object> details = new LinkedHashMap<>();
    final Map<String, Object> environment = new LinkedHashMap<>();

    Bench(Stack stack, BenchOptions o) {
        this.stack = stack;
        this.o = o;
    }

    public static void main(String[] args) throws Exception {
        Path state = Path.of(System.getenv().getOrDefault("BENCH_STATE", "deploy/local/.state/bench"));
        BenchOptions o;
        try {
            o = BenchOptions.parse(args, state.resolve("result.json"));
        } catch (IllegalArgumentException e) {
            boolean help = "help".equals(e.getMessage());
            (help ? System.out : System.err).println((help ? "" : "bench: " + e.getMessage() + "\n") + BenchOptions.USAGE);
            System.exit(help ? 0 : 2);
            return;
        }
        Stack stack = Stack.fromEnv();
        if (o.cleanup()) {
            Cleanup.run(stack);
            return;
        }
        Bench bench = new Bench(stack, o);
        List<Row> rows = bench.run(state, args);
        System.out.println();
        System.out.print(Table.render(rows));
        Report.write(o.out(), rows, bench.details, bench.environment, args);
        System.out.println("\n[bench] written " + o.out());
    }

    /** The number a row's name starts with ("2. audit throughput": 2), so that the table lists rows by measurement. */
    static int measurementNumber(Row row) {
        Matcher number = MEASUREMENT_NUMBER.matcher(row.name());
        return number.lookingAt() ? Integer.parseInt(number.group(1)) : Integer.MAX_VALUE;
    }

    static void log(String format, Object... args) {
        System.out.printf("[bench] " + format + "%n", args);
    }

    List<Row> run(Path state, String[] args) throws Exception {
        String run = "BENCH" + (System.currentTimeMillis() / 1000);
        details.put("runId", run);
        details.put("year", YEAR);
        int formatSize = Math.min(o.settlements(), FORMAT_SETTLEMENTS);
        log("run %s: generating %,d settlements (+ 3 × %,d for the ingest formats, %,d for the latency run) of %d",
                run, o.settlements(), formatSize, o.rate() * o.seconds(), YEAR);
        Set<String> idNumbers = new HashSet<>();
        BenchData bulk = BenchData.generate(state.resolve("data-bulk"), run + "-", o.settlements(), YEAR, 7, idNumbers);
        BenchData steady = BenchData.generate(state.resolve("data-latency"), run + "L-", o.rate() * o.seconds(), YEAR,
                8, idNumbers);
        BenchData csvStopped = BenchData.generate(state.resolve("data-csv-stopped"), run + "CS-", formatSize, YEAR, 9,
                idNumbers);
        BenchData jsonRunning = BenchData.generate(state.resolve("data-json-running"), run + "JR-", formatSize, YEAR,
                10, idNumbers);
        BenchData csvRunning = BenchData.generate(state.resolve("data-csv-running"), run + "CR-", formatSize, YEAR, 11,
                idNumbers);
        List<BenchData> all = List.of(bulk, steady, csvStopped, jsonRunning, csvRunning);
        List<Row> rows = new ArrayList<>();
        Ingest ingest = new Ingest(stack);
        try (Pipeline pipeline = new Pipeline(stack); Memory memory = new Memory(stack)) {
            environment.put("engine", pipeline.engine());
            memory.start();
            log("posting enrollments and deaths (not timed), waiting for the pipeline to drain");
            for (BenchData data : all) {
                ingest.registries(data);
            }
            pipeline.awaitAllDrained(Measurements.drainSeconds(bulk.settlements()));
            Measurements m = new Measurements(stack, o, details);
            rows.addAll(m.bulk(ingest, bulk, pipeline, memory, state, run));
            if (o.scale()) {
                Report.write(o.scaleOut(), m.scaleRows, m.scaleDetails, m.environment(pipeline), args);
                log("scale run written to %s", o.scaleOut());
            }
            rows.addAll(m.formats(ingest, csvStopped, jsonRunning, csvRunning, pipeline, state, run));
            rows.addAll(m.latency(steady, pipeline));
            rows.addAll(m.api());
            rows.addAll(m.replay());
            rows.addAll(m.memory(memory));
            environment.putAll(m.environment(pipeline));
        }
        rows.sort(Comparator.comparingInt(Bench::measurementNumber));
        return rows;
    }
}
