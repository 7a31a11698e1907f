package cn.ybjg.supervision.streams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** How a person's flags change: withdrawal, re-delivery, late arrival, corrections, rule versions, dead letters. */
class FlagLifecycleTest {
    final EngineDriver engine = new EngineDriver();
    static final String P = "hash-p2";
    static final Ev ENROLLED = Ev.enrollment(P, "310", "2020-01-01", null, "ACTIVE", "2025-01-01T09:00:00+08:00");
    static final Ev FIRST = Ev.stay(P, "S1", "H43100200123", "2025-03-01", "2025-03-10", "I21.000", "10000.00");
    static final Ev READMITTED = Ev.stay(P, "S2", "H43100200123", "2025-03-20", "2025-03-25", "I21.900", "5000.00");

    @AfterEach
    void close() {
        engine.close();
    }

    @Test
    void reversalWithdrawsTheFlagItRaised() {
        engine.send(ENROLLED, FIRST, READMITTED);
        JsonNode raised = engine.open("READMISSION_15D").get(0);

        List<JsonNode> changes = engine.send(FIRST.reversal());

        assertEquals(1, changes.size(), changes.toString());
        JsonNode withdrawn = changes.get(0);
        assertEquals("WITHDRAWN", withdrawn.get("status").asText());
        assertEquals(raised.get("id"), withdrawn.get("id"));
        assertEquals(raised.get("amountAtRisk"), withdrawn.get("amountAtRisk"));
        assertNotEquals(raised.get("eventId"), withdrawn.get("eventId"));
        assertTrue(engine.open().isEmpty());
        assertTrue(engine.state(P).settlements().stream().anyMatch(s -> s.settlementId().equals("S1") && s.reversed()));
    }

    @Test
    void aReversalArrivingBeforeItsSettlementStaysReversed() {
        engine.send(ENROLLED, READMITTED, FIRST.reversal());
        assertEquals(List.of(), engine.send(FIRST));
        assertTrue(engine.open().isEmpty());
    }

    @Test
    void reDeliveredEventsChangeNothing() {
        engine.send(ENROLLED, FIRST, READMITTED);
        PersonState before = engine.state(P);
        int published = engine.published.size();

        assertEquals(List.of(), engine.send(READMITTED, FIRST, ENROLLED, READMITTED));

        assertEquals(before, engine.state(P));
        assertEquals(published, engine.published.size());
    }

    @Test
    void outOfOrderArrivalEndsWithTheSameFlags() {
        // The settlement comes before the enrollment that covers it: NOT_ENROLLED is raised, then withdrawn.
        engine.send(READMITTED, FIRST);
        assertEquals(2, engine.open("NOT_ENROLLED").size());
        engine.send(ENROLLED);
        assertEquals(0, engine.open("NOT_ENROLLED").size());
        assertEquals(1, engine.open().size());
        assertEquals("READMISSION_15D", engine.open().get(0).get("ruleCode").asText());
        assertEquals(2, engine.published.stream().filter(f -> f.get("status").asText().equals("WITHDRAWN")).count());
    }

    @Test
    void anOlderEnrollmentVersionArrivingLateIsIgnored() {
        Ev terminated = Ev.enrollment(P, "310", "2020-01-01", "2025-02-28", "TERMINATED", "2025-03-05T09:00:00+08:00");
        engine.send(terminated, FIRST);
        assertEquals(1, engine.open("NOT_ENROLLED").size());
        // The ACTIVE version was ingested before the TERMINATED one: it is history, not news.
        assertEquals(List.of(), engine.send(ENROLLED));
        assertEquals("TERMINATED", engine.state(P).enrollments().get(0).fact().status());
    }

    @Test
    void aWithdrawnFlagFoundAgainReopensWithItsDetectionTime() {
        engine.send(FIRST);
        JsonNode first = engine.open("NOT_ENROLLED").get(0);
        engine.send(ENROLLED);
        assertTrue(engine.open().isEmpty());
        List<JsonNode> back = engine.send(Ev.enrollment(P, "310", "2020-01-01", null, "SUSPENDED", "2025-04-01T09:00:00+08:00"));
        assertEquals(1, back.size());
        assertEquals("OPEN", back.get(0).get("status").asText());
        assertEquals(first.get("id"), back.get(0).get("id"));
        assertEquals(first.get("detectedAt"), back.get(0).get("detectedAt"));
    }

