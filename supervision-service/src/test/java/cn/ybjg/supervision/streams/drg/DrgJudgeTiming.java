package cn.ybjg.supervision.streams.drg;

import cn.ybjg.supervision.rules.DrgCostOutlierRule;
import cn.ybjg.supervision.rules.SettlementFact;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Random;

/**
 * Not a test (surefire runs *Test classes only): one DrgJudge on its real RocksDB stores ({@link JudgeOnStores}: no
 * commit per record as in TopologyTestDriver, where RocksDB flushes dominate), fed N stays (default 300,000) over
 * 2 regions × 15 groups with random dates over 2025 and the rule's defaults. Prints thread CPU time of: processing
 * (records/s), the first punctuation (every date dirty), one after 1,000 more stays on random dates, one after 1,000
 * stays of the last 3 days (live traffic), one after a single stay dated early in the year (a late arrival), one with
 * nothing dirty, and a restarted task's rebuild of its in-memory index.
 * Run after test-compile with the test classpath:
 * {@code java -cp supervision-service/target/test-classes:supervision-service/target/classes:<dependencies>
 * cn.ybjg.supervision.streams.drg.DrgJudgeTiming [stays]}.
 */
public final class DrgJudgeTiming {
    static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    static final LocalDate START = LocalDate.of(2025, 1, 1);
    static final int GROUPS = 30;

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 300_000;
        Random r = new Random(42);
        int[] levels = new int[GROUPS];
        for (int g = 0; g < GROUPS; g++) levels[g] = 2_000 + r.nextInt(30_000);
        JudgeOnStores task = new JudgeOnStores(new DrgCostOutlierRule().defaults()).start();

        long t = CPU.getCurrentThreadCpuTime();
        for (int i = 0; i < n; i++) task.process(stay(r, levels, "S" + i, null));
        report("process " + n + " stays", t, n, 0);
        punctuate("first punctuation, every date dirty", task);
        for (int i = 0; i < 1_000; i++) task.process(stay(r, levels, "T" + i, null));
        punctuate("punctuation after 1,000 stays on random dates", task);
        for (int i = 0; i < 1_000; i++) task.process(stay(r, levels, "V" + i, START.plusDays(362 + r.nextInt(3))));
        punctuate("punctuation after 1,000 stays of the last 3 days", task);
        task.process(stay(r, levels, "U", START.plusDays(10)));
        punctuate("punctuation after 1 stay dated " + START.plusDays(10), task);
        punctuate("punctuation with nothing dirty", task);

        t = CPU.getCurrentThreadCpuTime();
        task.start();
        report("restarted task: index rebuilt from the stores", t, 0, 0);
        task.close();
    }

    private static SettlementFact stay(Random r, int[] levels, String id, LocalDate date) {
        int g = r.nextInt(GROUPS);
        double factor = r.nextInt(100) < 5 ? 0.2 + r.nextDouble() * 4 : 0.7 + r.nextDouble() * 0.6;
        BigDecimal cost = BigDecimal.valueOf((long) (levels[g] * factor * 100), 2);
        LocalDate d = date != null ? date : START.plusDays(r.nextInt(365));
        return new SettlementFact("H4310020" + (100 + r.nextInt(20)), id, "p" + r.nextInt(200_000), "431002********1234",
                "P-" + id, g < GROUPS / 2 ? "431000" : "431100", "1", "310", "21", d.minusDays(3), d, d, "I21.000",
                "G" + (g % (GROUPS / 2)), cost, cost.multiply(new BigDecimal("0.8")).setScale(2, RoundingMode.HALF_UP), false);
    }

    private static void punctuate(String what, JudgeOnStores task) {
        long t = CPU.getCurrentThreadCpuTime();
        int published = task.punctuate().size();
        report(what, t, 0, published);
    }

    private static void report(String what, long t0, int records, int published) {
        double ms = (CPU.getCurrentThreadCpuTime() - t0) / 1e6;
        System.out.printf("%-56s cpu %,8.0f ms%s  flags.v1 events %,d%n", what, ms,
                records > 0 ? String.format("  (%,.0f records/s)", records / (ms / 1e3)) : "", published);
    }
}
