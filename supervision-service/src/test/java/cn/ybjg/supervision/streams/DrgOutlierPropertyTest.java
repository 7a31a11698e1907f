package cn.ybjg.supervision.streams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ybjg.supervision.rules.DrgCostOutlierRule;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Property: whatever order a random set of DRG stays arrives in (late dates, reversals also before their settlement,
 * re-deliveries, equal costs, costs exactly on a line, groups crossing minSample, dates across a year boundary, some
 * configured benchmarks), after every punctuation the OPEN DRG flags (id, amount, severity, evidence) are exactly
 * what DrgCostOutlierRule finds from scratch on the stays received so far.
 */
class DrgOutlierPropertyTest {
    static final int SEEDS = 100;
    static final List<String> REGIONS = List.of("431000", "431100");
    static final List<String> GROUPS = List.of("FM19", "GB25", "ES31", "IZ11");
    static final int[] LEVELS = {600, 1000, 2500, 8000};
    static final BigDecimal[] LINE_MULTIPLES = {new BigDecimal("0.4"), new BigDecimal("1.5"), new BigDecimal("2"), new BigDecimal("3")};

    /** What a seed plants: parameters, configured benchmarks (region, drg, year, cost) and the events in order. */
    record Scenario(DrgCostOutlierRule.Params params, List<String[]> configured, List<Ev> events) {
    }

    @Test
    void afterEveryPunctuationTheOpenFlagsAreWhatTheRuleFindsFromScratch() {
        Map<String, Integer> seen = new TreeMap<>();
        for (long seed = 1; seed <= SEEDS; seed++) {
            Scenario s = scenario(seed);
            Random cuts = new Random(-seed);
            try (DrgEngine drg = new DrgEngine(s.params())) {
                s.configured().forEach(c -> drg.benchmark(c[0], c[1], Integer.parseInt(c[2]), c[3]));
                int sent = 0;
                while (sent < s.events().size()) {
                    int next = Math.min(s.events().size(), sent + 1 + cuts.nextInt(Math.max(1, s.events().size() / 3)));
                    drg.send(s.events().subList(sent, next));
                    sent = next;
                    count(drg.judge(), seen);
                    Set<String> expected = drg.expected();
                    assertEquals(expected, drg.openSummary(), "seed " + seed + " after " + sent + " events");
                    expected.forEach(f -> count(f, seen));
                }
                assertEquals(List.of(), drg.judge(), "seed " + seed + ": a punctuation with nothing dirty publishes nothing");
            }
        }
        // the seeds exercise what they claim to (counted over every check)
        for (String k : List.of("OPEN", "WITHDRAWN", "高倍率", "低倍率", "TRIMMED_MEAN", "CONFIGURED", "LOWEST_THIRD",
                "MIDDLE_THIRD", "HIGHEST_THIRD", "ON_A_LINE")) {
            assertTrue(seen.getOrDefault(k, 0) >= 5, k + " too rare: " + seen);
        }
    }

    private static void count(List<JsonNode> published, Map<String, Integer> seen) {
        published.forEach(n -> seen.merge(n.get("status").asText(), 1, Integer::sum));
    }

    private static void count(String finding, Map<String, Integer> seen) {
        for (String k : List.of("高倍率", "低倍率", "TRIMMED_MEAN", "CONFIGURED", "LOWEST_THIRD", "MIDDLE_THIRD", "HIGHEST_THIRD")) {
            if (finding.contains(k)) seen.merge(k, 1, Integer::sum);
        }
        // a cost exactly on its threshold ("totalCost":x … "threshold":x)
        String cost = between(finding, "\"totalCost\":", ",");
        if (cost != null && cost.equals(between(finding, "\"threshold\":", ","))) seen.merge("ON_A_LINE", 1, Integer::sum);
    }

    private static String between(String s, String start, String end) {
        int i = s.indexOf(start);
        if (i < 0) return null;
        int j = s.indexOf(end, i + start.length());
        return j < 0 ? null : s.substring(i + start.length(), j);
    }

