package cn.ybjg.bench.perf;

import static cn.ybjg.bench.perf.ClaimsTables.drgStay;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.ybjg.bench.perf.ClaimsTables.S;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * DRG_COST_OUTLIER as SQL (DrgSql) on claims' tables in PostgreSQL: the benchmarks, tiers and findings of a planted
 * data set computed by hand, and the bucketed trimmed mean against the sorting definition on random windows.
 */
class DrgSqlTest {
    static final LocalDate D = LocalDate.of(2023, 6, 1);

    /** The defaults of contract section 3 but for the window and the minimum sample. */
    static RuleParameters drg(int minSample, int windowDays, String trim) {
        RuleParameters d = RuleParameters.defaults();
        return new RuleParameters(d.femaleOnly(), d.maleOnly(), d.readmissionMaxDays(), d.readmissionCategoryLength(),
                d.overlapMinNights(), d.duplicateEnrollmentMinOverlapDays(), d.deceasedGraceDays(), d.drgLowMultiple(),
                d.drgHighMultiples(), new BigDecimal(trim), minSample, windowDays, d.enabled(), d.versions());
    }

    /** Background samples of other persons (personId BG…): they count in benchmarks but are never subjects. */
    private static void background(List<S> rows, String tag, String region, String drg, LocalDate day, int... yuan) {
        for (int i = 0; i < yuan.length; i++) {
            rows.add(drgStay("S-" + tag + i, "BG-" + tag + i, region, drg, day, yuan[i] + ".00"));
        }
    }

    @Test
    void trimmedMeansTiersAndThresholdsAsComputedByHand() throws Exception {
        try (ClaimsTables t = new ClaimsTables()) {
            List<S> rows = new ArrayList<>();
            // 431000 on D. AA01: 100 … 900 (100 on the window's first day D-364) + the subject 1650 → n 10, k 1,
            // kept 200 … 900 → 4400 / 8 = 550.00; a sample a day before the window and a reversed one do not count.
            rows.add(drgStay("S-A100", "BG-A100", "431000", "AA01", D.minusDays(364), "100.00"));
            background(rows, "A", "431000", "AA01", D.minusDays(10), 200, 300, 400, 500, 600, 700, 800, 900);
            rows.add(drgStay("S-AOUT", "BG-AOUT", "431000", "AA01", D.minusDays(365), "99999.00"));
            rows.add(drgStay("S-AREV", "BG-AREV", "431000", "AA01", D, "5.00").status("REVERSED"));
            rows.add(drgStay("S-TA1", "T-A1", "431000", "AA01", D, "1650.00"));
            // BB01: 1000 … 1800 + the subject 440 → kept 1000 … 1700 → 10800 / 8 = 1350.00
            background(rows, "B", "431000", "BB01", D.minusDays(100), 1000, 1100, 1200, 1300, 1400, 1500, 1600,
                    1700, 1800);
            rows.add(drgStay("S-TB1", "T-B1", "431000", "BB01", D, "440.00"));
            // CC01: 3000 … 3800 + the subject 5175 → kept 3100 … 3800 → 27600 / 8 = 3450.00; a reversed subject
            background(rows, "C", "431000", "CC01", D.minusDays(1), 3000, 3100, 3200, 3300, 3400, 3500, 3600, 3700,
                    3800);
            rows.add(drgStay("S-TC1", "T-C1", "431000", "CC01", D, "5175.00"));
            rows.add(drgStay("S-TCR", "T-CR", "431000", "CC01", D, "99999.00").status("REVERSED"));
            // EE01: 8 samples + the subject on D+1 = 9 < 10: no benchmark, no flag however extreme
            background(rows, "E", "431000", "EE01", D.minusDays(5), 500, 500, 500, 500, 500, 500, 500, 500);
            rows.add(drgStay("S-TE1", "T-E1", "431000", "EE01", D.plusDays(1), "999999.00"));
            // 441800 on D: AA01 550.00 again (subject 1649.99 trimmed), BB01 1350.00 (subject 540.01 trimmed),
            // FF01 configured 1000.00 for 2023 (1.00 for 2022 does not apply) with a single sample
            background(rows, "QA", "441800", "AA01", D.minusDays(10), 100, 200, 300, 400, 500, 600, 700, 800, 900);
            rows.add(drgStay("S-TX1", "T-X1", "441800", "AA01", D, "1649.99"));
            background(rows, "QB", "441800", "BB01", D.minusDays(10), 1000, 1100, 1200, 1300, 1400, 1500, 1600,
                    1700, 1800);
            rows.add(drgStay("S-TX2", "T-X2", "441800", "BB01", D, "540.01"));
            rows.add(drgStay("S-TX4", "T-X4", "441800", "FF01", D, "2000.00"));
            // 430200: kept 7 × 10.00 + 10.04 = 80.04 → 1000.5 fen → half up 10.01 (half even would give 10.00)
            rows.add(drgStay("S-HLOW", "BG-HLOW", "430200", "HH01", D, "1.00"));
            rows.add(drgStay("S-HHIGH", "BG-HHIGH", "430200", "HH01", D, "99.00"));
            background(rows, "H", "430200", "HH01", D, 10, 10, 10, 10, 10, 10, 10);
            rows.add(drgStay("S-TH1", "T-H1", "430200", "HH01", D, "10.04"));
            t.insert(rows.toArray(S[]::new));
            List<SqlRules.ConfiguredBenchmark> configured = List.of(
                    new SqlRules.ConfiguredBenchmark("441800", "FF01", 2023, new BigDecimal("1000.00")),
                    new SqlRules.ConfiguredBenchmark("441800", "FF01", 2022, new BigDecimal("1.00")),
                    new SqlRules.ConfiguredBenchmark("441800", "GG01", 2022, new BigDecimal("5000.00")));

            SqlRules.Result r = SqlRules.evaluate(t.db, SqlScope.run("T-"), drg(10, 365, "0.1"), configured);

            assertEquals(Set.of(
                    "431000 AA01 2023-06-01 550.00 tier 0 TRIMMED_MEAN n 10",
                    "431000 BB01 2023-06-01 1350.00 tier 1 TRIMMED_MEAN n 10",
                    "431000 CC01 2023-06-01 3450.00 tier 2 TRIMMED_MEAN n 10",
                    // on D+1 the window has lost AA01's sample of D-364 (9 left): only two groups rank
                    "431000 BB01 2023-06-02 1350.00 tier 0 TRIMMED_MEAN n 10",
                    "431000 CC01 2023-06-02 3450.00 tier 1 TRIMMED_MEAN n 10",
                    "441800 AA01 2023-06-01 550.00 tier 0 TRIMMED_MEAN n 10",
                    "441800 FF01 2023-06-01 1000.00 tier 1 CONFIGURED n null",
                    "441800 BB01 2023-06-01 1350.00 tier 2 TRIMMED_MEAN n 10",
                    "430200 HH01 2023-06-01 10.01 tier 0 TRIMMED_MEAN n 10"), tiered(t));
            // high: 1650 ≥ 3 × 550 (lowest third), 5175 ≥ 1.5 × 3450 (highest), 2000 ≥ 2 × 1000 (middle);
            // low: 440 ≤ 0.4 × 1350; not: 1649.99 < 1650, 540.01 > 540, EE01 without benchmark, reversed ones
            assertEquals(Set.of("H43100200001:S-TA1", "H43100200001:S-TB1", "H43100200001:S-TC1",
                    "H43100200001:S-TX4"), r.findings().get("DRG_COST_OUTLIER"));
        }
    }

