package cn.ybjg.bench.perf;

import java.nio.file.Path;

/** Command-line options of {@link Bench}. */
record BenchOptions(int settlements, int rate, int seconds, long flags, int requests, Path out, boolean cleanup) {
    static final String USAGE = """
            usage: bench.sh [options]
              --settlements N   settlements of the bulk-ingest / audit / SQL measurements (default 200000)
              --rate R          offered load of the latency measurement, settlements/s (default 5000)
              --seconds S       duration of the latency measurement (default 30)
              --flags N         synthetic flags of region 999999 to have in supervision's flag table (default 1000000)
              --requests N      GETs per endpoint in the API measurement, from 50 clients (default 1000)
              --out FILE        result JSON (default deploy/local/.state/bench/result.json)
              --cleanup         delete every bench row (personId BENCH…) from claims and supervision, then exit
            """;

    static BenchOptions parse(String[] args, Path defaultOut) {
        int settlements = 200_000, rate = 5000, seconds = 30, requests = 1000;
        long flags = 1_000_000;
        Path out = defaultOut;
        boolean cleanup = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--settlements" -> settlements = positive(a, value(args, ++i));
                case "--rate" -> rate = positive(a, value(args, ++i));
                case "--seconds" -> seconds = positive(a, value(args, ++i));
                case "--flags" -> flags = Long.parseLong(value(args, ++i));
                case "--requests" -> requests = positive(a, value(args, ++i));
                case "--out" -> out = Path.of(value(args, ++i));
                case "--cleanup" -> cleanup = true;
                case "--help", "-h" -> throw new IllegalArgumentException("help");
                default -> throw new IllegalArgumentException("unknown option " + a);
            }
        }
        return new BenchOptions(settlements, rate, seconds, flags, requests, out, cleanup);
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
