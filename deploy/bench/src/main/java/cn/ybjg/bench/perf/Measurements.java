package cn.ybjg.bench.perf;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns each measurement into table rows, every figure next to its baseline of the same run. */
final class Measurements {
    static final double AUDIT_GOAL = 10_000;
    static final double HEAP_GOAL_MIB = 1024;
    static final String SUPERVISION = "supervision-service";
    static final String JSON = "application/json";
    static final String CSV = "text/csv; charset=UTF-8";
    private final Stack stack;
    private final BenchOptions o;
    private final Map<String, Object> details;
    /** Rows of the scale run (docs/bench-scale-result.json), filled by {@link #bulk} when --scale is on. */
    final List<Row> scaleRows = new ArrayList<>();
    final Map<String, Object> scaleDetails = new LinkedHashMap<>();
    /** Every run of measurement 1 (API seconds, COPY seconds), for the details of the result JSON. */
    private final Map<String, Object> ingestRuns = new LinkedHashMap<>();

    Measurements(Stack stack, BenchOptions o, Map<String, Object> details) {
        this.stack = stack;
        this.o = o;
        this.details = details;
        details.put("ingest", ingestRuns);
    }

    /** Bounds a wait for the pipeline: 30 minutes plus a second per 500 events, however slow the engine is. */
    static long drainSeconds(long events) {
        return 1800 + events / 500;
    }

    List<Row> bulk(Ingest ingest, BenchData data, Pipeline pipeline, Memory memory, Path state, String run)
            throws Exception {
        long n = data.settlements();
        Bench.log("1. bulk ingest of %,d settlements as JSON, consumers stopped (%d files, %d clients)", n,
                data.settlementFiles().size(), Ingest.CLIENTS);
        List<ScaleRates.Sample> samples;
        Ingest.Result r;
        double copySeconds;
        long drained;
        // The streams engine is paused while claims ingests, so its rate is its own, not the POST rate; the loop
        // cannot be paused and is timed from the first POST. indicators-service stays paused until the audit is over.
        boolean paused = pipeline.streamsEngine();
        ConsumerSwitch consumers = new ConsumerSwitch(stack);
        long auditStart;
        try (Progress progress = new Progress(pipeline)) {
            consumers.indicators(false);
            if (paused) consumers.engine(false);
            progress.start();
            r = ingest.settlements(data.settlementFiles(), JSON);
            Bench.log("   accepted %,d, duplicates %,d, rejected %,d in %.1f s; COPY baseline, consumers still stopped",
                    r.accepted(), r.duplicates(), r.rejected(), r.seconds());
            copySeconds = copy(data, state, run + "_json_stopped");
            Bench.log("   COPY %.1f s", copySeconds);
            auditStart = r.startNanos();
            if (paused) {
                auditStart = pipeline.awaitPublished(drainSeconds(n));
                Bench.log("   everything is on Kafka; resuming the paused engine");
                consumers.engine(true);
            }
            drained = pipeline.awaitDrained(drainSeconds(n));
            samples = progress.stop();
        }
        double auditSeconds = (drained - auditStart) / 1e9;
        Memory.Sample heapAtEnd = memory.sample(SUPERVISION);
        double streamSeconds = (drained - r.startNanos()) / 1e9;
        Bench.log("   pipeline drained %.1f s after the first POST; indicators-service catches up", streamSeconds);
        consumers.indicators(true);
        pipeline.awaitAllDrained(drainSeconds(n));
        ingestRuns.put("json_stopped", ingestDetails(r, copySeconds));

        Bench.log("2. the 8 rules as SQL over claims' tables (persons of %s…), against the streaming flags",
                data.prefix());
        SqlRules.Result sql;
        Map<String, Map<String, String>> streamed;
        RuleParameters params;
        try (Connection supervision = stack.supervisionDb(); Connection claims = stack.claimsDb()) {
            params = RuleParameters.inForce(supervision);
            sql = SqlRules.run(claims, SqlScope.run(data.prefix()), params, SqlRules.configured(supervision));
            streamed = StreamingFlags.of(supervision, data.prefix());
        }
        Agreement agreement = Agreement.of(Agreement.byFlagId(sql.findings()), streamed);
        Bench.log("   SQL %.1f s; %s", sql.seconds(), agreement.summary());

        double auditRate = Stats.rate(n, auditSeconds);
        Map<String, Object> bulk = new LinkedHashMap<>();
        bulk.put("settlements", n);
        bulk.put("accepted", r.accepted());
        bulk.put("duplicates", r.duplicates());
        bulk.put("rejected", r.rejected());
        bulk.put("ingestSeconds", r.seconds());
        bulk.put("copySeconds", copySeconds);
        bulk.put("ingestFormat", "JSON");
        bulk.put("consumersStoppedDuringIngest", true);
        bulk.put("streamingSeconds", streamSeconds);
        bulk.put("auditSeconds", auditSeconds);
        bulk.put("enginePausedDuringIngest", paused);
        bulk.put("engineConsumptionSeconds", engineSeconds(samples));
        bulk.put("sqlSeconds", sql.seconds());
        bulk.put("sqlStepSeconds", sql.stepSeconds());
        bulk.put("sqlWorkMem", SqlRules.WORK_MEM);
        bulk.put("ruleVersions", params.versions());
        bulk.put("ruleEnabled", params.enabled());
        bulk.put("sqlFindings", sql.counts());
        bulk.put("streamingFlags", counts(streamed));
        bulk.put("agreement", agreement.rules());
        details.put("bulk", bulk);

        List<Row> rows = List.of(ingestRow("JSON, consumers stopped", r, n, copySeconds),
                Row.of("2. audit throughput", auditRate, "settlements/s")
                        .against("SQL batch, 8 rules", Stats.rate(n, sql.seconds()))
                        .goal(Goal.valueAtLeast(AUDIT_GOAL, "settlements/s"))
                        .note(String.format("%,d settlements %s until the %s engine's lag is 0%s: %.1f s; from the"
                                + " first POST %.1f s; the POSTs alone took %.1f s (%,.0f/s); SQL batch %.1f s", n,
                                paused ? "from resuming the engine, paused while claims ingested and published them,"
                                        : "from the first POST", pipeline.engine(),
                                pipeline.streamsEngine() ? " (flag projection included)" : "", auditSeconds,
                                streamSeconds, r.seconds(), Stats.rate(r.accepted(), r.seconds()), sql.seconds())),
                Row.of("3. SQL findings = streaming flags", agreement.differing(), "flags")
                        .goal(Goal.valueAtMost(0, "flags")).note(agreement.summary()));
        if (o.scale()) {
            scale(samples, rows.get(1), heapAtEnd, memory.peakOf(SUPERVISION).heapMiB(), n);
        }
        return rows;
    }

