package cn.ybjg.supervision.rules;

import static cn.ybjg.supervision.rules.Fx.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ReadmissionRuleTest {
    final ReadmissionRule rule = new ReadmissionRule();

    @Test
    void firesOnDay15ForTheLaterStay() {
        var first = stay("S1", "H43100200123", "2025-03-01", "2025-03-10", "I21.000", "10000.00");
        var second = stay("S2", "H43100200123", "2025-03-25", "2025-03-30", "I21.900", "5000.00");
        var found = rule.evaluate(settlements(first, second), rule.defaults(), ctx());
        assertEquals(1, found.size());
        var f = found.get(0);
        assertEquals("H43100200123:S2", f.subjectKey());
        assertEquals(new BigDecimal("4000.00"), f.amountAtRisk());
        assertEquals("S1", f.evidence().get("earlierSettlementId"));
        assertEquals(d("2025-03-10"), f.evidence().get("earlierDischargeDate"));
        assertEquals(15L, f.evidence().get("daysAfterDischarge"));
        assertEquals(Severity.SUSPICIOUS, f.severity());
    }

    @Test
    void day16DoesNotFire() {
        var first = stay("S1", "H43100200123", "2025-03-01", "2025-03-10", "I21.000", "10000.00");
        var second = stay("S2", "H43100200123", "2025-03-26", "2025-03-30", "I21.000", "5000.00");
        assertEquals(0, rule.evaluate(settlements(first, second), rule.defaults(), ctx()).size());
    }

    @Test
    void sameDayReadmissionFires() {
        var first = stay("S1", "H43100200123", "2025-03-01", "2025-03-10", "I21.000", "10000.00");
        var second = stay("S2", "H43100200123", "2025-03-10", "2025-03-12", "I21.000", "5000.00");
        assertEquals(1, rule.evaluate(settlements(first, second), rule.defaults(), ctx()).size());
    }

    @Test
    void otherInstitutionOtherCategoryOrReversedDoNotFire() {
        var first = stay("S1", "H43100200123", "2025-03-01", "2025-03-10", "I21.000", "10000.00");
        var otherInst = stay("S2", "H43100200999", "2025-03-12", "2025-03-14", "I21.000", "5000.00");
        var otherCat = stay("S3", "H43100200123", "2025-03-12", "2025-03-14", "I22.000", "5000.00");
        assertEquals(0, rule.evaluate(settlements(first, otherInst, otherCat), rule.defaults(), ctx()).size());
        var later = stay("S4", "H43100200123", "2025-03-12", "2025-03-14", "I21.000", "5000.00");
        assertEquals(0, rule.evaluate(settlements(reversed(first), later), rule.defaults(), ctx()).size());
    }

    @Test
    void parametersAreValidated() {
        assertEquals(java.util.List.of("maxDays: must be between 0 and 365"), new ReadmissionRule.Params(-1, 3).problems());
    }
}
