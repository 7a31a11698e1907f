package cn.ybjg.bench.perf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PerfPartsTest {

    @Test
    void nearestRankPercentiles() {
        double[] ten = {10, 1, 9, 2, 8, 3, 7, 4, 6, 5};
        assertEquals(5, Stats.percentile(ten, 50));
        assertEquals(10, Stats.percentile(ten, 95));
        assertEquals(9, Stats.percentile(ten, 90));
        assertEquals(1, Stats.percentile(ten, 1));
        assertEquals(10, Stats.percentile(ten, 100));
        double[] hundred = new double[100];
        for (int i = 0; i < 100; i++) {
            hundred[i] = 100 - i;
        }
        assertEquals(99, Stats.percentile(hundred, 99));
        assertEquals(95, Stats.percentile(hundred, 95));
        assertEquals(7.0, Stats.percentile(List.of(7), 99));
        assertEquals(10, ten[0], "the samples are not sorted in place");
        assertThrows(IllegalArgumentException.class, () -> Stats.percentile(new double[0], 50));
        assertThrows(IllegalArgumentException.class, () -> Stats.percentile(ten, 0));
    }

    @Test
    void rates() {
        assertEquals(2500.0, Stats.rate(10_000, 4));
        assertEquals(0.0, Stats.rate(0, 0));
    }

    @Test
    void numberFormatting() {
        assertEquals("12,346", Fmt.num(12345.6));
        assertEquals("3.14", Fmt.num(3.14159));
        assertEquals("0.52×", Fmt.ratio(0.5234));
        assertEquals("12.3×", Fmt.ratio(12.34));
        assertEquals("n/a", Fmt.ratio(Double.NaN));
        assertEquals("1,200 ms", Fmt.value(1200, "ms"));
    }

    @Test
    void ratioGoalMetAndMissedBy() {
        Goal g = Goal.ratioAtLeast(0.5);
        assertEquals("≥ 0.50×", g.text());
        assertEquals("met", g.verdict(0.5));
        assertEquals("MISSED by 40% (0.30× of 0.50×)", g.verdict(0.3));
    }

    @Test
    void valueGoalMetAndMissedBy() {
        Goal g = Goal.valueAtMost(1000, "ms");
        assertEquals("≤ 1,000 ms", g.text());
        assertEquals("met", g.verdict(999.9));
        assertEquals("MISSED by 840 ms (1.84× the limit)", g.verdict(1840));
        assertEquals("not measured", g.verdict(Double.NaN));
    }

    @Test
    void valueAtLeastGoal() {
        Goal g = Goal.valueAtLeast(10_000, "settlements/s");
        assertEquals("≥ 10,000 settlements/s", g.text());
        assertEquals("met", g.verdict(10_000));
        assertEquals("MISSED by 2,500 settlements/s (0.75× the goal)", g.verdict(7500));
        assertEquals("MISSED by 3 subjects", Goal.valueAtMost(0, "subjects").verdict(3));
        assertEquals("met", Goal.valueAtMost(0, "subjects").verdict(0));
    }

    @Test
    void aGoalNotJudgedHasNoGoalMetAndSaysWhy() {
        Row r = Row.of("6. replay per 1,000,000", 40, "s").goal(Goal.valueAtMost(60, "s"))
                .notJudged("not measured at full size");
        assertEquals("not measured at full size", r.verdict());
        assertNull(r.toJson().get("goalMet"));
        assertEquals(40.0, r.toJson().get("value"));
        Row missing = Row.of("2. p99", Double.NaN, "ms").goal(Goal.valueAtMost(1000, "ms"));
        assertEquals(false, missing.toJson().get("goalMet"), "nothing measured is not a pass");
        assertNull(missing.toJson().get("value"), "JSON has no NaN");
        assertEquals(true, Row.of("3. SQL = streaming", 0, "subjects").goal(Goal.valueAtMost(0, "subjects"))
                .toJson().get("goalMet"));
    }

    @Test
    void agreementComparesFlagsRuleByRule() {
        Map<String, Set<String>> sql = Map.of("GENDER_MISMATCH", Set.of("H1:S1", "H1:S2"),
                "NOT_ENROLLED", Set.of("H1:S3"), "DRG_COST_OUTLIER", Set.of("H1:S4"));
        // the flag table's subject_key is shown, the id decides: H1:S1's flag matches whatever its subject_key says
        Map<String, Map<String, String>> streaming = Map.of(
                "GENDER_MISMATCH", Map.of(Agreement.flagId("GENDER_MISMATCH", "H1:S1"), "as stored",
                        Agreement.flagId("GENDER_MISMATCH", "H1:S9"), "H1:S9"),
                "NOT_ENROLLED", Map.of(Agreement.flagId("NOT_ENROLLED", "H1:S3"), "H1:S3"),
                "DRG_COST_OUTLIER", Map.of());
        Agreement a = Agreement.of(Agreement.byFlagId(sql), streaming);
        assertEquals(3, a.differing(), "same count (2/2) with different flags still differs");
        assertTrue(a.rules().get("NOT_ENROLLED").equal());
        Agreement.PerRule g = a.rules().get("GENDER_MISMATCH");
        assertEquals(List.of("H1:S2"), g.onlySqlExamples());
        assertEquals(List.of("H1:S9"), g.onlyStreamingExamples());
        assertEquals(List.of("DRG_COST_OUTLIER", "GENDER_MISMATCH", "NOT_ENROLLED"), List.copyOf(a.rules().keySet()),
                "catalog order");
        assertEquals("SQL/streaming per rule: DRG_COST_OUTLIER 1/0, GENDER_MISMATCH 2/2, NOT_ENROLLED 1/1; DIFFER:"
                + " DRG_COST_OUTLIER: 1 only in SQL [H1:S4], 0 only streaming [];"
                + " GENDER_MISMATCH: 1 only in SQL [H1:S2], 1 only streaming [H1:S9]", a.summary());
        assertEquals(0, Agreement.of(Agreement.byFlagId(sql), Agreement.byFlagId(sql)).differing());
        assertTrue(Agreement.of(Agreement.byFlagId(sql), Agreement.byFlagId(sql)).summary()
                .endsWith("same flags in every rule"));
        assertFalse(Agreement.flagId("GENDER_MISMATCH", "H1:S1").equals(Agreement.flagId("NOT_ENROLLED", "H1:S1")),
                "the rule is part of a flag's identity");
    }

    @Test
    void ratesOfTheFirstAndTheLastTenth() {
        // idle for 2 s, then 1,000 records in 10 s at 100/s, the last 400 at 50/s
        List<ScaleRates.Sample> samples = List.of(new ScaleRates.Sample(0, 0), new ScaleRates.Sample(1, 0),
                new ScaleRates.Sample(2, 0), new ScaleRates.Sample(4, 200), new ScaleRates.Sample(8, 600),
                new ScaleRates.Sample(10, 700), new ScaleRates.Sample(18, 1000), new ScaleRates.Sample(19, 1000));
        ScaleRates r = ScaleRates.of(samples);
        assertEquals(1000, r.total());
        assertEquals(1.0, r.firstSeconds(), 1e-9, "records 1-100 from 2 s to 3 s");
        assertEquals(100.0, r.firstRate(), 1e-9);
        assertEquals(8.0 / 3, r.lastSeconds(), 1e-9, "records 900-1000 from 15.33 s to 18 s");
        assertEquals(37.5, r.lastRate(), 1e-9);
        assertEquals(16.0, r.allSeconds(), 1e-9);
        assertEquals(4.0, ScaleRates.reached(samples, 200), 1e-9);
        assertThrows(IllegalArgumentException.class, () -> ScaleRates.of(List.of(new ScaleRates.Sample(1, 0))));
    }

    @Test
    void chunkFilesInterleaveIntoOneTimeOrder() {
        Path a1 = Path.of("a1"), a2 = Path.of("a2"), a3 = Path.of("a3"), b1 = Path.of("b1"), b2 = Path.of("b2");
        assertEquals(List.of(a1, b1, a2, b2, a3), BenchData.interleave(List.of(List.of(a1, a2, a3), List.of(b1, b2))));
    }

    @Test
    void likePrefixTakesWildcardsLiterally() {
        assertEquals("BENCH1-%", SqlScope.likePrefix("BENCH1-"));
        assertEquals("A\\\\\\_B\\%%", SqlScope.likePrefix("A\\_B%"), "A\\_B% with each of \\ _ % escaped");
    }

    @Test
    void ruleParametersInForceOverDefaults() throws Exception {
        RuleParameters p = RuleParameters.fromJson(Map.of(
                        "DRG_COST_OUTLIER", BenchData.JSON.readTree("{\"lowMultiple\":0.5,\"highMultiples\":[4,3,2],"
                                + "\"trimFraction\":0.05,\"minSample\":20,\"windowDays\":180}"),
                        "READMISSION_15D", BenchData.JSON.readTree("{\"maxDays\":10}")),
                Map.of("GENDER_MISMATCH", false), Map.of("DRG_COST_OUTLIER", 3));
        assertEquals(new java.math.BigDecimal("0.5"), p.drgLowMultiple());
        assertEquals(List.of(new java.math.BigDecimal("4"), new java.math.BigDecimal("3"),
                new java.math.BigDecimal("2")), p.drgHighMultiples());
        assertEquals(new java.math.BigDecimal("0.05"), p.drgTrimFraction());
        assertEquals(20, p.drgMinSample());
        assertEquals(180, p.drgWindowDays());
        assertEquals(10, p.readmissionMaxDays());
        assertEquals(3, p.readmissionCategoryLength(), "a key not stored keeps its default");
        assertEquals(30, p.deceasedGraceDays());
        assertFalse(p.enabled("GENDER_MISMATCH"));
        assertTrue(p.enabled("NOT_ENROLLED"));
        assertThrows(IllegalArgumentException.class, () -> RuleParameters.fromJson(Map.of("GENDER_MISMATCH",
                BenchData.JSON.readTree("{\"femaleOnly\":[\"O00-O9A' or true--\"]}")), Map.of(), Map.of()),
                "ranges are inlined into SQL: only the accepted shape passes");
    }

    @Test
    void rowRatioVerdictAndJson() {
        Row r = Row.of("ingest", 3000, "rec/s").against("COPY", 12000).goal(Goal.ratioAtLeast(0.5));
        assertEquals(0.25, r.ratio());
        assertEquals("MISSED by 50% (0.25× of 0.50×)", r.verdict());
        assertEquals(false, r.toJson().get("goalMet"));
        assertEquals(12000.0, r.toJson().get("baselineValue"));
        Row plain = Row.of("rss", 300, "MiB");
        assertNull(plain.ratio());
        assertEquals("", plain.verdict());
        assertNull(plain.toJson().get("goalMet"));
        assertNull(Row.of("x", 1, "s").against("zero", 0).ratio());
    }

    @Test
    void tableAlignsColumnsAndListsNotes() {
        String text = Table.render(List.of(
                Row.of("1. ingest", 6000, "rec/s").against("COPY", 10000).goal(Goal.ratioAtLeast(0.5)).note("200 k"),
                Row.of("2. p99", 1500, "ms").goal(Goal.valueAtMost(1000, "ms"))));
        String[] lines = text.split("\n");
        assertEquals("measurement | value       | baseline (same run) | ratio | goal       | verdict", lines[0]);
        assertTrue(lines[1].startsWith("------------+-"));
        assertEquals("1. ingest   | 6,000 rec/s | COPY: 10,000 rec/s  | 0.60× | ≥ 0.50×    | met", lines[2]);
        assertTrue(lines[2].contains("| 0.60× |") && lines[2].endsWith("| met"), lines[2]);
        assertTrue(lines[3].contains("MISSED by 500 ms (1.50× the limit)"), lines[3]);
        assertEquals("  * 1. ingest: 200 k", lines[4]);
        assertEquals(5, lines.length);
        int bar = lines[0].indexOf('|');
        for (int i = 2; i < 4; i++) {
            assertEquals(bar, lines[i].indexOf('|'), "column 1 aligned");
        }
    }

    @Test
    void heapFromPrometheusText() {
        String metrics = """
                # TYPE jvm_memory_used_bytes gauge
                jvm_memory_used_bytes{area="heap",id="G1 Eden Space"} 1048576.0
                jvm_memory_used_bytes{area="nonheap",id="Metaspace"} 9.9E7
                jvm_memory_used_bytes{area="heap",id="G1 Old Gen"} 2097152.0
                jvm_memory_committed_bytes{area="heap",id="G1 Old Gen"} 5.0E8
                """;
        assertEquals(3.0, Memory.heapMiB(metrics));
    }

    @Test
    void options() {
        BenchOptions d = BenchOptions.parse(new String[0], Path.of("r.json"));
        assertEquals(1_000_000, d.settlements());
        assertEquals(5000, d.rate());
        assertEquals(60, d.seconds());
        assertEquals(1_000_000, d.flags());
        assertFalse(d.cleanup());
        assertFalse(d.scale());
        assertEquals(Path.of("docs/bench-scale-result.json"), d.scaleOut());
        BenchOptions o = BenchOptions.parse(new String[] {"--settlements", "200,000", "--cleanup"}, Path.of("r"));
        assertEquals(200_000, o.settlements());
        assertTrue(o.cleanup());
        BenchOptions scale = BenchOptions.parse(new String[] {"--scale"}, Path.of("r"));
        assertEquals(10_000_000, scale.settlements());
        assertTrue(scale.scale());
        assertTrue(BenchOptions.parse(new String[] {"--settlements", "10000000"}, Path.of("r")).scale(),
                "10,000,000 settlements is the scale run");
        BenchOptions small = BenchOptions.parse(new String[] {"--scale", "--settlements", "20000", "--scale-out",
            "/tmp/s.json"}, Path.of("r"));
        assertEquals(20_000, small.settlements());
        assertTrue(small.scale());
        assertEquals(Path.of("/tmp/s.json"), small.scaleOut());
        assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse(new String[] {"--rate", "0"}, null));
        assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse(new String[] {"--bogus"}, null));
    }

    @Test
    void enrollmentsOpenAfterTheYearCloseOnItsLastDay() throws Exception {
        byte[] in = """
                [{"personId":"A","startDate":"2019-05-01","endDate":null,"status":"ACTIVE"},
                 {"personId":"B","startDate":"2023-02-01","endDate":"2023-06-30","status":"TERMINATED"},
                 {"personId":"C","startDate":"2020-01-01","endDate":"2030-01-01","status":"ACTIVE"}]""".getBytes(
                StandardCharsets.UTF_8);
        JsonNode out = BenchData.JSON.readTree(BenchData.closeAtYearEnd(in, 2023));
        assertEquals("2023-12-31", out.get(0).get("endDate").asText());
        assertEquals("2023-06-30", out.get(1).get("endDate").asText());
        assertEquals("2023-12-31", out.get(2).get("endDate").asText());
        assertEquals("ACTIVE", out.get(0).get("status").asText());
    }

    @Test
    void copyRowIsOneCsvLineOfEveryColumn() throws Exception {
        JsonNode s = BenchData.JSON.readTree("""
                {"settlementId":"B1-S1","institutionCode":"H43102200104","regionCode":"431000","personId":"B1-P1",
                 "idNumber":"431022201409189305","gender":"2","birthDate":"2014-09-18","insuranceType":"390",
                 "medicalType":"11","admissionDate":"2023-01-01","settlementTime":"2023-01-01T23:10:00+00:00",
                 "primaryDiagnosis":"H10.900","secondaryDiagnoses":["E11.900","I10.x00"],"paymentMethod":"ITEM",
                 "totalCost":127.38,"policyScopeCost":95.92,"fundPayment":46.72,"cashPayment":80.66}""");
        String line = CopyRow.csv(7, s);
        assertEquals(CopyRow.COLUMNS.split(",").length, csvFields(line), line);
        assertTrue(line.startsWith("\"7\",\"H43102200104\",\"B1-S1\",\"431000\",\"B1-P1\",\"\\x"), line);
        assertTrue(line.contains("\"431022********9305\""), line);
        assertTrue(line.contains("\"2023-01-02\""), "settlement_date in Asia/Shanghai: " + line);
        assertTrue(line.contains("\"[\"\"E11.900\"\",\"\"I10.x00\"\"]\""), line);
        assertTrue(line.contains("\"127.38\",\"95.92\",\"46.72\",\"0\",\"0\",\"0\",\"80.66\""), line);
        assertFalse(line.contains("431022201409189305"), "no raw ID number");
    }

    /** Fields of one CSV line: commas outside double quotes, plus one. */
    private static int csvFields(String line) {
        int fields = 1;
        boolean quoted = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields++;
            }
        }
        return fields;
    }

    @Test
    void csvSettlementsQuoteEveryValueJoinListsAndKeepDecimalsExact() throws Exception {
        JsonNode record = BenchData.JSON.readTree("""
                {"settlementId":"S-1","secondaryDiagnoses":["E11.900","I10.x00"],"procedures":[],"totalCost":12345678.05,
                 "drgCode":null,"personId":"P\\"1"}""");
        Set<String> columns = new java.util.LinkedHashSet<>(List.of("settlementId", "secondaryDiagnoses", "procedures",
                "totalCost", "drgCode", "personId", "dischargeDate"));
        assertEquals("\"S-1\",\"E11.900;I10.x00\",\"\",\"12345678.05\",,\"P\"\"1\",",
                CsvSettlements.row(record, columns));
    }

    @Test
    void rowsListByTheNumberOfTheirMeasurement() {
        List<Row> rows = new java.util.ArrayList<>(List.of(Row.of("2. audit", 1, "x"), Row.of("1. ingest CSV", 1, "x"),
                Row.of("scale: heap", 1, "x"), Row.of("10. later", 1, "x"), Row.of("1. ingest JSON", 1, "x")));
        rows.sort(java.util.Comparator.comparingInt(Bench::measurementNumber));
        assertEquals(List.of("1. ingest CSV", "1. ingest JSON", "2. audit", "10. later", "scale: heap"),
                rows.stream().map(Row::name).toList());
    }
}