    /**
     * The rest of measurement 1, one fresh data set each: CSV with the consumers stopped (supervision's engine and
     * indicators-service paused, as in {@link #bulk}), then JSON and CSV with the rest of the stack running (both
     * consume what claims publishes while it ingests). Each COPY baseline runs right after its API run, in the same
     * condition: paused consumers stay paused; running ones are still working off the API run's backlog.
     */
    List<Row> formats(Ingest ingest, BenchData csvStopped, BenchData jsonRunning, BenchData csvRunning,
                      Pipeline pipeline, Path state, String run) throws Exception {
        ConsumerSwitch consumers = new ConsumerSwitch(stack);
        boolean pausable = pipeline.streamsEngine();
        List<Row> rows = new ArrayList<>();
        consumers.indicators(false);
        if (pausable) consumers.engine(false);
        rows.add(formatRun(ingest, csvStopped, CSV, "CSV, consumers stopped", state, run, "csv_stopped"));
        if (pausable) consumers.engine(true);
        consumers.indicators(true);
        pipeline.awaitAllDrained(drainSeconds(csvStopped.settlements()));
        rows.add(formatRun(ingest, jsonRunning, JSON, "JSON, stack running", state, run, "json_running"));
        pipeline.awaitAllDrained(drainSeconds(jsonRunning.settlements()));
        rows.add(formatRun(ingest, csvRunning, CSV, "CSV, stack running", state, run, "csv_running"));
        pipeline.awaitAllDrained(drainSeconds(csvRunning.settlements()));
        return rows;
    }

