package cn.ybjg.bench.perf;

import java.sql.Connection;
import java.util.List;
import java.util.Map;

/** Turns each measurement into table rows, every figure next to its baseline of the same run. */
final class Measurements {
    private final Stack stack;
    private final BenchOptions o;
    private final Map<String, Object> details;

    Measurements(Stack stack, BenchOptions o, Map<String, Object> details) {
        this.stack = stack;
        this.o = o;
        this.details = details;
    }

    List<Row> bulk(Ingest ingest, BenchData data, Pipeline pipeline, String run) throws Exception {
        int n = data.settlements().size();
        Bench.log("1. bulk ingest of %,d settlements (%d files, %d clients)", n, data.settlementFiles().size(),
                Ingest.CLIENTS);
        Ingest.Result r = ingest.settlements(data.settlementFiles());
        Bench.log("   accepted %,d, duplicates %,d, rejected %,d in %.1f s; waiting for supervision to drain",
                r.accepted(), r.duplicates(), r.rejected(), r.seconds());
        long drained = pipeline.awaitDrained(3600);
        double streamSeconds = (drained - r.startNanos()) / 1e9;
        Bench.log("   pipeline drained %.1f s after the first POST; COPY baseline", streamSeconds);
        double copySeconds = new CopyBaseline(stack).run(data.settlements(), "bench_copy_" + run.toLowerCase());
        Bench.log("3. the rules as SQL over supervision's state tables");
        SqlRules.Result sql;
        Map<String, Long> streamed;
        try (Connection db = stack.supervisionDb()) {
            sql = SqlRules.run(db, data.prefix());
            streamed = SqlRules.streamingFlags(db, data.prefix());
        }
        details.put("bulk", Map.of("settlements", n, "accepted", r.accepted(), "duplicates", r.duplicates(),
                "rejected", r.rejected(), "ingestSeconds", r.seconds(), "copySeconds", copySeconds,
                "streamingSeconds", streamSeconds, "sqlSeconds", sql.seconds(), "sqlFindings", sql.findings(),
                "streamingFlags", streamed));
        return List.of(
                Row.of("1. bulk ingest POST /settlements", Stats.rate(r.accepted(), r.seconds()), "rec/s")
                        .against("COPY", Stats.rate(n, copySeconds)).goal(Goal.ratioAtLeast(0.5))
                        .note(String.format("%,d records: accepted %,d, duplicates %,d, rejected %,d; API %.1f s vs"
                                + " COPY %.1f s", n, r.accepted(), r.duplicates(), r.rejected(), r.seconds(), copySeconds)),
                Row.of("2. audit throughput (all rules)", Stats.rate(n, streamSeconds), "settlements/s")
                        .against("SQL batch", Stats.rate(n, sql.seconds()))
                        .note(String.format("first POST until outbox empty and consumer lag 0: %.1f s (ingest"
                                + " itself %.1f s)", streamSeconds, r.seconds())),
                Row.of("3. streaming total time", streamSeconds, "s").against("SQL batch", sql.seconds())
                        .note("findings of the 6 rules, SQL " + sql.findings() + " / streaming flags " + streamed));
    }

    List<Row> latency(BenchData data, Pipeline pipeline) throws Exception {
        Bench.log("2b. latency: %,d settlements offered at %,d/s in batches of %d every %d ms",
                data.settlements().size(), o.rate(), Latency.batchSize(o.rate()), Latency.TICK_MS);
        Latency.Result r = new Latency(stack).run(data, o.rate(), pipeline);
        double[] ms = r.latenciesMs();
        details.put("latency", Map.of("offeredRate", o.rate(), "achievedRate", r.achievedRate(),
                "settlements", r.sent(), "flags", ms.length));
        if (ms.length == 0) {
            return List.of(Row.of("2. ingest→flag latency", Double.NaN, "ms").note("no flag raised"));
        }
        String note = String.format("%,d settlement-level flags; offered %,d/s, achieved %,.0f/s", ms.length,
                o.rate(), r.achievedRate());
        return List.of(Row.of("2. ingest→flag latency p50", Stats.percentile(ms, 50), "ms").note(note),
                Row.of("2. ingest→flag latency p99", Stats.percentile(ms, 99), "ms").goal(Goal.valueAtMost(1000, "ms")));
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
        Bench.log("   %,d settlements in %.1f s (added %,d, removed %,d); SQL baseline over the same rows",
                r.settlements(), r.seconds(), r.added(), r.removed());
        SqlRules.Result sql;
        try (Connection db = stack.supervisionDb()) {
            sql = SqlRules.run(db, "BENCH");
        }
        double perMillion = r.seconds() * 1_000_000 / Math.max(1, r.settlements());
        details.put("replay", Map.of("settlements", r.settlements(), "seconds", r.seconds(), "added", r.added(),
                "removed", r.removed(), "sqlSeconds", sql.seconds(), "peakRssMiB", r.peak().rssMiB(),
                "peakHeapMiB", r.peak().heapMiB()));
        String scale = r.settlements() >= 1_000_000 ? "measured" : String.format("scaled linearly from %,d",
                r.settlements());
        return List.of(
                Row.of("6. replay dry run, all rules", r.seconds(), "s").against("6 rules as SQL, same rows",
                                sql.seconds())
                        .note(String.format("%,d settlements of %d; would add %,d and remove %,d flags", r.settlements(),
                                Bench.YEAR, r.added(), r.removed())),
                Row.of("6. replay time per 1,000,000 settlements", perMillion, "s").goal(Goal.valueAtMost(60, "s"))
                        .note(scale),
                Row.of("6. supervision-service RSS during replay", r.peak().rssMiB(), "MiB")
                        .against("before", r.before().rssMiB()),
                Row.of("6. supervision-service heap during replay", r.peak().heapMiB(), "MiB")
                        .against("before", r.before().heapMiB()));
    }

    List<Row> memory(Memory memory) {
        List<Row> rows = new java.util.ArrayList<>();
        for (String svc : Stack.SERVICES) {
            Memory.Sample idle = memory.idle.get(svc), peak = memory.peak.get(svc);
            rows.add(Row.of("5. " + svc + " RSS peak", peak.rssMiB(), "MiB").against("idle", idle.rssMiB()));
            rows.add(Row.of("5. " + svc + " heap used peak", peak.heapMiB(), "MiB").against("idle", idle.heapMiB()));
        }
        details.put("memory", Map.of("idle", memory.idle, "peak", memory.peak));
        return rows;
    }
}
