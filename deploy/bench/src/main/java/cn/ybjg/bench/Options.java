package cn.ybjg.bench;

import java.nio.file.Path;

/** Command-line options of {@link Generate}. */
record Options(int persons, int settlements, long seed, double anomalyRate, Region region, int year, String format,
               Path out, boolean shuffle, String prefix, int batchSize, int nearMisses) {

    static final String USAGE = """
            usage: generate.sh [options]
              --persons N         persons in the population (default 2000)
              --settlements N     settlements to generate (default 5 a person); or
              --rate X            settlements a person
              --seed S            seed; the same options give the same bytes (default 1)
              --anomaly-rate R    share of settlements that are planted anomalies (default 0.02; 0 = clean only)
              --region CODE       431000 郴州 (default) or 441800 清远
              --year YYYY         calendar year of the data (default 2025)
              --format json|csv   format of the settlement files (default json)
              --out DIR           output directory (default $TMPDIR/bench-out)
              --shuffle           write settlements, enrollments and deaths in random order
              --prefix P          personId/settlementId prefix of this run (default B<seed>-)
              --batch-size N      settlements a file, at most 10000 (default 10000)
              --near-misses N     clean boundary cases (default max(8, planted cases a rule))
            """;

    static Options parse(String[] args) {
        int persons = 2000;
        Integer settlements = null;
        Double rate = null;
        long seed = 1;
        double anomalyRate = 0.02;
        String region = "431000", format = "json", prefix = null;
        int year = 2025, batch = 10_000;
        Integer nearMisses = null;
        Path out = Path.of(System.getProperty("java.io.tmpdir"), "bench-out");
        boolean shuffle = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--help") || a.equals("-h")) {
                throw new IllegalArgumentException("help");
            }
            if (a.equals("--shuffle")) {
                shuffle = true;
                continue;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("missing value of " + a);
            }
            String v = args[++i];
            switch (a) {
                case "--persons" -> persons = Integer.parseInt(v);
                case "--settlements" -> settlements = Integer.parseInt(v);
                case "--rate" -> rate = Double.parseDouble(v);
                case "--seed" -> seed = Long.parseLong(v);
                case "--anomaly-rate" -> anomalyRate = Double.parseDouble(v);
                case "--region" -> region = v;
                case "--year" -> year = Integer.parseInt(v);
                case "--format" -> format = v;
                case "--out" -> out = Path.of(v);
                case "--prefix" -> prefix = v;
                case "--batch-size" -> batch = Integer.parseInt(v);
                case "--near-misses" -> nearMisses = Integer.parseInt(v);
                default -> throw new IllegalArgumentException("unknown option " + a);
            }
        }
        if (!format.equals("json") && !format.equals("csv")) {
            throw new IllegalArgumentException("--format must be json or csv");
        }
        if (batch < 1 || batch > 10_000 || persons < 1 || anomalyRate < 0 || anomalyRate > 0.5) {
            throw new IllegalArgumentException("need 1 <= --batch-size <= 10000, --persons >= 1, 0 <= --anomaly-rate <= 0.5");
        }
        prefix = prefix != null ? prefix : "B" + seed + "-";
        if (!prefix.matches("[A-Za-z0-9_-]{1,28}")) {
            throw new IllegalArgumentException("--prefix: 1..28 of A-Z a-z 0-9 _ -");
        }
        int total = settlements != null ? settlements : (int) Math.round(persons * (rate != null ? rate : 5.0));
        int perRule = AnomalyPlanter.perRule(anomalyRate, total);
        return new Options(persons, total, seed, anomalyRate, Region.of(region), year, format, out, shuffle, prefix,
                batch, nearMisses != null ? nearMisses : Math.max(NearMisses.KINDS, perRule));
    }
}
