package cn.ybjg.supervision.streams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ybjg.supervision.flags.Flag;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Each person rule raises its flag on flags.v1 when the events that prove it arrive (scenarios of rules/ tests). */
class PersonRuleFlagsTest {
    final EngineDriver engine = new EngineDriver();
    static final String P = "hash-p1";
    static final Ev COVERED = Ev.enrollment(P, "310", "2020-01-01", null, "ACTIVE", "2025-01-01T09:00:00+08:00");

    @AfterEach
    void close() {
        engine.close();
    }

    private JsonNode only(List<JsonNode> flags, String ruleCode) {
        List<JsonNode> of = flags.stream().filter(f -> f.get("ruleCode").asText().equals(ruleCode)).toList();
        assertEquals(1, of.size(), ruleCode + " in " + flags);
        JsonNode f = of.get(0);
        assertEquals("OPEN", f.get("status").asText());
        assertEquals(1, f.get("schemaVersion").asInt());
        assertEquals(1, f.get("ruleVersion").asInt());
        assertEquals("2025-06-30T12:00:00+08:00", f.get("detectedAt").asText());
        assertEquals(Ev.MASKED, f.get("idNumberMasked").asText());
        return f;
    }

    private static BigDecimal amount(JsonNode f) {
        return f.get("amountAtRisk").decimalValue();
    }

    @Test
    void notEnrolled() {
        var flags = engine.send(Ev.stay(P, "S1", "H43100200123", "2025-03-01", "2025-03-10", "I21.000", "10000.00"));
        JsonNode f = only(flags, "NOT_ENROLLED");
        assertEquals(0, new BigDecimal("8000.00").compareTo(amount(f)));
        assertEquals("S1", f.get("settlementId").asText());
        assertEquals("H43100200123", f.get("institutionCode").asText());
        assertEquals(Flag.idOf("NOT_ENROLLED", "H43100200123:S1").toString(), f.get("id").asText());
        assertEquals("2025-03-10", f.get("periodDate").asText());
        assertEquals(1, flags.size());
        // Money to the fen on the wire, also inside the evidence.
        assertTrue(engine.raw.get(0).contains("\"amountAtRisk\":8000.00"), engine.raw.get(0));
        assertTrue(engine.raw.get(0).contains("\"insuranceType\":\"310\""), engine.raw.get(0));
    }

    @Test
    void duplicateEnrollment() {
        var flags = engine.send(COVERED,
                Ev.enrollment(P, "390", "2024-07-01", null, "ACTIVE", "2025-01-02T09:00:00+08:00"));
        JsonNode f = only(flags, "DUPLICATE_ENROLLMENT");
        assertEquals("DEFINITE", f.get("severity").asText());
        assertTrue(f.get("settlementId").isNull());
        assertEquals("2024-07-01", f.get("periodDate").asText());
    }

    @Test
    void deceasedActiveSettlementAfterDeathAndRunningEnrollment() {
        var flags = engine.send(COVERED, Ev.death(P, "2025-04-01", "2025-04-02T09:00:00+08:00"),
                Ev.stay(P, "S1", "H43100200123", "2025-04-10", "2025-04-12", "I21.000", "1000.00"));
        List<JsonNode> deceased = engine.open("DECEASED_ACTIVE");
        assertEquals(2, deceased.size(), flags.toString());
        assertTrue(deceased.stream().anyMatch(f -> f.get("evidence").get("variant").asText().equals("SETTLEMENT_AFTER_DEATH")
                && amount(f).compareTo(new BigDecimal("800.00")) == 0));
        assertTrue(deceased.stream().anyMatch(f -> f.get("evidence").get("variant").asText().equals("ENROLLMENT_AFTER_DEATH")
                && f.get("periodDate").asText().equals("2025-05-01")));
    }

    @Test
    void readmissionWithinFifteenDays() {
        engine.send(COVERED, Ev.stay(P, "S1", "H43100200123", "2025-03-01", "2025-03-10", "I21.000", "10000.00"));
        var flags = engine.send(Ev.stay(P, "S2", "H43100200123", "2025-03-20", "2025-03-25", "I21.900", "5000.00"));
        JsonNode f = only(flags, "READMISSION_15D");
        assertEquals("S2", f.get("settlementId").asText());
        assertEquals(10, f.get("evidence").get("daysAfterDischarge").asInt());
    }

    @Test
    void overlappingStays() {
        engine.send(COVERED, Ev.stay(P, "S1", "H43100200123", "2025-03-01", "2025-03-10", "I21.000", "10000.00"));
        var flags = engine.send(Ev.stay(P, "S2", "H43100200999", "2025-03-05", "2025-03-12", "K35.800", "6000.00"));
        JsonNode f = only(flags, "OVERLAPPING_STAY");
        assertEquals("S2", f.get("settlementId").asText());
        assertEquals(0, new BigDecimal("4800.00").compareTo(amount(f)));
    }

    @Test
    void duplicateSettlement() {
        engine.send(COVERED, Ev.stay(P, "S1", "H43100200123", "2025-03-01", "2025-03-10", "I21.000", "10000.00"));
        var flags = engine.send(Ev.stay(P, "S1-bis", "H43100200123", "2025-03-01", "2025-03-10", "I21.000", "10000.00"));
        assertEquals(1, flags.stream().filter(f -> f.get("ruleCode").asText().equals("DUPLICATE_SETTLEMENT")).count());
    }

    @Test
    void genderMismatch() {
        var flags = engine.send(COVERED,
                Ev.settlement(P, "S1", "H43100200123", "2025-03-01", "2025-03-04", "O80.000", "3000.00", "1", "SETTLED"));
        JsonNode f = only(flags, "GENDER_MISMATCH");
        assertEquals("S1", f.get("settlementId").asText());
    }

    @Test
    void noFlagWhenNothingIsWrongAndNoDrgRuleHere() {
        var flags = engine.send(COVERED, Ev.stay(P, "S1", "H43100200123", "2025-03-01", "2025-03-10", "I21.000", "10000.00"));
        assertEquals(List.of(), flags);
    }
}