    /** One seed's random stays; one seed in five runs with the rule's defaults (minSample 30, 365 days). */
    static Scenario scenario(long seed) {
        Random r = new Random(seed);
        boolean defaults = seed % 5 == 0;
        var d = new DrgCostOutlierRule().defaults();
        var params = defaults ? d : new DrgCostOutlierRule.Params(d.lowMultiple(), d.highMultiples(),
                List.of(new BigDecimal("0.1"), new BigDecimal("0.2"), BigDecimal.ZERO).get(r.nextInt(3)),
                3 + r.nextInt(4), 15 + r.nextInt(31));
        LocalDate start = LocalDate.of(2024, 12, 31).minusDays(defaults ? 60 : 25 + r.nextInt(20));
        int span = defaults ? 120 : 50;
        List<String[]> configured = new ArrayList<>();
        List<Ev> settled = new ArrayList<>();
        int next = 0;
        for (String region : REGIONS) {
            List<String> groups = new ArrayList<>(GROUPS);
            Collections.shuffle(groups, r);
            // with the defaults a group needs 30 samples: fewer groups keep those seeds about as long as the others
            for (String group : groups.subList(0, defaults ? 1 + r.nextInt(2) : 2 + r.nextInt(3))) {
                int level = LEVELS[r.nextInt(LEVELS.length)];
                BigDecimal fixed = null;
                if (r.nextInt(10) < 3) {
                    fixed = BigDecimal.valueOf(level).multiply(new BigDecimal("1.1")).setScale(2, RoundingMode.HALF_UP);
                    configured.add(new String[] {region, group, "2025", fixed.toPlainString()});
                }
                int stays = defaults ? 28 + r.nextInt(12) : 2 + r.nextInt(12);
                for (int i = 0; i < stays; i++) {
                    String date = start.plusDays(r.nextInt(span)).toString();
                    Ev e = Ev.drgStay("p" + r.nextInt(40), "S" + next++, "H4310020" + (100 + r.nextInt(3)), region, group,
                            date, cost(r, level, fixed).toPlainString());
                    // now and then an outpatient settlement carrying a drgCode: neither a sample nor a candidate
                    settled.add(r.nextInt(40) == 0 ? new Ev(e.topic(), e.key(), e.json().replace("\"medicalType\":\"21\"",
                            "\"medicalType\":\"11\"")) : e);
                }
            }
            if (r.nextInt(4) == 0) configured.add(new String[] {region, "ZZ99", "2025", LEVELS[r.nextInt(LEVELS.length)] + ".00"});
        }
        List<Ev> events = new ArrayList<>(settled);
        for (Ev e : settled) if (r.nextInt(100) < 15) events.add(e.reversal());
        Collections.shuffle(events, r);
        int copies = Math.max(1, events.size() / 20);
        for (int i = 0; i < copies; i++) events.add(r.nextInt(events.size() + 1), events.get(r.nextInt(events.size())));
        return new Scenario(params, configured, events);
    }

    /** Mostly around the level in whole tens of yuan (ties), some far off, some exactly on a configured line. */
    private static BigDecimal cost(Random r, int level, BigDecimal fixed) {
        int u = r.nextInt(100);
        if (u < 10 && fixed != null) return fixed.multiply(LINE_MULTIPLES[r.nextInt(4)]).setScale(2, RoundingMode.HALF_UP);
        double factor = u < 20 ? 0.1 + r.nextDouble() * 0.35 : u < 32 ? 1.4 + r.nextDouble() * 2.6 : 0.8 + r.nextDouble() * 0.4;
        BigDecimal cost = BigDecimal.valueOf(Math.round(level * factor / 10) * 10L).setScale(2);
        return r.nextInt(4) == 0 ? cost.add(BigDecimal.valueOf(r.nextInt(100), 2)) : cost;
    }
}