    @Test
    void minimumSampleCountsTheSettlementsInTheWindow() throws Exception {
        try (ClaimsTables t = new ClaimsTables()) {
            List<S> rows = new ArrayList<>();
            int[] costs = new int[29];
            java.util.Arrays.fill(costs, 1000);
            background(rows, "M", "431000", "MM01", D.minusDays(3), costs);
            rows.add(drgStay("S-TM1", "T-M1", "431000", "MM01", D, "3000.00"));
            rows.add(drgStay("S-TM2", "T-M2", "431000", "MM01", D.plusDays(1), "3000.00"));
            t.insert(rows.toArray(S[]::new));

            // defaults: 30 samples needed. On D: 29 + T-M1 = 30 → benchmark (k 3: 1000.00) and T-M1 is 3× it;
            // on D+1 T-M2 makes 31 (k 3, kept 25 × 1000 → 1000.00).
            SqlRules.Result r = SqlRules.evaluate(t.db, SqlScope.run("T-"), RuleParameters.defaults(), List.of());

            assertEquals(Set.of("431000 MM01 2023-06-01 1000.00 tier 0 TRIMMED_MEAN n 30",
                    "431000 MM01 2023-06-02 1000.00 tier 0 TRIMMED_MEAN n 31"), tiered(t));
            assertEquals(Set.of("H43100200001:S-TM1", "H43100200001:S-TM2"), r.findings().get("DRG_COST_OUTLIER"));
        }
        try (ClaimsTables t = new ClaimsTables()) {
            List<S> rows = new ArrayList<>();
            int[] costs = new int[28];
            java.util.Arrays.fill(costs, 1000);
            background(rows, "M", "431000", "MM01", D.minusDays(3), costs);
            rows.add(drgStay("S-TM1", "T-M1", "431000", "MM01", D, "3000.00"));
            t.insert(rows.toArray(S[]::new));

            SqlRules.Result r = SqlRules.evaluate(t.db, SqlScope.run("T-"), RuleParameters.defaults(), List.of());

            assertEquals(Set.of(), tiered(t), "29 samples: no benchmark");
            assertEquals(Set.of(), r.findings().get("DRG_COST_OUTLIER"));
        }
    }

