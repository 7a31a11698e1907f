package cn.ybjg.supervision.streams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * DRG_COST_OUTLIER in the streams engine, scenario by scenario (minSample 5, windowDays 40 unless said), each also
 * checked against DrgCostOutlierRule from scratch on the same facts.
 */
class DrgOutlierFlagsTest {
    static final String R = "431000";
    static final String INST = "H43100200123";
    final DrgEngine drg = new DrgEngine(DrgEngine.small(5, 40));

    @AfterEach
    void close() {
        drg.close();
    }

    static Ev stay(String id, String group, String date, String cost) {
        return Ev.drgStay("hash-" + id, id, INST, R, group, date, cost);
    }

    static List<Ev> same(String prefix, int n, String group, String date, String cost) {
        List<Ev> out = new ArrayList<>();
        for (int i = 1; i <= n; i++) out.add(stay(prefix + i, group, date, cost));
        return out;
    }

    /** subjectKey's settlementId → status of the latest event of each flag in the list. */
    static Map<String, String> statuses(List<JsonNode> events) {
        Map<String, String> out = new TreeMap<>();
        events.forEach(e -> out.put(e.get("settlementId").asText(), e.get("status").asText()));
        return out;
    }

    static Map<String, JsonNode> openById(DrgEngine drg) {
        return drg.open().stream().collect(Collectors.toMap(n -> n.get("settlementId").asText(), n -> n, (a, b) -> b, TreeMap::new));
    }

