package cn.ybjg.bench.perf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Main of deploy/bench/bench.sh: runs the six measurements against the running local stack (docs/bench.md). */
public final class Bench {
    static final int YEAR = 2023;
    private final Stack stack;
    private final BenchOptions o;
    final Map<String, Object> details = new LinkedHashMap<>();

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
        List<Row> rows = bench.run(state);
        System.out.println();
        System.out.print(Table.render(rows));
        Files.createDirectories(o.out().toAbsolutePath().getParent());
        Files.write(o.out(), BenchData.JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(Report.json(rows,
                bench.details, args)));
        System.out.println("\n[bench] written " + o.out());
    }

    static void log(String format, Object... args) {
        System.out.printf("[bench] " + format + "%n", args);
    }

    List<Row> run(Path state) throws Exception {
        String run = "BENCH" + (System.currentTimeMillis() / 1000);
        details.put("runId", run);
        details.put("year", YEAR);
        log("run %s: generating %,d settlements (+ %,d for the latency run) of %d", run, o.settlements(),
                o.rate() * o.seconds(), YEAR);
        BenchData bulk = BenchData.generate(state.resolve("data-bulk"), run + "-", o.settlements(), YEAR, 7);
        BenchData steady = BenchData.generate(state.resolve("data-latency"), run + "L-", o.rate() * o.seconds(), YEAR, 8);
        List<Row> rows = new ArrayList<>();
        Ingest ingest = new Ingest(stack);
        try (Pipeline pipeline = new Pipeline(stack); Memory memory = new Memory(stack)) {
            log("posting enrollments and deaths (not timed), waiting for the pipeline to drain");
            ingest.registries(bulk);
            ingest.registries(steady);
            pipeline.awaitDrained(1800);
            memory.start();
            Measurements m = new Measurements(stack, o, details);
            rows.addAll(m.bulk(ingest, bulk, pipeline, run));
            rows.addAll(m.latency(steady, pipeline));
            rows.addAll(m.api());
            rows.addAll(m.memory(memory));
            rows.addAll(m.replay());
        }
        return rows;
    }
}
