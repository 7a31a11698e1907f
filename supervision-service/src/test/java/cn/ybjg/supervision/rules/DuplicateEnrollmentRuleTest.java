package cn.ybjg.supervision.rules;

import static cn.ybjg.supervision.rules.Fx.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class DuplicateEnrollmentRuleTest {
    final DuplicateEnrollmentRule rule = new DuplicateEnrollmentRule();

    @Test
    void twoBasicSchemesOverlappingFireWithFundOfTheLaterScheme() {
        var employee = enrollment("310", "431000", "2024-01-01", null, "ACTIVE");
        var resident = enrollment("390", "431000", "2025-01-01", "2025-12-31", "ACTIVE");
        var inOverlap390 = new SettlementFact("H43100200123", "S1", HASH, "m", "P1", "431000", "1", "390", "11",
                d("2025-02-01"), null, d("2025-02-01"), "J06.900", null, new BigDecimal("500.00"),
                new BigDecimal("300.00"), false);
        var scheme310 = stay("S2", "H43100200123", "2025-03-01", "2025-03-02", "J06.900", "1000.00");
        var found = rule.evaluate(history(List.of(inOverlap390, scheme310), List.of(employee, resident), null),
                rule.defaults(), ctx());
        assertEquals(1, found.size());
        var f = found.get(0);
        assertEquals(new BigDecimal("300.00"), f.amountAtRisk());
        assertEquals(d("2025-01-01"), f.evidence().get("overlapFrom"));
        assertEquals(d("2025-12-31"), f.evidence().get("overlapTo"));
        assertEquals(2, ((List<?>) f.evidence().get("enrollments")).size());
        assertEquals("390", f.insuranceType());
        assertEquals(d("2025-01-01"), f.periodDate());
    }

    @Test
    void oneDayOverlapFiresAndAdjacentPeriodsDoNot() {
        var a = enrollment("310", "431000", "2024-01-01", "2024-12-31", "TERMINATED");
        var b = enrollment("310", "441800", "2024-12-31", null, "ACTIVE");
        var found = rule.evaluate(history(List.of(), List.of(a, b), null), rule.defaults(), ctx());
        assertEquals(1, found.size());
        assertEquals(BigDecimal.ZERO.setScale(2), found.get(0).amountAtRisk());
        var c = enrollment("310", "441800", "2025-01-01", null, "ACTIVE");
        assertEquals(0, rule.evaluate(history(List.of(), List.of(a, c), null), rule.defaults(), ctx()).size());
    }

    @Test
    void suspendedOrSameSchemeSameRegionDoNotFire() {
        var a = enrollment("310", "431000", "2024-01-01", null, "ACTIVE");
        var suspended = enrollment("390", "431000", "2024-06-01", null, "SUSPENDED");
        var sameAgain = enrollment("310", "431000", "2024-03-01", null, "ACTIVE");
        assertEquals(0, rule.evaluate(history(List.of(), List.of(a, suspended, sameAgain), null), rule.defaults(), ctx()).size());
    }
}