    /** flags.v1 read as a tree drops trailing zeros (1000.00 → 1E+3): compare the amount itself. */
    static void assertMoney(String expected, JsonNode actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual.decimalValue()), expected + " vs " + actual);
    }

    void assertMatchesReference() {
        assertEquals(drg.expected(), drg.openSummary());
    }

    /** 8 stays of 1,000.00, one of 6,000.00 (H) and one of 300.00 (L), all on 2025-03-01. */
    List<Ev> highAndLow() {
        List<Ev> all = new ArrayList<>();
        all.add(stay("H", "FM19", "2025-03-01", "6000.00"));
        all.add(stay("L", "FM19", "2025-03-01", "300.00"));
        all.addAll(same("B", 8, "FM19", "2025-03-01", "1000.00"));
        return all;
    }

    @Test
    void highAndLowOutliersOnceTheGroupHasMinSampleSamplesAndNotBefore() {
        List<Ev> events = highAndLow();
        drg.send(events.subList(0, 4));
        assertEquals(List.of(), drg.judge(), "4 samples < minSample 5: no benchmark");

        drg.send(events.get(4));
        // 5 samples, none trimmed: mean 9,300 / 5 = 1,860.00; 300 ≤ 744.00 is low, 6,000 ≥ 5,580.00 is high
        assertEquals(Map.of("H", "OPEN", "L", "OPEN"), statuses(drg.judge()));
        assertMatchesReference();
        assertMoney("5580.00", openById(drg).get("H").get("evidence").get("threshold"));

        drg.send(events.subList(5, events.size()));
        // 10 samples, 1 trimmed at each end: the mean of the eight 1,000.00; both re-published with it
        assertEquals(Map.of("H", "OPEN", "L", "OPEN"), statuses(drg.judge()));
        JsonNode high = openById(drg).get("H");
        assertMoney("3000.00", high.get("amountAtRisk"));
        assertEquals("SUSPICIOUS", high.get("severity").asText());
        JsonNode ev = high.get("evidence");
        assertEquals("高倍率", ev.get("outlier").asText());
        assertMoney("1000.00", ev.get("benchmarkCost"));
        assertEquals("TRIMMED_MEAN", ev.get("benchmarkSource").asText());
        assertEquals(10, ev.get("sampleSize").asInt());
        assertEquals("2025-01-21", ev.get("windowFrom").asText());
        assertEquals("2025-03-01", ev.get("windowTo").asText());
        assertEquals("LOWEST_THIRD", ev.get("tier").asText());
        assertEquals(1, ev.get("groupsInRegion").asInt());
        assertMoney("3", ev.get("multiple"));
        assertMoney("3000.00", ev.get("threshold"));
        assertMoney("6.0000", ev.get("ratio"));
        JsonNode low = openById(drg).get("L");
        assertMoney("240.00", low.get("amountAtRisk")); // 低倍率: the fund payments
        assertMoney("400.00", low.get("evidence").get("threshold"));
        assertMatchesReference();
    }

    @Test
    void reversingSamplesBelowMinSampleWithdraws() {
        drg.send(highAndLow());
        drg.judge();
        assertEquals(2, drg.open().size());

        drg.send(same("B", 6, "FM19", "2025-03-01", "1000.00").stream().map(Ev::reversal).toList());

        assertEquals(Map.of("H", "WITHDRAWN", "L", "WITHDRAWN"), statuses(drg.judge()));
        assertTrue(drg.open().isEmpty());
        assertMatchesReference();
    }

    @Test
    void aLateSampleThatMovesTheBenchmarkRejudgesALaterStay() {
        drg.send(same("B", 10, "FM19", "2025-03-01", "1000.00"));
        drg.send(stay("X", "FM19", "2025-03-10", "2950.00"));
        // 11 samples on 03-10, one trimmed at each end: mean 1,000.00, high line 3,000.00
        assertEquals(List.of(), drg.judge());

        drg.send(stay("E1", "FM19", "2025-03-05", "500.00"), stay("E2", "FM19", "2025-03-05", "500.00"));
        // 13 samples: 500 + ten 1,000.00 kept, mean 954.55, high line 2,863.65
        List<JsonNode> changes = drg.judge();

        assertEquals(Map.of("X", "OPEN"), statuses(changes));
        assertMoney("2863.65", changes.get(0).get("evidence").get("threshold"));
        assertMoney("86.35", changes.get(0).get("amountAtRisk"));
        assertMatchesReference();
    }

    @Test
    void anotherGroupsBenchmarkMovingChangesTheTier() {
        drg.benchmark(R, "GB25", 2025, "1000.00");
        drg.send(same("A", 5, "ES31", "2025-03-01", "500.00"));
        drg.send(stay("Y", "GB25", "2025-03-01", "2500.00"));
        // ES31 500.00 < GB25 1,000.00: GB25 is the middle third of two (multiple 2, line 2,000.00)
        List<JsonNode> raised = drg.judge();
        assertEquals(Map.of("Y", "OPEN"), statuses(raised));
        assertEquals("MIDDLE_THIRD", raised.get(0).get("evidence").get("tier").asText());
        assertEquals("CONFIGURED", raised.get(0).get("evidence").get("benchmarkSource").asText());

        drg.send(same("C", 5, "ES31", "2025-03-01", "1800.00"));
        // ES31 now 1,150.00 > 1,000.00: GB25 drops to the lowest third (multiple 3, line 3,000.00)
        assertEquals(Map.of("Y", "WITHDRAWN"), statuses(drg.judge()));
        assertMatchesReference();
    }

    @Test
    void aConfiguredBenchmarkIsPreferredInItsYearOnly() {
        drg.benchmark(R, "FM19", 2025, "1000.00");
        drg.send(same("B", 5, "FM19", "2024-12-30", "3000.00"));
        drg.send(stay("P", "FM19", "2024-12-31", "5000.00"), stay("Q", "FM19", "2025-01-01", "5000.00"));

        List<JsonNode> raised = drg.judge();

        // 2024: the window's mean (3,333.33 over six samples, line 10,000.00); 2025: the configured 1,000.00
        assertEquals(Map.of("Q", "OPEN"), statuses(raised));
        assertEquals("CONFIGURED", raised.get(0).get("evidence").get("benchmarkSource").asText());
        assertMoney("1000.00", raised.get(0).get("evidence").get("benchmarkCost"));
        assertTrue(raised.get(0).get("evidence").get("windowFrom").isNull());
        assertMatchesReference();
    }

    @Test
    void reDeliveryPublishesNothing() {
        drg.send(highAndLow());
        drg.judge();
        int published = drg.engine.published.size();

        drg.send(highAndLow());
        drg.send(highAndLow().get(0));

        assertEquals(List.of(), drg.judge());
        assertEquals(published, drg.engine.published.size());
    }

    @Test
    void reversingAFlaggedStayWithdrawsItAndReSettlingDoesNotReopenIt() {
        Ev high = highAndLow().get(0);
        drg.send(highAndLow());
        drg.judge();
        JsonNode raised = openById(drg).get("H");

        drg.send(high.reversal());
        List<JsonNode> changes = drg.judge();

        JsonNode withdrawn = changes.stream().filter(n -> n.get("settlementId").asText().equals("H")).findFirst().orElseThrow();
        assertEquals("WITHDRAWN", withdrawn.get("status").asText());
        assertEquals(raised.get("id"), withdrawn.get("id"));
        assertEquals(raised.get("detectedAt"), withdrawn.get("detectedAt"));
        assertEquals(List.of("L"), List.copyOf(openById(drg).keySet()));
        assertEquals(List.of(), drg.send(high), "a SETTLED after its REVERSED stays reversed");
        assertEquals(List.of(), drg.judge());
        assertMatchesReference();
    }

    @Test
    void aFlaggedStayAloneOnItsDateIsWithdrawnWhenReversed() {
        drg.benchmark(R, "IZ11", 2025, "1000.00");
        Ev alone = stay("Z", "IZ11", "2025-04-01", "3500.00");
        drg.send(alone);
        assertEquals(Map.of("Z", "OPEN"), statuses(drg.judge()));

        drg.send(alone.reversal());

        assertEquals(Map.of("Z", "WITHDRAWN"), statuses(drg.judge()));
        assertMatchesReference();
    }

    @Test
    void aDisabledRuleJudgesNothingAndLeavesItsFlagsUntilEnabledAgain() {
        drg.send(highAndLow());
        drg.judge();
        drg.disable();
        drg.send(highAndLow().get(0).reversal());
        assertEquals(List.of(), drg.judge());
        assertEquals(2, drg.open().size());

        drg.params(DrgEngine.small(5, 40));

        assertEquals("WITHDRAWN", statuses(drg.judge()).get("H"), "the dates left dirty are judged once enabled");
        assertMatchesReference();
    }

    @Test
    void flagsAreKeyedByThePersonAndCarryTheStay() {
        drg.send(highAndLow());
        JsonNode high = drg.judge().stream().filter(n -> n.get("settlementId").asText().equals("H")).findFirst().orElseThrow();
        // EngineDriver checks every flags.v1 key against idNumberHash
        assertEquals("hash-H", high.get("idNumberHash").asText());
        assertEquals(INST, high.get("institutionCode").asText());
        assertEquals(R, high.get("regionCode").asText());
        assertEquals("2025-03-01", high.get("periodDate").asText());
        assertEquals(DrgEngine.CODE, high.get("ruleCode").asText());
        assertEquals(cn.ybjg.supervision.flags.Flag.idOf(DrgEngine.CODE, INST + ":H").toString(), high.get("id").asText());
        assertEquals("2025-06-30T12:00:00+08:00", high.get("detectedAt").asText());
        String wire = drg.engine.raw.stream().filter(r -> r.contains("\"settlementId\":\"H\"")).findFirst().orElseThrow();
        assertTrue(wire.contains("\"amountAtRisk\":3000.00"), wire);
        assertTrue(wire.contains("\"threshold\":3000.00"), wire);
    }

    @Test
    void theRepartitionTopicAndTheStoresHaveStableNames() {
        String topology = new AuditTopology(EngineDriver.CLOCK, EngineDriver.JUDGE_INTERVAL).topology().describe().toString();
        // the repartition topic is <application-id>-drg-stays-repartition; store names name their changelogs
        assertTrue(topology.contains("drg-stays-repartition"), topology);
        for (String store : List.of("drg-stays", "drg-flags", "drg-dirty", "drg-benchmarks")) {
            assertTrue(topology.contains(store), store);
        }
        assertTrue(topology.contains("Source: KSTREAM-SOURCE") && topology.contains("topics: [drg-benchmarks.v1]"), topology);
    }

    @Test
    void anUnreadableBenchmarkRecordIsSkipped() {
        drg.engine.sendRaw(Topics.DRG_BENCHMARKS, R + "|IZ11|2025", "{not json");
        drg.engine.sendRaw(Topics.DRG_BENCHMARKS, R + "|IZ11|2024", "{\"regionCode\":\"431000\",\"drgCode\":\"IZ11\","
                + "\"year\":2025,\"benchmarkCost\":1000.00}");
        drg.send(stay("Z", "IZ11", "2025-04-01", "3500.00"));
        assertEquals(List.of(), drg.judge(), "no benchmark was admitted");
    }
}
