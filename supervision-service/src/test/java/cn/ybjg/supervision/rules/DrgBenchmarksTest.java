package cn.ybjg.supervision.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;

/** DrgBenchmarks answers from one window index per group what copying and sorting each date's window gives. */
class DrgBenchmarksTest {
    static final LocalDate START = LocalDate.of(2024, 1, 1);

    /** Samples by date of one group "431000"/"FM19"; oneDayAtATime keeps DrgData's default sample walk. */
    static DrgData groupData(TreeMap<LocalDate, List<BigDecimal>> byDate, boolean oneDayAtATime) {
        return new DrgData() {
            public Optional<BigDecimal> configured(String r, String d, int y) {
                return Optional.empty();
            }

            public List<BigDecimal> costs(String r, String d, LocalDate from, LocalDate to) {
                List<BigDecimal> out = new ArrayList<>();
                if (r.equals("431000") && d.equals("FM19")) byDate.subMap(from, true, to, true).values().forEach(out::addAll);
                return out;
            }

            public void forEachSample(String r, String d, LocalDate from, LocalDate to, BiConsumer<LocalDate, BigDecimal> sink) {
                if (oneDayAtATime) DrgData.super.forEachSample(r, d, from, to, sink);
                else if (r.equals("431000") && d.equals("FM19"))
                    byDate.subMap(from, true, to, true).forEach((date, l) -> l.forEach(c -> sink.accept(date, c)));
            }

            public Set<String> groups(String r) {
                return Set.of("FM19");
            }
        };
    }

    @Test
    void everyDateAgreesWithSortingItsWholeWindow() {
        Random r = new Random(5);
        TreeMap<LocalDate, List<BigDecimal>> byDate = new TreeMap<>();
        for (int i = 0; i < 3000; i++) {
            byDate.computeIfAbsent(START.plusDays(r.nextInt(730)), k -> new ArrayList<>())
                    .add(BigDecimal.valueOf(500_000 + r.nextInt(20) * 10_000 + (r.nextInt(50) == 0 ? 9_000_000 : 0), 2));
        }
        for (boolean oneDayAtATime : new boolean[] {true, false}) {
            DrgData data = groupData(byDate, oneDayAtATime);
            var rule = new DrgCostOutlierRule();
            for (var p : List.of(rule.defaults(), new DrgCostOutlierRule.Params(new BigDecimal("0.4"),
                    rule.defaults().highMultiples(), new BigDecimal("0.25"), 100, 90))) {
                var benchmarks = new DrgBenchmarks(data, p, new RuleContext(START, data));
                int found = 0;
                // dates in random order: the group's index must grow both backwards and forwards
                for (int i = 0; i < 400; i++) {
                    LocalDate d = START.plusDays(r.nextInt(800) - 20);
                    LocalDate from = d.minusDays(p.windowDays() - 1L);
                    List<BigDecimal> costs = data.costs("431000", "FM19", from, d);
                    var expected = costs.size() < p.minSample() ? Optional.<DrgBenchmarks.Benchmark>empty()
                            : Optional.of(new DrgBenchmarks.Benchmark(DrgBenchmarks.trimmedMean(costs, p.trimFraction()),
                                    "TRIMMED_MEAN", costs.size(), from, d));
                    assertEquals(expected, benchmarks.of("431000", "FM19", d), d + " " + p);
                    if (expected.isPresent()) found++;
                }
                assertTrue(found > 100, "most dates must have a benchmark: " + found);
            }
        }
    }

    @Test
    void configuredBenchmarkStillWins() {
        var data = new DrgData() {
            public Optional<BigDecimal> configured(String r, String d, int y) {
                return y == 2025 ? Optional.of(new BigDecimal("8000")) : Optional.empty();
            }

            public List<BigDecimal> costs(String r, String d, LocalDate from, LocalDate to) {
                return List.of();
            }

            public Set<String> groups(String r) {
                return Set.of("FM19");
            }
        };
        var b = new DrgBenchmarks(data, new DrgCostOutlierRule().defaults(), new RuleContext(START, data));
        assertEquals(Optional.of(new DrgBenchmarks.Benchmark(new BigDecimal("8000.00"), "CONFIGURED", 0, null, null)),
                b.of("431000", "FM19", LocalDate.of(2025, 5, 1)));
        assertEquals(Optional.empty(), b.of("431000", "FM19", LocalDate.of(2024, 5, 1)));
    }
}
