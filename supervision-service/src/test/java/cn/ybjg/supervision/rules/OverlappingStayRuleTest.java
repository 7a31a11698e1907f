package cn.ybjg.supervision.rules;

import static cn.ybjg.supervision.rules.Fx.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OverlappingStayRuleTest {
    final OverlappingStayRule rule = new OverlappingStayRule();

    @Test
    void oneNightOverlapFlagsTheLaterAdmission() {
        var a = stay("S1", "H43100200123", "2025-03-01", "2025-03-10", "I21.000", "10000.00");
        var b = stay("S2", "H44180000001", "2025-03-09", "2025-03-15", "K35.000", "6000.00");
        var found = rule.evaluate(settlements(a, b), rule.defaults(), ctx());
        assertEquals(1, found.size());
        assertEquals("H44180000001:S2", found.get(0).subjectKey());
        @SuppressWarnings("unchecked")
        var other = (Map<String, Object>) ((List<?>) found.get(0).evidence().get("overlapsWith")).get(0);
        assertEquals("S1", other.get("settlementId"));
        assertEquals(1L, other.get("overlapNights"));
    }

    @Test
    void dischargeOnTheAdmissionDayIsNoNightAndDoesNotFire() {
        var a = stay("S1", "H43100200123", "2025-03-01", "2025-03-10", "I21.000", "10000.00");
        var b = stay("S2", "H44180000001", "2025-03-10", "2025-03-15", "K35.000", "6000.00");
        assertEquals(0, rule.evaluate(settlements(a, b), rule.defaults(), ctx()).size());
    }

    @Test
    void sameAdmissionDayTieGoesToTheGreaterSettlementId() {
        var a = stay("S7", "H43100200123", "2025-03-01", "2025-03-05", "I21.000", "10000.00");
        var b = stay("S3", "H44180000001", "2025-03-01", "2025-03-04", "K35.000", "6000.00");
        var found = rule.evaluate(settlements(a, b), rule.defaults(), ctx());
        assertEquals(1, found.size());
        assertEquals("H43100200123:S7", found.get(0).subjectKey());
    }

    @Test
    void outpatientStrictlyInsideAStayElsewhereFiresButNotOnItsEdgesOrSameInstitution() {
        var stay = stay("S1", "H43100200123", "2025-03-01", "2025-03-10", "I21.000", "10000.00");
        var inside = visit("V1", "H43100200999", "2025-03-05");
        var onDischarge = visit("V2", "H43100200999", "2025-03-10");
        var onAdmission = visit("V3", "H43100200999", "2025-03-01");
        var sameInst = visit("V4", "H43100200123", "2025-03-06");
        var found = rule.evaluate(settlements(stay, inside, onDischarge, onAdmission, sameInst), rule.defaults(), ctx());
        assertEquals(1, found.size());
        assertEquals("H43100200999:V1", found.get(0).subjectKey());
        assertEquals(new java.math.BigDecimal("120.00"), found.get(0).amountAtRisk());
    }
}