    /** {@code key}: the run's name in the result JSON's details and in its scratch table's. */
    private Row formatRun(Ingest ingest, BenchData data, String contentType, String condition, Path state,
                          String run, String key) throws Exception {
        List<Path> files = contentType.equals(CSV) ? CsvSettlements.write(data.settlementFiles()) : data.settlementFiles();
        Bench.log("1. bulk ingest of %,d settlements as %s (%d files, %d clients)", data.settlements(), condition,
                files.size(), Ingest.CLIENTS);
        Ingest.Result r = ingest.settlements(files, contentType);
        double copySeconds = copy(data, state, run + "_" + key);
        Bench.log("   API %.1f s (accepted %,d, rejected %,d), COPY %.1f s", r.seconds(), r.accepted(), r.rejected(),
                copySeconds);
        ingestRuns.put(key, ingestDetails(r, copySeconds));
        return ingestRow(condition, r, data.settlements(), copySeconds);
    }

    private double copy(BenchData data, Path state, String scratch) throws Exception {
        return new CopyBaseline(stack).run(data.settlementFiles(), state.resolve("copy-csv"),
                "bench_copy_" + scratch.toLowerCase());
    }

    /** Goal ≥ 0.5× of COPY: the issue states it for the stack running; the consumers-stopped rows are held to it too. */
    private static Row ingestRow(String condition, Ingest.Result r, long n, double copySeconds) {
        return Row.of("1. bulk ingest POST /settlements, " + condition, Stats.rate(r.accepted(), r.seconds()), "rec/s")
                .against("COPY, same condition", Stats.rate(n, copySeconds)).goal(Goal.ratioAtLeast(0.5))
                .note(String.format("%,d records: accepted %,d, duplicates %,d, rejected %,d; API %.1f s vs COPY %.1f s",
                        n, r.accepted(), r.duplicates(), r.rejected(), r.seconds(), copySeconds));
    }

