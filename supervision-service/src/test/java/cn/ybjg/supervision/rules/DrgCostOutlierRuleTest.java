package cn.ybjg.supervision.rules;

import static cn.ybjg.supervision.rules.Fx.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DrgCostOutlierRuleTest {
    final DrgCostOutlierRule rule = new DrgCostOutlierRule();

    /** Samples all dated 2025-03-01 unless given; configured benchmarks by "region/drg/year". */
    static DrgData data(Map<String, List<BigDecimal>> samples, Map<String, BigDecimal> configured) {
        return new DrgData() {
            public Optional<BigDecimal> configured(String r, String d, int y) {
                return Optional.ofNullable(configured.get(r + "/" + d + "/" + y));
            }

            public List<BigDecimal> costs(String r, String d, LocalDate from, LocalDate to) {
                LocalDate day = LocalDate.of(2025, 3, 1);
                if (day.isBefore(from) || day.isAfter(to)) return List.of();
                return samples.getOrDefault(d, List.of());
            }

            public Set<String> groups(String r) {
                Set<String> g = new java.util.HashSet<>(samples.keySet());
                configured.keySet().forEach(k -> g.add(k.split("/")[1]));
                return g;
            }
        };
    }

    static List<BigDecimal> same(int n, String cost) {
        List<BigDecimal> l = new ArrayList<>();
        for (int i = 0; i < n; i++) l.add(new BigDecimal(cost));
        return l;
    }

    RuleContext ctx(DrgData d) {
        return new RuleContext(TODAY, d);
    }

    @Test
    void exactlyThreeTimesTheBenchmarkFiresInTheLowestThird() {
        var d = data(Map.of("FM19", same(30, "10000.00")), Map.of());
        var s = drg("S1", "431000", "FM19", "2025-03-01", "30000.00");
        var found = rule.evaluate(settlements(s), rule.defaults(), ctx(d));
        assertEquals(1, found.size());
        var ev = found.get(0).evidence();
        assertEquals(new BigDecimal("10000.00"), ev.get("benchmarkCost"));
        assertEquals(30, ev.get("sampleSize"));
        assertEquals(new BigDecimal("3"), ev.get("multiple"));
        assertEquals("高倍率", ev.get("outlier"));
        assertEquals(new BigDecimal("0.00"), found.get(0).amountAtRisk());
        var below = drg("S2", "431000", "FM19", "2025-03-01", "29999.99");
        assertEquals(0, rule.evaluate(settlements(below), rule.defaults(), ctx(d)).size());
    }

    @Test
    void tiersByThirdOfTheRegionsBenchmarks() {
        var configured = new HashMap<String, BigDecimal>();
        configured.put("431000/A1/2025", new BigDecimal("1000"));
        configured.put("431000/B1/2025", new BigDecimal("5000"));
        configured.put("431000/C1/2025", new BigDecimal("20000"));
        var d = data(Map.of(), configured);
        var middle = drg("S1", "431000", "B1", "2025-03-01", "10000.00");
        var high = drg("S2", "431000", "C1", "2025-03-01", "30000.00");
        var highBelow = drg("S3", "431000", "C1", "2025-03-01", "29999.99");
        var found = rule.evaluate(settlements(middle, high, highBelow), rule.defaults(), ctx(d));
        assertEquals(List.of("H43100200123:S1", "H43100200123:S2"), found.stream().map(Finding::subjectKey).toList());
        assertEquals("MIDDLE_THIRD", found.get(0).evidence().get("tier"));
        assertEquals("CONFIGURED", found.get(0).evidence().get("benchmarkSource"));
        assertEquals("HIGHEST_THIRD", found.get(1).evidence().get("tier"));
    }

    @Test
    void lowOutlierAtFourTenthsWithFundPaymentsAtRisk() {
        var d = data(Map.of("FM19", same(30, "10000.00")), Map.of());
        var low = drg("S1", "431000", "FM19", "2025-03-01", "4000.00");
        var notLow = drg("S2", "431000", "FM19", "2025-03-01", "4000.01");
        var found = rule.evaluate(settlements(low, notLow), rule.defaults(), ctx(d));
        assertEquals(1, found.size());
        assertEquals("低倍率", found.get(0).evidence().get("outlier"));
        assertEquals(new BigDecimal("2800.00"), found.get(0).amountAtRisk());
    }

    @Test
    void noBenchmarkBelowTheMinimumSample() {
        var d = data(Map.of("FM19", same(29, "10000.00")), Map.of());
        var s = drg("S1", "431000", "FM19", "2025-03-01", "90000.00");
        assertEquals(0, rule.evaluate(settlements(s), rule.defaults(), ctx(d)).size());
    }

    @Test
    void excessOverTheHighLineIsAtRiskAndTrimmingDropsExtremes() {
        List<BigDecimal> costs = same(28, "10000.00");
        costs.add(new BigDecimal("1000000.00"));
        costs.add(new BigDecimal("1.00"));
        costs.addAll(same(10, "10000.00"));
        assertEquals(new BigDecimal("10000.00"), DrgBenchmarks.trimmedMean(costs, new BigDecimal("0.1")));
        var d = data(Map.of("FM19", costs), Map.of());
        var s = drg("S1", "431000", "FM19", "2025-03-01", "35000.50");
        var found = rule.evaluate(settlements(s), rule.defaults(), ctx(d));
        assertEquals(new BigDecimal("5000.50"), found.get(0).amountAtRisk());
    }

    @Test
    void tierRanks() {
        var l = List.of(new BigDecimal("1"), new BigDecimal("2"), new BigDecimal("3"), new BigDecimal("4"),
                new BigDecimal("5"), new BigDecimal("6"));
        assertEquals(0, DrgCostOutlierRule.tier(new BigDecimal("2"), l));
        assertEquals(1, DrgCostOutlierRule.tier(new BigDecimal("3"), l));
        assertEquals(2, DrgCostOutlierRule.tier(new BigDecimal("6"), l));
    }
}
