package cn.ybjg.supervision.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * DRG_COST_OUTLIER 高倍率/低倍率病例: an inpatient settlement with a drgCode whose totalCost is ≥ the high
 * multiple × its group's benchmark (high multiple by the tercile of the group's benchmark among the region's
 * groups) or ≤ lowMultiple × the benchmark. No benchmark, no flag. amountAtRisk: the excess over the high
 * threshold for 高倍率, the fund payments for 低倍率.
 */
public final class DrgCostOutlierRule implements Rule<DrgCostOutlierRule.Params> {
    public static final String CODE = "DRG_COST_OUTLIER";

    /** highMultiples: for the lowest, middle and highest third of the region's group benchmarks. */
    public record Params(BigDecimal lowMultiple, List<BigDecimal> highMultiples, BigDecimal trimFraction,
            int minSample, int windowDays) implements RuleParams {
        public List<String> problems() {
            List<String> p = new ArrayList<>();
            if (lowMultiple == null || lowMultiple.signum() <= 0 || lowMultiple.compareTo(BigDecimal.ONE) >= 0)
                p.add("lowMultiple: must be > 0 and < 1");
            if (highMultiples == null || highMultiples.size() != 3
                    || highMultiples.stream().anyMatch(m -> m == null || m.compareTo(BigDecimal.ONE) <= 0))
                p.add("highMultiples: must be three multiples > 1 (lowest, middle, highest third)");
            if (trimFraction == null || trimFraction.signum() < 0 || trimFraction.compareTo(new BigDecimal("0.5")) >= 0)
                p.add("trimFraction: must be ≥ 0 and < 0.5");
            if (minSample < 1) p.add("minSample: must be ≥ 1");
            if (windowDays < 1 || windowDays > 3660) p.add("windowDays: must be between 1 and 3660");
            return p;
        }
    }

    public String code() { return CODE; }
    public String nameZh() { return "高倍率/低倍率病例"; }
    public String description() {
        return "an inpatient settlement with a drgCode whose totalCost ≥ high multiple (3 / 2 / 1.5 by tercile of the "
                + "group's benchmark in its region) × the group's benchmark cost, or ≤ low multiple (0.4) × it";
    }
    public Class<Params> paramsType() { return Params.class; }
    public Params defaults() {
        return new Params(new BigDecimal("0.4"), List.of(new BigDecimal("3"), new BigDecimal("2"), new BigDecimal("1.5")),
                new BigDecimal("0.1"), 30, 365);
    }

    public List<Finding> evaluate(PersonHistory h, Params p, RuleContext ctx) {
        DrgBenchmarks benchmarks = new DrgBenchmarks(ctx.drgData(), p, ctx);
        List<Finding> out = new ArrayList<>();
        for (SettlementFact s : h.active()) {
            if (!s.inpatient() || s.drgCode() == null || s.drgCode().isBlank()) continue;
            var found = benchmarks.of(s.regionCode(), s.drgCode(), s.periodDate());
            if (found.isEmpty()) continue;
            List<BigDecimal> region = benchmarks.regionBenchmarks(s.regionCode(), s.periodDate());
            judge(s, found.get(), Lines.of(found.get().cost(), region, p), region.size(), p).ifPresent(out::add);
        }
        return out;
    }

    /**
     * What a stay's cost is compared with on a date: the group's tier among the region's benchmarks, the high
     * multiple of that tier, and both thresholds to the fen. The streams engine selects its candidates with these
     * lines, then judges each one with {@link #judge}, so both engines share one definition.
     */
    public record Lines(int tier, BigDecimal highMultiple, BigDecimal high, BigDecimal low) {
        public static Lines of(BigDecimal benchmark, List<BigDecimal> regionAscending, Params p) {
            int tier = DrgCostOutlierRule.tier(benchmark, regionAscending);
            BigDecimal multiple = p.highMultiples().get(tier);
            return new Lines(tier, multiple, Money.of(multiple.multiply(benchmark)),
                    Money.of(p.lowMultiple().multiply(benchmark)));
        }
    }

    /**
     * The finding for one counted stay of a group whose benchmark on the stay's date is b, with the lines of that
     * date among groupsInRegion benchmarks; empty when the cost lies strictly between the lines.
     */
    public static Optional<Finding> judge(SettlementFact s, DrgBenchmarks.Benchmark b, Lines lines, int groupsInRegion,
            Params p) {
        String kind = s.totalCost().compareTo(lines.high()) >= 0 ? "HIGH" : s.totalCost().compareTo(lines.low()) <= 0 ? "LOW" : null;
        if (kind == null) return Optional.empty();
        BigDecimal amount = kind.equals("HIGH") ? s.totalCost().subtract(lines.high()) : s.fundPayments();
        var ev = Evidence.of("outlier", kind.equals("HIGH") ? "高倍率" : "低倍率", "drgCode", s.drgCode(),
                "regionCode", s.regionCode(), "totalCost", Money.of(s.totalCost()), "benchmarkCost", b.cost(),
                "benchmarkSource", b.source(), "sampleSize", b.sampleSize(), "windowFrom", b.windowFrom(),
                "windowTo", b.windowTo(), "tier", List.of("LOWEST_THIRD", "MIDDLE_THIRD", "HIGHEST_THIRD").get(lines.tier()),
                "groupsInRegion", groupsInRegion,
                "multiple", kind.equals("HIGH") ? lines.highMultiple() : p.lowMultiple(),
                "threshold", kind.equals("HIGH") ? lines.high() : lines.low(),
                "ratio", s.totalCost().divide(b.cost(), 4, java.math.RoundingMode.HALF_UP));
        return Optional.of(Finding.ofSettlement(CODE, Severity.SUSPICIOUS, s, amount, ev));
    }

    /** 0, 1, 2: the third of the region's ascending benchmarks this benchmark falls in. */
    static int tier(BigDecimal benchmark, List<BigDecimal> regionAscending) {
        int n = regionAscending.size();
        if (n == 0) return 0;
        int lower = 0;
        while (lower < n && regionAscending.get(lower).compareTo(benchmark) < 0) lower++;
        return Math.min(2, lower * 3 / n);
    }
}
