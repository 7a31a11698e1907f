package cn.ybjg.supervision.rules;

import static cn.ybjg.supervision.rules.Fx.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class NotEnrolledRuleTest {
    final NotEnrolledRule rule = new NotEnrolledRule();
    final SettlementFact s = stay("S1", "H43100200123", "2025-03-01", "2025-03-10", "I21.000", "10000.00");

    @Test
    void noEnrollmentFiresWithFundPayments() {
        var found = rule.evaluate(history(List.of(s), List.of(), null), rule.defaults(), ctx());
        assertEquals(1, found.size());
        assertEquals(new BigDecimal("8000.00"), found.get(0).amountAtRisk());
        assertEquals(Severity.DEFINITE, found.get(0).severity());
    }

    @Test
    void periodBoundariesAreInclusiveAndTerminatedStillCovers() {
        var endsThatDay = enrollment("310", "431000", "2024-01-01", "2025-03-01", "TERMINATED");
        assertEquals(0, rule.evaluate(history(List.of(s), List.of(endsThatDay), null), rule.defaults(), ctx()).size());
        var startsThatDay = enrollment("310", "431000", "2025-03-01", null, "ACTIVE");
        assertEquals(0, rule.evaluate(history(List.of(s), List.of(startsThatDay), null), rule.defaults(), ctx()).size());
        var endedTheDayBefore = enrollment("310", "431000", "2024-01-01", "2025-02-28", "TERMINATED");
        assertEquals(1, rule.evaluate(history(List.of(s), List.of(endedTheDayBefore), null), rule.defaults(), ctx()).size());
    }

    @Test
    void suspendedOtherSchemeOrOtherRegionDoNotCover() {
        var suspended = enrollment("310", "431000", "2024-01-01", null, "SUSPENDED");
        var otherScheme = enrollment("390", "431000", "2024-01-01", null, "ACTIVE");
        var otherRegion = enrollment("310", "441800", "2024-01-01", null, "ACTIVE");
        var found = rule.evaluate(history(List.of(s), List.of(suspended, otherScheme, otherRegion), null),
                rule.defaults(), ctx());
        assertEquals(1, found.size());
        assertEquals(1, ((List<?>) found.get(0).evidence().get("enrollmentsInSchemeAndRegion")).size());
    }

    @Test
    void reversedSettlementIsNotChecked() {
        assertEquals(0, rule.evaluate(history(List.of(reversed(s)), List.of(), null), rule.defaults(), ctx()).size());
    }
}
