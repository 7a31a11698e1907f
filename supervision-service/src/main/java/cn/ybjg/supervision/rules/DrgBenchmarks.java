package cn.ybjg.supervision.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Benchmark cost of a DRG group on a date: the configured (region, drg, year) value, or else the trimmed mean
 * totalCost of the group's settlements in the window ending on that date when it has at least minSample of them.
 */
public final class DrgBenchmarks {

    /** A group's benchmark and where it came from. */
    public record Benchmark(BigDecimal cost, String source, int sampleSize, LocalDate windowFrom, LocalDate windowTo) {
    }

    private final DrgData data;
    private final DrgCostOutlierRule.Params p;
    private final RuleContext ctx;

    public DrgBenchmarks(DrgData data, DrgCostOutlierRule.Params p, RuleContext ctx) {
        this.data = data;
        this.p = p;
        this.ctx = ctx;
    }

    public Optional<Benchmark> of(String region, String drg, LocalDate date) {
        return ctx.memo(List.of("drg-benchmark", p, region, drg, date), () -> Optional.ofNullable(compute(region, drg, date)));
    }

    /** Benchmarks of every group of the region on that date, ascending. */
    public List<BigDecimal> regionBenchmarks(String region, LocalDate date) {
        return ctx.memo(List.of("drg-region", p, region, date), () -> {
            List<BigDecimal> all = new ArrayList<>();
            for (String g : data.groups(region)) of(region, g, date).ifPresent(b -> all.add(b.cost()));
            all.sort(null);
            return all;
        });
    }

    /**
     * The window index of the group is built once per batch (memo) and extended as later dates need more days, so
     * each date costs a query on it instead of copying and sorting the whole window.
     */
    private Benchmark compute(String region, String drg, LocalDate date) {
        var configured = data.configured(region, drg, date.getYear());
        if (configured.isPresent()) return new Benchmark(Money.of(configured.get()), "CONFIGURED", 0, null, null);
        LocalDate from = date.minusDays(p.windowDays() - 1L);
        LoadedGroupWindow group = ctx.memo(List.of("drg-window", region, drg), () -> new LoadedGroupWindow(data, region, drg));
        return group.covering(from, date).benchmark(date, p.windowDays(), p.trimFraction(), p.minSample())
                .map(w -> new Benchmark(w.cost(), "TRIMMED_MEAN", w.sampleSize(), w.windowFrom(), w.windowTo()))
                .orElse(null);
    }

    /** The definition of the benchmark, sorting everything; the window index must agree with it to the fen. */
    public static BigDecimal trimmedMean(List<BigDecimal> values, BigDecimal fraction) {
        List<BigDecimal> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int k = fraction.multiply(BigDecimal.valueOf(sorted.size())).setScale(0, RoundingMode.FLOOR).intValue();
        List<BigDecimal> kept = sorted.subList(k, sorted.size() - k);
        BigDecimal sum = kept.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(kept.size()), 2, RoundingMode.HALF_UP);
    }
}