    @Test
    void evidenceChangeIsRepublished() {
        engine.send(Ev.enrollment(P, "390", "2024-07-01", null, "ACTIVE", "2025-01-02T09:00:00+08:00"), ENROLLED);
        JsonNode flag = engine.open("DUPLICATE_ENROLLMENT").get(0);
        assertEquals(0, flag.get("evidence").get("settlementsInOverlap").size());
        // A 390 settlement in the overlap: paid by the later-started scheme, so amountAtRisk and evidence move.
        String json = Ev.stay(P, "S9", "H43100200123", "2025-03-01", "2025-03-02", "J18.000", "1000.00").json()
                .replace("\"insuranceType\":\"310\"", "\"insuranceType\":\"390\"");
        List<JsonNode> changes = engine.send(new Ev(Topics.SETTLEMENTS, P, json));
        JsonNode moved = changes.stream().filter(f -> f.get("ruleCode").asText().equals("DUPLICATE_ENROLLMENT")).findFirst().orElseThrow();
        assertEquals("OPEN", moved.get("status").asText());
        assertEquals("S9", moved.get("evidence").get("settlementsInOverlap").get(0).asText());
        assertEquals(flag.get("detectedAt"), moved.get("detectedAt"));
    }

    @Test
    void flagsCarryTheRuleVersionInForceAndDisabledRulesAreLeftAlone() {
        engine.publishRule("READMISSION_15D", 2, true, Map.of("maxDays", 20, "categoryLength", 3));
        engine.send(ENROLLED, FIRST, READMITTED);
        assertEquals(2, engine.open("READMISSION_15D").get(0).get("ruleVersion").asInt());

        engine.publishRule("READMISSION_15D", 3, false, Map.of("maxDays", 20, "categoryLength", 3));
        engine.publishRule("READMISSION_15D", 1, true, Map.of("maxDays", 15, "categoryLength", 3)); // stale: ignored
        // A disabled rule does not run, and its open flags are neither re-published nor withdrawn.
        assertEquals(List.of(), engine.send(FIRST.reversal()));
        assertEquals(1, engine.open("READMISSION_15D").size());
    }

    @Test
    void unusableRecordsGoToTheDeadLetterTopicWithTheirReason() {
        engine.sendRaw(Topics.SETTLEMENTS, P, "{not json");
        engine.sendRaw(Topics.DEATHS, P, "{\"idNumberHash\":\"" + P + "\",\"idNumberMasked\":\"x\"}");
        Ev elsewhere = Ev.visit("hash-other", "V1", "H43100200123", "2025-03-01");
        engine.sendRaw(Topics.SETTLEMENTS, P, elsewhere.json());

        var settlementDlq = engine.deadLetters(Topics.SETTLEMENTS);
        assertEquals(2, settlementDlq.size());
        assertTrue(EngineDriver.header(settlementDlq.get(0), "dlq-reason").startsWith("unparseable"));
        assertEquals("{not json", settlementDlq.get(0).value());
        assertEquals(Topics.SETTLEMENTS, EngineDriver.header(settlementDlq.get(0), "dlq-original-topic"));
        assertEquals("0", EngineDriver.header(settlementDlq.get(0), "dlq-original-offset"));
        assertEquals("1", EngineDriver.header(settlementDlq.get(1), "dlq-original-offset"));
        assertEquals("supervision-engine-test", EngineDriver.header(settlementDlq.get(0), "dlq-consumer-group"));
        assertEquals("key: not the idNumberHash", EngineDriver.header(settlementDlq.get(1), "dlq-reason"));
        var deathDlq = engine.deadLetters(Topics.DEATHS);
        assertEquals(1, deathDlq.size());
        assertEquals("missing dateOfDeath, source, ingestedAt", EngineDriver.header(deathDlq.get(0), "dlq-reason"));
        assertEquals(null, engine.state(P));
        assertEquals(List.of(), engine.send());
    }
}
