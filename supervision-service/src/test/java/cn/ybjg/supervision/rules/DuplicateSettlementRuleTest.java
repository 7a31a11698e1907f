package cn.ybjg.supervision.rules;

import static cn.ybjg.supervision.rules.Fx.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class DuplicateSettlementRuleTest {
    final DuplicateSettlementRule rule = new DuplicateSettlementRule();

    @Test
    void everyTwinButTheSmallestIdIsFlagged() {
        var a = stay("S10", "H43100200123", "2025-03-01", "2025-03-10", "I21.000", "10000.00");
        var b = stay("S02", "H43100200123", "2025-03-01", "2025-03-10", "I21.000", "10000.0");
        var c = stay("S05", "H43100200123", "2025-03-01", "2025-03-10", "I21.000", "10000.00");
        var found = rule.evaluate(settlements(a, b, c), rule.defaults(), ctx());
        assertEquals(List.of("H43100200123:S05", "H43100200123:S10"), found.stream().map(Finding::subjectKey).sorted().toList());
        assertEquals("S02", found.get(0).evidence().get("originalSettlementId"));
        assertEquals(new BigDecimal("8000.00"), found.get(0).amountAtRisk());
    }

    @Test
    void aReversedTwinIsNoLongerADuplicate() {
        var a = stay("S1", "H43100200123", "2025-03-01", "2025-03-10", "I21.000", "10000.00");
        var b = stay("S2", "H43100200123", "2025-03-01", "2025-03-10", "I21.000", "10000.00");
        assertEquals(0, rule.evaluate(settlements(a, reversed(b)), rule.defaults(), ctx()).size());
    }

    @Test
    void differentCostDatesOrInstitutionAreClean() {
        var a = stay("S1", "H43100200123", "2025-03-01", "2025-03-10", "I21.000", "10000.00");
        var cost = stay("S2", "H43100200123", "2025-03-01", "2025-03-10", "I21.000", "10000.01");
        var dates = stay("S3", "H43100200123", "2025-03-01", "2025-03-11", "I21.000", "10000.00");
        var inst = stay("S4", "H43100200999", "2025-03-01", "2025-03-10", "I21.000", "10000.00");
        assertEquals(0, rule.evaluate(settlements(a, cost, dates, inst), rule.defaults(), ctx()).size());
    }
}
