package cn.ybjg.supervision.streams.drg;

import cn.ybjg.supervision.rules.DrgBenchmarks.Benchmark;
import cn.ybjg.supervision.rules.DrgCostOutlierRule;
import cn.ybjg.supervision.rules.Finding;
import cn.ybjg.supervision.rules.SettlementFact;
import cn.ybjg.supervision.rules.drg.Sample;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One punctuation's judgement of one region: every date in the union of its groups' dirty dates that has stays
 * gets the benchmarks of all the region's groups (tiers need all of them), and each group with stays on it is
 * re-judged unless its judgement and its stays are what they were last time.
 */
final class RegionJudgement {
    private final RegionBook region;
    private final DrgCostOutlierRule.Params params;
    private final int ruleVersion;
    private final ConfiguredBenchmarks configured;
    private final Function<String, SettlementFact> stays;
    private final DrgFlags flags;
    private final OffsetDateTime now;

    RegionJudgement(RegionBook region, DrgCostOutlierRule.Params params, int ruleVersion, ConfiguredBenchmarks configured,
            Function<String, SettlementFact> stays, DrgFlags flags, OffsetDateTime now) {
        this.region = region;
        this.params = params;
        this.ruleVersion = ruleVersion;
        this.configured = configured;
        this.stays = stays;
        this.flags = flags;
        this.now = now;
    }

    /**
     * Judges the dates made dirty (by drgCode) since the last judgement, in date order, until {@code deadline}
     * ({@link System#nanoTime()}) has passed, at least one date in any case.
     *
     * @return the dates left to judge, or null when none are left
     */
    DirtyDates judge(Map<String, DirtyDates> dirty, long deadline) {
        List<LocalDate[]> ranges = new ArrayList<>();
        dirty.forEach((drg, d) -> {
            GroupBook g = region.group(drg);
            if (g != null && d.samplesFrom() != null) g.samplesChanged(d.samplesFrom(), d.samplesTo(), params.windowDays());
            d.forEachRange(params.windowDays(), (from, to) -> ranges.add(new LocalDate[] {from, to}));
        });
        ranges.sort((a, b) -> a[0].compareTo(b[0]));
        LocalDate last = ranges.stream().map(r -> r[1]).max(LocalDate::compareTo).orElse(null);
        LocalDate next = null; // first date not judged yet: ranges overlap, each date is judged once
        boolean judgedOne = false;
        for (LocalDate[] r : ranges) {
            LocalDate from = next == null || r[0].isAfter(next) ? r[0] : next;
            if (from.isAfter(r[1])) continue;
            for (LocalDate date : List.copyOf(region.datesWithStays(from, r[1]))) {
                if (judgedOne && System.nanoTime() - deadline > 0) return DirtyDates.NONE.withStay(date).withStay(last);
                judge(date);
                judgedOne = true;
            }
            next = r[1].plusDays(1);
        }
        return null;
    }

    private void judge(LocalDate date) {
        Map<String, BigDecimal> fixed = configured.of(region.regionCode, date.getYear());
        Map<String, Benchmark> benchmarks = new HashMap<>();
        for (GroupBook g : region.groups()) {
            if (fixed.containsKey(g.drgCode)) continue;
            g.windowBenchmark(date, params).ifPresent(w -> benchmarks.put(g.drgCode,
                    new Benchmark(w.cost(), "TRIMMED_MEAN", w.sampleSize(), w.windowFrom(), w.windowTo())));
        }
        // a configured group counts in the tiers even without a single sample (DrgData.groups lists it)
        fixed.forEach((drg, cost) -> benchmarks.put(drg, new Benchmark(cost, "CONFIGURED", 0, null, null)));
        List<BigDecimal> ascending = new ArrayList<>(benchmarks.size());
        benchmarks.values().forEach(b -> ascending.add(b.cost()));
        ascending.sort(null);
        for (GroupBook g : region.groups()) {
            DayStays day = g.day(date);
            if (day != null) judge(g, date, day, Judgement.of(benchmarks.get(g.drgCode), ascending, params));
        }
    }

    private void judge(GroupBook group, LocalDate date, DayStays day, Judgement j) {
        if (day.alreadyJudged(j)) return;
        List<Finding> findings = new ArrayList<>();
        if (j.flags()) {
            for (String id : day.outside(Sample.fen(j.lines().low()), Sample.fen(j.lines().high()))) {
                DrgCostOutlierRule.judge(stays.apply(id), j.benchmark(), j.lines(), j.groupsInRegion(), params)
                        .ifPresent(findings::add);
            }
        }
        flags.reconcile(findings, day, ruleVersion, now);
        day.judged(j);
        group.dropIfEmpty(date, region);
    }
}
