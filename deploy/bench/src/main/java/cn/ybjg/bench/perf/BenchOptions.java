package cn.ybjg.bench.perf;

import java.nio.file.Path;

/** Command-line options of {@link Bench}. */
record BenchOptions(int settlements, int rate, int seconds, long flags, int requests, Path out, boolean cleanup,
                    boolean scale, Path scaleOut) {
    static final int SCALE_SETTLEMENTS = 10_000_000;
    static final String USAGE = """
            usage: bench.sh [options]
              --settlements N   settlements of the bulk-ingest / audit / SQL measurements (default 1000000;
                                10000000 with --scale)
              --rate R          offered load of the latency measurement, settlements/s (default 5000)
              --seconds S       duration of the latency measurement (default 60)
              --flags N         synthetic flags of region 999999 to have in supervision's flag table (default 1000000)
              --requests N      GETs per endpoint in the API measurement, from 50 clients (default 1000)
              --out FILE        result JSON (default deploy/local/.state/bench/result.json)
              --scale           the scale run: also write the audit rate over the first and the last 10% of the
                                bulk run and supervision's heap at its end to --scale-out; implied by
                                --settlements 10000000 or more
              --scale-out FILE  result of the scale run (default docs/bench-scale-result.json)
              --cleanup         delete every bench row (personId BENCH…) from claims and supervision, then exit
            """;

    static BenchOptions parse(String[] args, Path defaultOut) {
        Integer settlements = null;
        int rate = 5000, seconds = 60, requests = 1000;
        long flags = 1_000_000;
        Path out = defaultOut, scaleOut = Path.of("docs", "bench-scale-result.json");
        boolean cleanup = false, scale = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--settlements" -> settlements = positive(a, value(args, ++i));
                case "--rate" -> rate = positive(a, value(args, ++i));
                case "--seconds" -> seconds = positive(a, value(args, ++i));
                case "--flags" -> flags = Long.parseLong(value(args, ++i));
                case "--requests" -> requests = positive(a, value(args, ++i));
                case "--out" -> out = Path.of(value(args, ++i));
                case "--scale" -> scale = true;
                case "--scale-out" -> scaleOut = Path.of(value(args, ++i));
                case "--cleanup" -> cleanup = true;
                case "--help", "-h" -> throw new IllegalArgumentException("help");
                default -> throw new IllegalArgumentException("unknown option " + a);
            }
        }
        int n = settlements != null ? settlements : scale ? SCALE_SETTLEMENTS : 1_000_000;
        return new BenchOptions(n, rate, seconds, flags, requests, out, cleanup, scale || n >= SCALE_SETTLEMENTS,
                scaleOut);
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            throw new IllegalArgumentException(args[i - 1] + " needs a value");
        }
        return args[i];
    }

    private static int positive(String option, String v) {
        int n = Integer.parseInt(v.replace("_", "").replace(",", ""));
        if (n <= 0) {
            throw new IllegalArgumentException(option + " must be positive, got " + v);
        }
        return n;
    }
}