    private static Map<String, Object> ingestDetails(Ingest.Result r, double copySeconds) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("accepted", r.accepted());
        m.put("duplicates", r.duplicates());
        m.put("rejected", r.rejected());
        m.put("apiSeconds", r.seconds());
        m.put("copySeconds", copySeconds);
        return m;
    }

    /** The scale run's rows: rate over the first and the last 10% of the bulk run, heap at its end. */
    private void scale(List<ScaleRates.Sample> samples, Row audit, Memory.Sample heapAtEnd, double peakHeapMiB,
                       long n) {
        scaleRows.add(audit);
        scaleRows.add(heapAtEndRow(heapAtEnd, peakHeapMiB));
        scaleDetails.put("settlements", n);
        scaleDetails.put("supervisionHeapAtEndMiB", heapAtEnd.heapMiB());
        scaleDetails.put("supervisionRssAtEndMiB", heapAtEnd.rssMiB());
        scaleDetails.put("supervisionHeapPeakMiB", peakHeapMiB);
        scaleDetails.put("progress", samples.stream().map(s -> List.of(Math.round(s.seconds() * 10) / 10.0,
                s.consumed())).toList());
        if (Double.isNaN(engineSeconds(samples))) {
            scaleRows.add(1, Row.of("scale: audit rate, last 10%", Double.NaN, "settlements/s")
                    .goal(Goal.ratioAtLeast(0.85)).note("the engine's committed offsets on settlements.v1 never moved:"
                            + " no rate to compare"));
            return;
        }
        ScaleRates rates = ScaleRates.of(samples);
        long tenth = Math.round(rates.total() * ScaleRates.SHARE);
        scaleRows.add(1, Row.of("scale: audit rate, first 10%", rates.firstRate(), "settlements/s")
                .note(String.format("settlements 1 … %,d of %,d consumed by the engine in %.1f s", tenth,
                        rates.total(), rates.firstSeconds())));
        scaleRows.add(2, Row.of("scale: audit rate, last 10%", rates.lastRate(), "settlements/s")
                .against("first 10%", rates.firstRate()).goal(Goal.ratioAtLeast(0.85))
                .note(String.format("the last %,d consumed in %.1f s", tenth, rates.lastSeconds())));
        scaleDetails.put("consumedByEngine", rates.total());
        scaleDetails.put("firstTenthSeconds", rates.firstSeconds());
        scaleDetails.put("lastTenthSeconds", rates.lastSeconds());
    }

    private static Row heapAtEndRow(Memory.Sample heapAtEnd, double peakHeapMiB) {
        return Row.of("scale: supervision-service heap used at the end", heapAtEnd.heapMiB(), "MiB")
                .goal(Goal.valueAtMost(HEAP_GOAL_MIB, "MiB"))
                .note(String.format("sampled once the pipeline had drained; peak during the run %.0f MiB, RSS at the"
                        + " end %.0f MiB", peakHeapMiB, heapAtEnd.rssMiB()));
    }

    /** From the last sample with nothing consumed to the first with everything: the engine's own working time. */
    private static double engineSeconds(List<ScaleRates.Sample> samples) {
        boolean none = samples.isEmpty() || samples.get(samples.size() - 1).consumed() == 0;
        return none ? Double.NaN : ScaleRates.of(samples).allSeconds();
    }

    private static Map<String, Integer> counts(Map<String, Map<String, String>> flags) {
        Map<String, Integer> m = new LinkedHashMap<>();
        flags.forEach((rule, f) -> m.put(rule, f.size()));
        return m;
    }

    List<Row> latency(BenchData data, Pipeline pipeline) throws Exception {
        Bench.log("2b. latency: %,d settlements offered at %,d/s in batches of %d every %d ms",
                data.settlements(), o.rate(), Latency.batchSize(o.rate()), Latency.TICK_MS);
        Latency.Result r = new Latency(stack).run(data, o.rate(), pipeline);
        double[] ms = r.latenciesMs();
        details.put("latency", Map.of("offeredRate", o.rate(), "seconds", o.seconds(), "achievedRate",
                r.achievedRate(), "settlements", r.sent(), "flags", ms.length));
        Goal goal = Goal.valueAtMost(1000, "ms");
        if (ms.length == 0) {
            return List.of(Row.of("2. ingest→flag latency p99", Double.NaN, "ms").goal(goal)
                    .note("no settlement-level flag was raised for the latency run"));
        }
        String note = String.format("%,d settlement-level flags; offered %,d/s for %d s, achieved %,.0f/s%s",
                ms.length, o.rate(), o.seconds(), r.achievedRate(),
                r.achievedRate() < 0.95 * o.rate() ? " (the offered load was NOT reached)" : "");
        return List.of(Row.of("2. ingest→flag latency p50", Stats.percentile(ms, 50), "ms").note(note),
                Row.of("2. ingest→flag latency p99", Stats.percentile(ms, 99), "ms").goal(goal));
    }

    List<Row> api() throws Exception {
        long seeded;
        try (Connection db = stack.supervisionDb()) {
            Bench.log("4. seeding flags of region %s up to %,d (INSERT … SELECT generate_series)", FlagSeed.REGION,
                    o.flags());
            seeded = FlagSeed.topUp(db, o.flags());
            try (var r = db.createStatement().executeQuery("select count(*) from flag")) {
                r.next();
                details.put("flagRows", r.getLong(1));
            }
        }
        details.put("seededFlags", seeded);
        ApiLoad load = new ApiLoad();
        int n = o.requests();
        Bench.log("   %d GETs each from %d clients: flags, health, scorecard", n, ApiLoad.CLIENTS);
        double flags = Stats.percentile(load.run(stack.supervisionUrl() + "/api/v1/flags?size=50",
                stack.adminToken(), n), 95);
        double region = Stats.percentile(load.run(stack.supervisionUrl() + "/api/v1/flags?regionCode=431000&size=50",
                stack.supervisorToken(), n), 95);
        double health = Stats.percentile(load.run(stack.supervisionUrl() + "/q/health/live", null, n), 95);
        double scorecard = Stats.percentile(load.run(stack.indicatorsUrl()
                + "/api/v1/scorecard?regionCode=431000&year=2025", stack.supervisorToken(), n), 95);
        double indicatorsHealth = Stats.percentile(load.run(stack.indicatorsUrl() + "/q/health/live", null, n), 95);
        String note = String.format("%,d requests, 50 clients; flag table %,d rows (%,d seeded in region %s)", n,
                (Long) details.get("flagRows"), seeded, FlagSeed.REGION);
        return List.of(Row.of("4. GET /flags p95 (admin, all regions)", flags, "ms").against("health/live p95", health)
                        .note(note),
                Row.of("4. GET /flags p95 (supervisor 431000)", region, "ms").against("health/live p95", health),
                Row.of("4. GET /scorecard 431000 2025 p95", scorecard, "ms")
                        .against("indicators health/live p95", indicatorsHealth));
    }

    List<Row> replay() throws Exception {
        Bench.log("6. dry-run replay of every stored settlement of %d (all rules)", Bench.YEAR);
        ReplayRun.Result r = new ReplayRun(stack).run(Bench.YEAR);
        Bench.log("   %,d settlements in %.1f s (added %,d, removed %,d); SQL baseline over the same persons",
                r.settlements(), r.seconds(), r.added(), r.removed());
        SqlRules.Result sql;
        try (Connection supervision = stack.supervisionDb(); Connection claims = stack.claimsDb()) {
            sql = SqlRules.run(claims, SqlScope.periodYear(Bench.YEAR), RuleParameters.inForce(supervision),
                    SqlRules.configured(supervision));
        }
        double perMillion = r.seconds() * 1_000_000 / Math.max(1, r.settlements());
        Map<String, Object> replay = new LinkedHashMap<>();
        replay.put("settlements", r.settlements());
        replay.put("seconds", r.seconds());
        replay.put("added", r.added());
        replay.put("removed", r.removed());
        replay.put("sqlSeconds", sql.seconds());
        replay.put("sqlStepSeconds", sql.stepSeconds());
        replay.put("sqlFindings", sql.counts());
        replay.put("peakRssMiB", r.peak().rssMiB());
        replay.put("peakHeapMiB", r.peak().heapMiB());
        details.put("replay", replay);
        Row perMillionRow = Row.of("6. replay time per 1,000,000 settlements", perMillion, "s")
                .goal(Goal.valueAtMost(60, "s"));
        perMillionRow = r.settlements() >= 1_000_000
                ? perMillionRow.note(String.format("measured on %,d settlements", r.settlements()))
                : perMillionRow.notJudged("not measured at full size").note(String.format(
                        "only %,d settlements of %d are stored; the goal is judged on at least 1,000,000",
                        r.settlements(), Bench.YEAR));
        return List.of(
                Row.of("6. replay dry run, all rules", r.seconds(), "s").against("8 rules as SQL, same persons",
                                sql.seconds())
                        .note(String.format("%,d settlements of %d; would add %,d and remove %,d flags", r.settlements(),
                                Bench.YEAR, r.added(), r.removed())),
                perMillionRow,
                Row.of("6. supervision-service RSS during replay", r.peak().rssMiB(), "MiB")
                        .against("before", r.before().rssMiB()),
                Row.of("6. supervision-service heap during replay", r.peak().heapMiB(), "MiB")
                        .against("before", r.before().heapMiB()));
    }

    /** Peaks over the whole run (from before the first registry POST to the end of the replay). */
    List<Row> memory(Memory memory) {
        List<Row> rows = new ArrayList<>();
        for (String svc : Stack.SERVICES) {
            Memory.Sample idle = memory.idle.get(svc), peak = memory.peakOf(svc);
            rows.add(Row.of("5. " + svc + " RSS peak", peak.rssMiB(), "MiB").against("idle", idle.rssMiB()));
            Row heap = Row.of("5. " + svc + " heap used peak", peak.heapMiB(), "MiB").against("idle", idle.heapMiB());
            rows.add(svc.equals(SUPERVISION) ? heap.goal(Goal.valueAtMost(HEAP_GOAL_MIB, "MiB")) : heap);
        }
        details.put("memory", Map.of("idle", memory.idle, "peak", memory.peak));
        return rows;
    }

    /** Which engine ran, PostgreSQL's settings and the hot tables' sizes now (at the end of the run). */
    Map<String, Object> environment(Pipeline pipeline) throws Exception {
        Map<String, Object> env = new LinkedHashMap<>();
        env.put("engine", pipeline.engine());
        try (Connection claims = stack.claimsDb(); Connection supervision = stack.supervisionDb()) {
            env.put("postgres", PgEnvironment.settings(claims));
            env.put("hotTableBytesAtEnd", PgEnvironment.hotTableSizes(claims, supervision));
        }
        return env;
    }
}
