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
        assertEquals(200_000, d.settlements());
        assertEquals(5000, d.rate());
        assertEquals(1_000_000, d.flags());
        assertFalse(d.cleanup());
        BenchOptions o = BenchOptions.parse(new String[] {"--settlements", "1,000,000", "--cleanup"}, Path.of("r"));
        assertEquals(1_000_000, o.settlements());
        assertTrue(o.cleanup());
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
}