    /**
     * Random costs with many ties over 90 days, three groups, subjects on 40 dates: every benchmark equals the
     * definition (sort the window's costs, drop floor(trim × n) at each end, mean half up to the fen), every tier
     * the rule's, so the buckets cut by the trim bounds are read correctly whatever their sizes.
     */
    @Test
    void bucketedTrimmedMeanEqualsTheSortingDefinition() throws Exception {
        Random rng = new Random(13);
        int window = 30, minSample = 5;
        String trim = "0.2";
        try (ClaimsTables t = new ClaimsTables()) {
            List<S> rows = new ArrayList<>();
            List<String> groups = List.of("R1", "R2", "R3");
            for (int i = 0; i < 1500; i++) {
                String g = groups.get(rng.nextInt(groups.size()));
                LocalDate day = D.plusDays(rng.nextInt(90));
                // a few hundred distinct values: ties inside and across buckets
                String yuan = BigDecimal.valueOf(1000 + rng.nextInt(300) * (g.equals("R3") ? 7 : 1), 0)
                        .add(BigDecimal.valueOf(rng.nextInt(3), 2)).toPlainString();
                boolean subject = rng.nextInt(12) == 0;
                rows.add(drgStay("S" + i, (subject ? "T-" : "BG-") + i, "431000", g, day, yuan));
            }
            t.insert(rows.toArray(S[]::new));

            SqlRules.evaluate(t.db, SqlScope.run("T-"), drg(minSample, window, trim), List.of());

            Set<LocalDate> subjectDays = new TreeSet<>();
            rows.stream().filter(s -> s.personId().startsWith("T-")).forEach(s -> subjectDays.add(s.settled()));
            Set<String> expected = new TreeSet<>();
            for (LocalDate d : subjectDays) {
                Map<String, BigDecimal> bench = new TreeMap<>();
                Map<String, Integer> sizes = new TreeMap<>();
                for (String g : groups) {
                    List<BigDecimal> costs = rows.stream().filter(s -> s.drg().equals(g)
                            && !s.settled().isAfter(d) && s.settled().isAfter(d.minusDays(window)))
                            .map(S::total).sorted().toList();
                    if (costs.size() >= minSample) {
                        int k = new BigDecimal(trim).multiply(BigDecimal.valueOf(costs.size()))
                                .setScale(0, RoundingMode.FLOOR).intValue();
                        List<BigDecimal> kept = costs.subList(k, costs.size() - k);
                        bench.put(g, kept.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                                .divide(BigDecimal.valueOf(kept.size()), 2, RoundingMode.HALF_UP));
                        sizes.put(g, costs.size());
                    }
                }
                List<BigDecimal> ascending = bench.values().stream().sorted().toList();
                bench.forEach((g, cost) -> {
                    long lower = ascending.stream().filter(b -> b.compareTo(cost) < 0).count();
                    expected.add("431000 " + g + " " + d + " " + cost + " tier " + Math.min(2, lower * 3 / ascending.size())
                            + " TRIMMED_MEAN n " + sizes.get(g));
                });
            }
            assertEquals(expected, new TreeSet<>(tiered(t)));
        }
    }

    /** drg_tiered of the session as "region group date cost tier t source n n". */
    static Set<String> tiered(ClaimsTables t) throws Exception {
        Set<String> out = new TreeSet<>();
        try (Statement s = t.db.createStatement(); ResultSet r = s.executeQuery(
                "select region_code, drg_code, d, cost, tier, source, n from drg_tiered")) {
            while (r.next()) {
                out.add(r.getString(1) + " " + r.getString(2) + " " + r.getDate(3).toLocalDate() + " "
                        + r.getBigDecimal(4).setScale(2, RoundingMode.UNNECESSARY).toPlainString() + " tier "
                        + r.getInt(5) + " " + r.getString(6) + " n " + r.getObject(7));
            }
        }
        return out;
    }
}
