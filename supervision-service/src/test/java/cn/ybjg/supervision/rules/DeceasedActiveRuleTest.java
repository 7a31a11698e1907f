package cn.ybjg.supervision.rules;

import static cn.ybjg.supervision.rules.Fx.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeceasedActiveRuleTest {
    final DeceasedActiveRule rule = new DeceasedActiveRule();
    final DeathFact death = new DeathFact(d("2025-03-01"), "CIVIL_AFFAIRS", "431002********1234");

    @Test
    void settlementAdmittedAfterDeathIsDefinite() {
        var after = stay("S1", "H43100200123", "2025-03-02", "2025-03-05", "I21.000", "1000.00");
        var found = rule.evaluate(history(List.of(after), List.of(), death), rule.defaults(), ctx());
        assertEquals(1, found.size());
        assertEquals(Severity.DEFINITE, found.get(0).severity());
        assertEquals(new BigDecimal("800.00"), found.get(0).amountAtRisk());
        assertEquals(d("2025-03-01"), found.get(0).evidence().get("dateOfDeath"));
        assertEquals("CIVIL_AFFAIRS", found.get(0).evidence().get("deathSource"));
    }

    @Test
    void deathOnTheAdmissionDayDoesNotFire() {
        var sameDay = stay("S1", "H43100200123", "2025-03-01", "2025-03-05", "I21.000", "1000.00");
        var before = stay("S2", "H43100200999", "2025-02-20", "2025-03-01", "I21.000", "1000.00");
        assertEquals(0, rule.evaluate(history(List.of(sameDay, before), List.of(), death), rule.defaults(), ctx()).size());
    }

    @Test
    void runningEnrollmentFiresOnlyAfterTheGraceDays() {
        var running = enrollment("310", "431000", "2020-01-01", null, "ACTIVE");
        var h = history(List.of(), List.of(running), death);
        assertEquals(0, rule.evaluate(h, rule.defaults(), new RuleContext(d("2025-03-31"), DrgData.NONE)).size());
        var found = rule.evaluate(h, rule.defaults(), new RuleContext(d("2025-04-01"), DrgData.NONE));
        assertEquals(1, found.size());
        var f = found.get(0);
        assertEquals("h1:ENROLLMENT", f.subjectKey());
        assertEquals(Severity.SUSPICIOUS, f.severity());
        assertEquals(null, f.settlement());
        assertEquals(d("2025-03-31"), f.periodDate());
        assertEquals(BigDecimal.ZERO.setScale(2), f.amountAtRisk());
        assertEquals(1, ((List<?>) f.evidence().get("runningEnrollments")).size());
    }

    @Test
    void endedSuspendedOrNoDeathDoNotFire() {
        var ended = enrollment("310", "431000", "2020-01-01", "2025-03-01", "ACTIVE");
        var terminated = enrollment("390", "431000", "2020-01-01", null, "TERMINATED");
        LocalDate late = d("2026-01-01");
        assertEquals(0, rule.evaluate(history(List.of(), List.of(ended, terminated), death), rule.defaults(),
                new RuleContext(late, DrgData.NONE)).size());
        var running = enrollment("310", "431000", "2020-01-01", null, "ACTIVE");
        var after = stay("S1", "H43100200123", "2025-03-02", "2025-03-05", "I21.000", "1000.00");
        assertEquals(0, rule.evaluate(history(List.of(after), List.of(running), null), rule.defaults(),
                new RuleContext(late, DrgData.NONE)).size());
    }
}
