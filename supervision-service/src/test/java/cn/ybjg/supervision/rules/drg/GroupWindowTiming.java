package cn.ybjg.supervision.rules.drg;

import cn.ybjg.supervision.rules.DrgBenchmarks;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Not a test (surefire runs *Test classes only): prints how long adds and 365-day queries take as one group grows
 * to 1,000,000 samples over two years, next to sorting the whole window per query as DrgBenchmarks.trimmedMean
 * does. Run after test-compile:
 * {@code java -cp supervision-service/target/test-classes:supervision-service/target/classes
 * cn.ybjg.supervision.rules.drg.GroupWindowTiming}
 */
public final class GroupWindowTiming {
    static final LocalDate START = LocalDate.of(2024, 1, 1);
    static final BigDecimal TRIM = new BigDecimal("0.1");
    static final int QUERIES = 100_000;
    /** CPU time of this thread: on a shared machine wall time mostly measures the neighbours. */
    static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    public static void main(String[] args) {
        run(10_000, false); // warm-up: let the JIT compile before anything is printed
        System.out.println("thread CPU time; a query = 365-day window, trim 0.1, minSample 30, dates in the second year");
        System.out.printf("%10s %12s %12s %14s %20s%n", "samples", "adds (ms)", "µs per add", "µs per query",
                "sorting µs per query");
        for (int n : new int[] {10_000, 100_000, 1_000_000}) run(n, true);
    }

    private static void run(int n, boolean print) {
        Random r = new Random(n);
        long[] days = new long[n];
        long[] fen = new long[n];
        for (int i = 0; i < n; i++) {
            days[i] = START.toEpochDay() + r.nextInt(730);
            fen[i] = 100_000 + r.nextInt(9_900_000); // 1,000.00 … 100,000.00 yuan
        }
        GroupWindow w = new GroupWindow();
        long t0 = CPU.getCurrentThreadCpuTime();
        for (int i = 0; i < n; i++) w.add("H43100200123:" + i, LocalDate.ofEpochDay(days[i]), fen[i]);
        long addNanos = CPU.getCurrentThreadCpuTime() - t0;

        // query dates in the second year, so every window spans a full 365 days of samples
        long checksum = 0;
        t0 = CPU.getCurrentThreadCpuTime();
        for (int q = 0; q < QUERIES; q++) {
            LocalDate d = START.plusDays(365 + r.nextInt(365));
            checksum += w.benchmark(d, 365, TRIM, 30).map(b -> b.cost().unscaledValue().longValue()).orElse(0L);
        }
        long queryNanos = CPU.getCurrentThreadCpuTime() - t0;

        int sortQueries = 20;
        t0 = CPU.getCurrentThreadCpuTime();
        for (int q = 0; q < sortQueries; q++) {
            LocalDate d = START.plusDays(365 + r.nextInt(365));
            BigDecimal sorted = DrgBenchmarks.trimmedMean(window(days, fen, d), TRIM);
            if (!sorted.equals(w.benchmark(d, 365, TRIM, 30).orElseThrow().cost()))
                throw new IllegalStateException("index and sorting disagree on " + d);
        }
        long sortNanos = CPU.getCurrentThreadCpuTime() - t0;
        if (!print) return;
        System.out.printf("%,10d %,12d %12.2f %14.2f %,20.0f   (checksum %d)%n", n, addNanos / 1_000_000,
                addNanos / 1e3 / n, queryNanos / 1e3 / QUERIES, sortNanos / 1e3 / sortQueries, checksum);
        if (n == 1_000_000) codec(w);
    }

    private static void codec(GroupWindow w) {
        long t0 = CPU.getCurrentThreadCpuTime();
        byte[] bytes = GroupWindowCodec.encode(w);
        long enc = CPU.getCurrentThreadCpuTime() - t0;
        t0 = CPU.getCurrentThreadCpuTime();
        GroupWindow back = GroupWindowCodec.decode(bytes);
        long dec = CPU.getCurrentThreadCpuTime() - t0;
        System.out.printf("codec, %,d samples: %,d bytes (%.1f per sample), encode %d ms, decode + bulk rebuild %d ms%n",
                back.size(), bytes.length, bytes.length / (double) back.size(), enc / 1_000_000, dec / 1_000_000);
    }

    /** What DrgBenchmarks used to do per date: gather the window's costs (then trimmedMean sorts them). */
    private static List<BigDecimal> window(long[] days, long[] fen, LocalDate d) {
        long from = d.toEpochDay() - 364, to = d.toEpochDay();
        List<BigDecimal> out = new ArrayList<>();
        for (int i = 0; i < days.length; i++) if (days[i] >= from && days[i] <= to) out.add(BigDecimal.valueOf(fen[i], 2));
        return out;
    }
}
